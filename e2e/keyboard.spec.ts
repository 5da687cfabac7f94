import type { Locator, Page } from '@playwright/test';
import { describeEventDate } from '../src/domain/event-date-label.ts';
import { expect, test } from './fixtures.ts';
import { distinctlyTitled, pickEvents } from './support/corpus-picks.ts';

/** The polite live region that says what was selected (focus stays where the user is). */
const announcement = (page: Page): Locator => page.locator('[aria-live="polite"]');

/** The chart's focusable surface: a group named after the arrow keys it takes. */
const chart = (page: Page): Locator => page.getByRole('group', { name: /^Timeline chart/ });

test('the Events list is the keyboard path: Tab to it, Enter opens an event, Escape closes it', async ({ app, page }) => {
  await app.open();

  const focused = page.locator(':focus');
  await test.step('Tab reaches the first event of the list', async () => {
    // Bounded: a page whose list is not reachable within 60 Tab presses fails here instead of looping.
    for (let presses = 0; presses < 60; presses += 1) {
      if (await app.eventButtons.first().evaluate((button) => button === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('60 Tab presses did not reach the first button of the Events list');
  });

  const label = await focused.innerText();
  await test.step('Enter selects it and the details show it', async () => {
    await page.keyboard.press('Enter');
    await expect(app.details).toBeVisible();
    await expect(app.eventButtons.first()).toHaveAttribute('aria-current', 'true');
    const title = await app.details.getByRole('heading').first().innerText();
    expect(label, 'the focused list button names the event the details show').toContain(title);
  });

  await test.step('Escape closes the details', async () => {
    await page.keyboard.press('Escape');
    await expect(app.details).toBeHidden();
  });
});

test('Tab goes header → timeline controls → chart → one stop in the list → details, every stop named', async ({
  app,
  corpus,
  page,
}) => {
  const [event] = pickEvents(corpus, 1, 'to select');
  if (!event) throw new Error('no event');
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.expectSelected(event);

  // Start from the top of the document, as a keyboard user arriving on the page does.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const optional = async (locator: Locator): Promise<Locator[]> => ((await locator.count()) > 0 ? [locator] : []);
  const stops: Locator[] = [
    app.header.search,
    app.header.filtersButton,
    app.header.themeButton,
    app.header.helpButton,
    app.copyLinkButton,
    app.hintDismiss,
    app.timelineViewButton,
    app.listViewButton,
    app.laneSelect,
    app.zoomInButton,
    app.zoomOutButton,
    app.fitAllButton,
    chart(page),
    ...(await optional(app.earlierButton)),
    ...(await optional(app.laterButton)),
    app.byDate,
    app.keyEventsFirst,
    app.currentEventButton, // the list is one Tab stop: its selected row
    app.closeDetailsButton,
    app.readInArticleLink,
  ];
  for (const [i, stop] of stops.entries()) {
    await test.step(`Tab ${i + 1} lands on ${await stop.evaluate((e) => e.getAttribute('aria-label') ?? e.textContent?.slice(0, 40))}`, async () => {
      await page.keyboard.press('Tab');
      await expect(stop, `stop ${i + 1}`).toBeFocused();
      // Every stop has an accessible name (the contract's exact names are checked by the locators above).
      await expect(stop).toHaveAccessibleName(/\S/);
    });
  }
  await test.step('Shift+Tab goes back from the details into the list, not through every row', async () => {
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(app.currentEventButton, 'the selected row').toBeFocused();
  });
});

test('ArrowLeft/ArrowRight in the chart step through events, focus stays on the chart and the selection is announced', async ({
  app,
  corpus,
  page,
}) => {
  const [first, second] = distinctlyTitled(corpus).filter((e) => e.precision !== 'reported').slice(-2);
  if (!first || !second) throw new Error('the corpus needs two distinctly titled events with a date');
  // Events in list order: the one right after `first` is what ArrowRight selects.
  const next = corpus.events[corpus.events.indexOf(first) + 1];
  if (!next) throw new Error('no event after the picked one');
  await app.open(`event=${encodeURIComponent(first.id)}`);
  await app.expectSelected(first);

  await chart(page).focus();
  await page.keyboard.press('ArrowRight');
  await app.expectSelected(next);
  await expect(chart(page), 'the chart').toBeFocused();
  await expect(announcement(page)).toHaveText(`Selected: ${next.title}, ${describeEventDate(next)}`);

  await page.keyboard.press('ArrowLeft');
  await app.expectSelected(first);
  await expect(chart(page), 'the chart').toBeFocused();
  await expect(announcement(page)).toHaveText(`Selected: ${first.title}, ${describeEventDate(first)}`);

  await test.step('closing the details from their button returns focus to the chart that opened them', async () => {
    await app.closeDetailsButton.focus();
    await page.keyboard.press('Enter');
    await app.expectNothingSelected();
    await expect(chart(page), 'the chart').toBeFocused();
  });
});

test('ArrowUp/ArrowDown move along the list; closing the details returns focus to the row', async ({ app, corpus, page }) => {
  await app.open();
  const [, second] = corpus.events;
  if (!second) throw new Error('the corpus needs two events');

  await app.eventButtons.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(app.eventButtons.nth(1), 'the second row').toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(app.eventButtons.first(), 'the first row').toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.eventButtons.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(announcement(page)).toHaveText(`Selected: ${second.title}, ${describeEventDate(second)}`);

  await test.step('Tab into the details and close them: focus goes back to the row, not to <body>', async () => {
    await page.keyboard.press('Tab');
    await expect(app.closeDetailsButton, 'Close details').toBeFocused();
    await page.keyboard.press('Enter');
    await app.expectNothingSelected();
    await expect(app.eventButtons.nth(1), 'the row that opened the details').toBeFocused();
  });
});

test('in the article the event marks are Tab stops that name their event; leaving returns focus to "Read in article"', async ({
  app,
  corpus,
  page,
}) => {
  // An event whose article holds other events' quotes too.
  const event = distinctlyTitled(corpus).find((candidate) => {
    const docId = candidate.sources[0]?.docId;
    return corpus.events.some((other) => other !== candidate && other.sources.some((s) => s.docId === docId));
  });
  if (!event) throw new Error('no article holds two events');
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.readInArticleLink.focus();
  await page.keyboard.press('Enter');
  await expect(app.article).toBeVisible();

  const mark = app.eventMarks.first();
  const markId = await mark.getAttribute('data-event-id');
  const marked = corpus.events.find((e) => e.id === markId);
  if (!marked) throw new Error(`mark names unknown event ${markId}`);

  await test.step('Tab reaches an event mark, which names its event', async () => {
    for (let presses = 0; presses < 40; presses += 1) {
      if (await mark.evaluate((m) => m === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(mark, 'the first event mark').toBeFocused();
    await expect(mark).toHaveRole('button');
    await expect(mark).toHaveAccessibleDescription(`Event: \u2068${marked.title}\u2069`);
  });

  await test.step('Enter selects its event; focus stays on the (now current) mark and the selection is announced', async () => {
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.searchParams.get('event') === marked.id);
    await expect(app.currentMark, 'the current mark').toBeFocused();
    await expect(announcement(page)).toHaveText(`Selected: ${marked.title}, ${describeEventDate(marked)}`);
  });

  await test.step('Escape leaves the article and focus returns to "Read in article"', async () => {
    await page.keyboard.press('Escape');
    await expect(app.article).toBeHidden();
    await app.expectSelected(marked);
    await expect(app.readInArticleLink, '"Read in article"').toBeFocused();
  });

  await test.step('browser Back into the article and "Back to timeline" by keyboard do the same', async () => {
    await page.goBack();
    await expect(app.article).toBeVisible();
    await app.backToTimelineButton.focus();
    await page.keyboard.press('Enter');
    await expect(app.article).toBeHidden();
    await expect(app.readInArticleLink, '"Read in article"').toBeFocused();
  });
});
