import { test as base, expect } from '@playwright/test';
import { parseCorpus, type Corpus } from '../src/domain/corpus.ts';
import { SourcelinePage } from './pages/sourceline-page.ts';
import { storyCorpus } from './support/story-corpus.ts';

/**
 * The fixtures every journey gets (tldraw's model: page objects handed to tests, no setup in test bodies):
 * - `app`: the page object of the running app;
 * - `corpus`: the `corpus.json` the build serves, validated with the app's own schema, so tests compare the UI
 *   with the data rather than with hard-coded strings;
 * - `pageErrors`: uncaught page errors, collected for every test and required to be empty when it ends
 *   (the contract: "never a blank page or an uncaught error").
 */
type Fixtures = {
  app: SourcelinePage;
  corpus: Corpus;
  pageErrors: Error[];
  /**
   * The multi-source fixture corpus (five outlets, merged reports, a date disagreement, actors, salience;
   * e2e/support/story-corpus.ts), served instead of the build's corpus.json for this test.
   */
  story: Corpus;
};

/** Built once per worker: it runs the pipeline over the story fixture. */
let storyOnce: Corpus | undefined;

export const test = base.extend<Fixtures>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors.map((e) => e.stack ?? e.message), 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],

  app: async ({ page }, use) => {
    await use(new SourcelinePage(page));
  },

  story: async ({ page }, use) => {
    storyOnce ??= storyCorpus();
    const story = storyOnce;
    await page.route('**/corpus.json', (route) => route.fulfill({ json: story }));
    await use(story);
  },

  corpus: async ({ request }, use) => {
    const response = await request.get('corpus.json');
    expect(response.ok(), `GET corpus.json answered ${response.status()}`).toBe(true);
    const parsed = parseCorpus(await response.json());
    if (!parsed.ok) throw new Error(`corpus.json does not parse:\n${parsed.errors.join('\n')}`);
    await use(parsed.corpus);
  },
});

export { expect };
