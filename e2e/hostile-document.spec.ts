import type { Page } from '@playwright/test';
import { readDocumentsFolder } from '../src/cli/read-documents.ts';
import type { Corpus } from '../src/domain/corpus.ts';
import { extractCorpus } from '../src/extraction/index.ts';
import { expect, test } from './fixtures.ts';
import { documentOf } from './support/corpus-picks.ts';

/** The markup the hostile documents carry in their titles and bodies; it must reach the screen as characters. */
const HOSTILE = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=1">', '"><b>bold</b>'];
const FIXTURES = 'e2e/fixtures/hostile';

/** Built in the test process with the real pipeline, so the UI gets exactly what extraction makes of them. */
function hostileCorpus(): Corpus {
  return extractCorpus(readDocumentsFolder(FIXTURES).files);
}

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => typeof (window as { __pwned?: unknown }).__pwned), 'window.__pwned').toBe(
    'undefined',
  );
  await expect(page.locator('img[src="x"]'), '<img> elements from the documents').toHaveCount(0);
  await expect(page.locator('b', { hasText: 'bold' }), '<b> elements from the documents').toHaveCount(0);
  await expect(page.locator('script', { hasText: '__pwned' }), '<script> elements from the documents').toHaveCount(0);
}

test('a hostile document is shown as literal text everywhere and runs nothing', async ({ app, page }) => {
  const corpus = hostileCorpus();
  expect(corpus.warnings, 'the hostile fixtures are valid documents').toEqual([]);
  const event = corpus.events.find((e) => e.title.includes('<script>'));
  if (!event) {
    throw new Error(`no event title carries <script>; titles: ${JSON.stringify(corpus.events.map((e) => e.title))}`);
  }
  const document = documentOf(corpus, event);
  const quote = event.sources[0]?.quote.text ?? '';
  await page.route('**/corpus.json', (route) => route.fulfill({ json: corpus }));

  await app.open();
  await test.step('the timeline item shows the markup as text', async () => {
    await expect(app.timelineItem(event.id)).toContainText('<script>');
    await expectNothingInjected(page);
  });

  await test.step('the details show the markup as text', async () => {
    await app.selectFromList(event);
    await expect(app.details.getByRole('heading').first()).toContainText('<script>');
    await expect(app.detailsQuote).toHaveText(quote);
    for (const markup of HOSTILE.filter((m) => quote.includes(m))) await expect(app.detailsQuote).toContainText(markup);
    await expect(app.details).toContainText(document.title);
    await expectNothingInjected(page);
  });

  await test.step('the article view shows the markup as text', async () => {
    await app.openArticle();
    await expect(app.article.getByRole('heading', { name: document.title, exact: true })).toBeVisible();
    for (const markup of HOSTILE) await expect(app.article).toContainText(markup);
    await expectNothingInjected(page);
  });
});
