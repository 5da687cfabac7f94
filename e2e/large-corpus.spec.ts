import { daysBetween } from '../src/domain/calendar.ts';
import { expect, test } from './fixtures.ts';
import { syntheticCorpus } from './support/synthetic-corpus.ts';

const EVENTS = 5_000;
/** The most events the app hands vis-timeline at once (MAX_SHOWN_EVENTS), plus a selected one. */
const MAX_DRAWN = 401;

const daysOf = (window: { from: string; to: string }): number => daysBetween(window.from, window.to);

test.describe(`a corpus of ${EVENTS.toLocaleString('en')} events`, () => {
  // Building and serving 5,000 events, then rendering them, takes several times longer on a loaded machine.
  test.slow();
  test.beforeEach(async ({ page, corpus }) => {
    const large = syntheticCorpus(corpus, EVENTS);
    await page.route('**/corpus.json', (route) => route.fulfill({ json: large }));
  });

  test('the timeline draws a slice, and per-period counts that zoom in when zoomed out', async ({ app, page }) => {
    await app.open();
    await expect
      .poll(() => app.timelineItems.count(), { message: 'event items drawn in the first view' })
      .toBeLessThanOrEqual(MAX_DRAWN);

    await test.step('"Fit all events" labels a few events per period and counts the rest instead of drawing 5,000 items', async () => {
      await app.fitAllButton.click();
      await expect(app.periodCounts.first()).toBeVisible();
      await expect.poll(() => app.timelineItems.count(), { message: 'event items drawn' }).toBeLessThanOrEqual(MAX_DRAWN);
      await expect(app.timeline).toContainText(/are counted in boxes/);
      await expect(app.periodCounts.first()).toHaveAttribute('title', /^[\d,]+( more)? events? in .+: click to zoom in$/);
      await expect(app.periodCounts.first()).toHaveText(/^\+?\d[\d.]*K?$/);
    });

    await test.step('clicking a count zooms into its period', async () => {
      await expect(page).toHaveURL((url) => url.searchParams.has('from'));
      const fitted = await app.urlWindow();
      if (!fitted) throw new Error('"Fit all events" left no window in the URL');
      await app.periodCounts.first().click();
      await expect
        .poll(async () => {
          const window = await app.urlWindow();
          return window ? daysOf(window) : Infinity;
        }, { message: 'width of the window in days after clicking a count' })
        .toBeLessThan(daysOf(fitted) / 2);
    });
  });

  test('the Events list renders a window of rows, numbered for screen readers, and follows the selection', async ({
    app,
    corpus,
    page,
  }) => {
    // Clone i starts i * 2 days after the first: the last clone is the last event in date order.
    const last = syntheticCorpus(corpus, EVENTS).events.at(-1);
    if (!last) throw new Error('the synthetic corpus is empty');
    await app.open();
    const rows = app.eventRows;
    await test.step('only rows near the viewport are in the DOM, each saying where it stands', async () => {
      await expect.poll(() => rows.count(), { message: 'rendered rows' }).toBeLessThan(100);
      await expect(rows.first()).toHaveAttribute('aria-setsize', String(EVENTS));
    });

    await test.step('a deep link to the last event shows its row, scrolled into view', async () => {
      await app.open(`event=${encodeURIComponent(last.id)}`);
      await app.expectSelected(last);
      // The list scrolls inside its own box: bring the box on screen, then the row must be visible in it.
      await app.eventList.scrollIntoViewIfNeeded();
      await expect(app.currentEventButton).toBeInViewport();
      await expect(app.currentEventButton.locator('xpath=..')).toHaveAttribute('aria-posinset', String(EVENTS));
    });

    await test.step('ArrowUp and Home move focus between rows, also to rows not rendered yet', async () => {
      await app.currentEventButton.focus();
      await page.keyboard.press('ArrowUp');
      const focusedRow = page.locator('li:has(> button:focus)');
      await expect(focusedRow).toHaveAttribute('aria-posinset', String(EVENTS - 1));
      await page.keyboard.press('Home');
      await expect(focusedRow).toHaveAttribute('aria-posinset', '1');
      await expect(page.locator('button:focus')).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(app.currentEventButton).not.toContainText(last.title);
      await expect(app.currentEventButton.locator('xpath=..')).toHaveAttribute('aria-posinset', '1');
    });
  });
});
