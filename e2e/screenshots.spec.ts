import { expect, test } from './fixtures.ts';

/**
 * PNGs of every view for the README and for review, written to docs/screenshots/: on the multi-source
 * fixture corpus `<view>-<size>-<scheme>.png`, on the seeds `seed-<view>-<size>-<scheme>.png`.
 * Opt-in: `SCREENSHOTS=1 npm run test:e2e -- --grep @screenshots` (the config leaves them out otherwise).
 */
const sizes = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

const POWER_CUT = '01-herald-storm-night-0-76';

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${size.name} ${colorScheme} @screenshots`, () => {
      test.use({ ...size.use, colorScheme });
      test.slow();

      test(`every view (${size.name}, ${colorScheme})`, async ({ app, story: _story, page }) => {
        await page.addInitScript(() => window.localStorage.setItem('sourceline:hint-dismissed', '1'));
        const shot = (view: string) => page.screenshot({ path: `docs/screenshots/${view}-${size.name}-${colorScheme}.png` });

        await app.open('from=2025-03-01&to=2025-03-09');
        await shot('timeline');

        await app.timelineItem(POWER_CUT).first().click();
        await expect(app.details).toBeVisible();
        await shot('details');

        await app.readInArticleLink.click();
        await expect(app.currentMark).toBeInViewport();
        await shot('article');

        await app.openView('view=list', app.eventButtons.first());
        await shot('list');

        await app.open('q=substation&from=2025-03-01&to=2025-03-09');
        await expect(app.header.searchStatus).toContainText('match');
        await shot('search');

        await app.open('hidedoc=05-business-post-outage&precision=exact&precision=approximate&from=2025-03-01&to=2025-03-09');
        await app.filters.open();
        await shot('filters');

        await app.open('lanes=publisher&from=2025-03-01&to=2025-03-09');
        await shot('lanes');
      });

      test(`the seeds (${size.name}, ${colorScheme})`, async ({ app, corpus, page }) => {
        await page.addInitScript(() => window.localStorage.setItem('sourceline:hint-dismissed', '1'));
        const shot = (view: string) => page.screenshot({ path: `docs/screenshots/seed-${view}-${size.name}-${colorScheme}.png` });
        // The event with the most quotes: the seed's phone call, its statements merged into one event.
        const [event] = [...corpus.events].sort((a, b) => b.sources.length - a.sources.length);
        if (!event) throw new Error('the seeds give no events');

        await app.open();
        await shot('timeline');

        await app.open(`event=${encodeURIComponent(event.id)}`);
        await expect(app.details).toBeVisible();
        await shot('details');
      });
    });
  }
}
