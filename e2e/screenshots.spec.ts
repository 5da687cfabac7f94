import { expect, test } from './fixtures.ts';
import { distinctlyTitled } from './support/corpus-picks.ts';

/**
 * Full-page PNGs of the three views for the README and for review, written to docs/screenshots/. Opt-in:
 * `SCREENSHOTS=1 npm run test:e2e -- --grep @screenshots` (the config leaves them out otherwise).
 */
const sizes = [
  { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
] as const;

for (const size of sizes) {
  test.describe(`${size.name} @screenshots`, () => {
    test.use(size.use);

    test(`timeline, details and article (${size.name})`, async ({ app, corpus, page }) => {
      // The latest event sits in the dense cluster the first view frames.
      const event = distinctlyTitled(corpus).at(-1);
      if (!event) throw new Error('the corpus has no distinctly titled event to show');
      const shot = (view: string) => page.screenshot({ path: `docs/screenshots/${view}-${size.name}.png`, fullPage: true });

      await app.open();
      await shot('timeline');

      await app.selectFromList(event);
      await shot('details');

      await app.openArticle();
      await expect(app.currentMark).toBeInViewport();
      await shot('article');
    });
  });
}
