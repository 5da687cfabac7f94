import type { Corpus } from '../src/domain/corpus.ts';
import { expect, test } from './fixtures.ts';
import type { SourcelinePage } from './pages/sourceline-page.ts';

/**
 * A range too narrow for its label is drawn as a point with a bar: the bar must start on the start day's x
 * (a wrong date on screen is the worst bug). Checked at several zooms, in both colour schemes, on the seed
 * (the blockade "since December 12", an approximate past range and an expected one) and on the story fixture.
 */

/**
 * Under a pixel: the edge sits on the start day's x exactly (sub-pixel positions aside). A day is 1-13 px at
 * these zooms, and an expected range's bar used to sit a pixel late (its item's dashed border before it).
 */
const TOLERANCE_PX = 0.75;

async function expectBarsOnTheirStartDays(app: SourcelinePage, corpus: Corpus, from: string, to: string, expected: number): Promise<void> {
  const starts = new Map(corpus.events.map((e) => [e.id, e.start]));
  await test.step(`bars start on their start day's x, window ${from} to ${to}`, async () => {
    await app.open(`from=${from}&to=${to}`);
    await expect(app.page).toHaveURL((url) => url.searchParams.get('from') === from && url.searchParams.get('to') === to);
    await expect
      .poll(async () => (await app.spanBarOffsets(starts)).length, { message: 'ranges drawn as bars' })
      .toBeGreaterThanOrEqual(expected);
    await expect
      .poll(
        async () =>
          (await app.spanBarOffsets(starts))
            .filter((b) => Math.abs(b.offsetPx) > TOLERANCE_PX)
            .map((b) => `${b.id}: ${b.offsetPx.toFixed(1)} px (${(b.offsetPx / b.dayPx).toFixed(2)} days)`),
        { message: 'bars whose left edge is off their start day' },
      )
      .toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`narrow ranges (${colorScheme})`, () => {
    test.use({ colorScheme });

    test(`on the seed, a bar starts on its start day at every zoom (${colorScheme})`, async ({ app, corpus }) => {
      // Six months (4 px a day: the blockade is a bar), a year (2 px: three bars, one of them expected), two years.
      await expectBarsOnTheirStartDays(app, corpus, '2022-10-01', '2023-03-31', 1);
      await expectBarsOnTheirStartDays(app, corpus, '2022-06-01', '2023-06-30', 3);
      await expectBarsOnTheirStartDays(app, corpus, '2021-12-01', '2023-12-31', 3);
    });
  });
}

test('on the story fixture, bars start on their start days at two zooms', async ({ app, story }) => {
  await expectBarsOnTheirStartDays(app, story, '2025-02-15', '2025-03-20', 1);
  await expectBarsOnTheirStartDays(app, story, '2025-02-01', '2025-04-01', 2);
});

test('on a phone, a bar starts on its start day @phone', async ({ app, corpus }) => {
  await expectBarsOnTheirStartDays(app, corpus, '2022-11-01', '2023-01-31', 1);
  await expectBarsOnTheirStartDays(app, corpus, '2022-06-01', '2023-06-30', 3);
});
