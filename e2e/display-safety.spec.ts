import type { Corpus } from '../src/domain/corpus.ts';
import { MAX_QUERY_CHARS } from '../src/url-state/url-params.ts';
import { expect, test } from './fixtures.ts';
import { storyCorpus } from './support/story-corpus.ts';

/**
 * Issue 10's display side: document-derived strings are bidi-isolated (a right-to-left override in a
 * publisher cannot reverse the app's own words around it) and held to display lengths (an
 * 11,000-character front-matter title does not make any panel thousands of pixels tall); a link
 * too long for servers shows the default view with a notice.
 */

const POWER_CUT = '01-herald-storm-night-0-76';
const RLO = '\u202E';
const LONG_TITLE = `Storm ${'Idris '.repeat(2240)}`.trim();

/** The story with its first document given a reversing publisher and an 11,000-character title. */
function hostileStory(): Corpus {
  const story = storyCorpus();
  const [first, ...rest] = story.documents;
  if (!first) throw new Error('the story has no documents');
  return { ...story, documents: [{ ...first, title: LONG_TITLE, publisher: `${RLO}dlareH tropneraM` }, ...rest] };
}

test('a reversing publisher stays inside its own isolate; an 11,000-character title is cut everywhere it shows', async ({ app, page }) => {
  const corpus = hostileStory();
  expect(LONG_TITLE.length).toBeGreaterThan(11_000);
  await page.route('**/corpus.json', (route) => route.fulfill({ json: corpus }));
  await app.open(`event=${POWER_CUT}`);
  await expect(app.details).toBeVisible();

  await test.step('the details: the publisher is isolated, the title cut with an ellipsis, the panel stays short', async () => {
    const source = app.details.locator('li.sl-source').filter({ hasText: 'dlareH' });
    await expect(source).toHaveCount(1);
    // The override sits in a <bdi> of its own, and the app's words after it are outside that element.
    await expect(source.locator('bdi', { hasText: 'dlareH' })).toHaveCount(1);
    await expect(source.locator('bdi', { hasText: 'published' })).toHaveCount(0);
    await expect(source).toContainText('published');
    const cite = source.locator('cite');
    await expect.poll(async () => (await cite.innerText()).length, { message: 'the cited title is cut' }).toBeLessThan(320);
    await expect(cite).toContainText('…');
    const box = await cite.boundingBox();
    expect(box?.height ?? Infinity, 'the cited title stays a few lines tall').toBeLessThan(400);
  });

  await test.step('the legend and the filters show a short name, never the whole title', async () => {
    const legend = app.filters.legendSources;
    await expect(legend).toBeVisible();
    for (const text of await legend.locator('li').allInnerTexts()) expect(text.length, 'a legend entry').toBeLessThan(200);
    await app.filters.open();
    const box = await app.filters.panel.boundingBox();
    await expect(app.filters.panel).toContainText('…');
    expect(box?.height ?? Infinity, 'the filter panel stays within a few screens').toBeLessThan(3000);
  });

  await test.step('the article view: the heading is cut, the full title on hover', async () => {
    await app.readInArticleLink.click();
    const heading = app.article.getByRole('heading', { level: 2 }).first();
    await expect(heading).toBeVisible();
    await expect.poll(async () => (await heading.innerText()).length, { message: 'the article heading is cut' }).toBeLessThan(320);
    await expect(app.backToTimelineButton).toBeInViewport();
  });
});

test('names and notices composed from document or link text isolate it (FSI…PDI), so an override cannot reverse the words around it', async ({ app, page }) => {
  const corpus = hostileStory();
  await page.route('**/corpus.json', (route) => route.fulfill({ json: corpus }));
  const publisher = `${RLO}dlareH tropneraM`;

  await test.step('a source toggle names the publisher inside an isolate', async () => {
    await app.open(`${encodeURIComponent(`${RLO}cilbup`)}=1&event=${encodeURIComponent(`${RLO}x`)}`);
    const toggle = app.filters.legendSources.getByRole('button', { name: /dlareH/ });
    await expect(toggle).toHaveAttribute('aria-label', `Hide events from \u2068${publisher}\u2069`);
  });

  await test.step('the notice quotes the parameters of the link inside isolates', async () => {
    const notice = app.notice(/parts of the link were ignored/);
    await expect(notice).toContainText(`\u2068${RLO}cilbup=1\u2069 (not a parameter Sourceline knows)`);
    await expect(notice).toContainText(`\u2068event=${RLO}x\u2069 (not a valid event id)`);
  });

  await test.step('the marks of the article describe their events inside isolates', async () => {
    await app.openView(`event=${POWER_CUT}&view=article`, app.article);
    await expect(app.currentMark).toBeVisible();
    const event = corpus.events.find((e) => e.id === POWER_CUT);
    await expect(app.currentMark).toHaveAttribute('aria-description', `Selected event: \u2068${event?.title ?? ''}\u2069`);
  });
});

test('a link longer than the limit shows the default view with a notice and a clean address', async ({ app, story: _story, page }) => {
  const long = `q=${'storm+'.repeat(Math.ceil(MAX_QUERY_CHARS / 6) + 10)}`;
  expect(long.length).toBeGreaterThan(MAX_QUERY_CHARS);
  await app.open(long);
  await expect(app.notice(/longer than 4000 characters/)).toBeVisible();
  await expect(app.header.search).toHaveValue('');
  await expect(page).toHaveURL((url) => url.search === '');
});

test('a link over 16 KB (which Node answered with HTTP 431 before the app saw it) shows the default view with a notice', async ({ app, story: _story, page }) => {
  const long = `q=${'storm+'.repeat(4000)}`;
  expect(long.length).toBeGreaterThan(16 * 1024);
  await app.open(long);
  await expect(app.notice(/longer than 4000 characters/)).toBeVisible();
  await expect(app.header.search).toHaveValue('');
  await expect(page).toHaveURL((url) => url.search === '');
});
