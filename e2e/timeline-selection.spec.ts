import { describeEventDate } from '../src/domain/event-date-label.ts';
import { expect, test } from './fixtures.ts';
import { documentOf, primarySource } from './support/corpus-picks.ts';

test('the timeline shows the corpus and a clicked item shows its verbatim quote and date in words', async ({
  app,
  corpus,
}) => {
  await app.open();

  const shownIds = await test.step('every item on the timeline is an event of the corpus', async () => {
    const ids = await app.timelineItems.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id')));
    const known = new Set(corpus.events.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => id === null || !known.has(id)), 'timeline items with unknown ids').toEqual([]);
    return new Set(ids);
  });

  // A day-precision event with a date phrase, among those the first view shows: the quote has a <mark> to check.
  const event = corpus.events.find(
    (e) => e.precision === 'day' && primarySource(e).datePhrase !== null && shownIds.has(e.id),
  );
  if (!event) throw new Error('the first view shows no day-precision event with a date phrase');
  const source = primarySource(event);

  await app.selectOnTimeline(event);

  await test.step('the details show the verbatim quote, its date phrase, the date in words and the source', async () => {
    await expect(app.detailsQuote).toHaveText(source.quote.text);
    await expect(app.detailsQuote.locator('mark')).toHaveText(source.datePhrase?.text ?? '');
    await expect(app.details).toContainText(describeEventDate(event));
    await expect(app.details).toContainText(documentOf(corpus, event).title);
    await expect(app.readInArticleLink).toHaveAttribute('href', /^(?!#)\S+/);
    await expect(app.closeDetailsButton).toBeVisible();
  });

  await test.step('"Fit all events" brings every event of the corpus onto the timeline: drawn, or counted in a box', async () => {
    await app.fitAllButton.click();
    await expect
      .poll(async () => {
        const drawn = await app.timelineItems.count();
        const counts = await app.periodCounts.allInnerTexts();
        return drawn + counts.reduce((sum, text) => sum + Number(text.replace(/[^\d]/g, '')), 0);
      }, { message: 'events drawn plus events counted' })
      .toBe(corpus.events.length);
  });
});

test('timeline items show how precise each date is', async ({ app, corpus }) => {
  test.slow(); // one selection per event of the corpus
  await app.open();
  for (const event of corpus.events) {
    await test.step(`${event.precision}${event.end ? ' range' : ''}: ${event.title}`, async () => {
      // Each event in turn is selected in the list, so it is drawn (a selection is never folded into a count).
      await app.eventList.locator(`button[data-event-id="${event.id}"]`).click();
      const item = app.timelineItemBox(event.id);
      // A stated day (and nothing else) is drawn as exact; everything else is visibly approximate.
      const precisionClass = event.precision === 'day' ? 'sl-item--exact' : 'sl-item--approximate';
      await expect(item).toContainClass(precisionClass);
      // A span is drawn as a span (a box, or a bar before the label when the box would be too narrow for it), a
      // single day as a point.
      await expect(item).toHaveClass(event.end === null || event.end === event.start ? /(^|\s)vis-(point|box)(\s|$)/ : /(^|\s)(vis-range|sl-item--span)(\s|$)/);
      if (event.precision === 'reported') {
        await expect(item).toContainClass('sl-item--reported');
        await expect(item.getByRole('img', { name: 'reported: date not stated' })).toBeVisible();
      }
    });
  }
});

test('selecting an event on desktop does not measure the details panel (only the phone sheet is measured)', async ({
  app,
  corpus,
  page,
}) => {
  // Counts style reads of the details region: measuring it forced a layout of the whole page at each
  // selection (254 ms at 100,000 events), though on desktop the panel is never a bottom sheet.
  await page.addInitScript(() => {
    const own = window.getComputedStyle.bind(window);
    const counter = window as unknown as { detailsStyleReads: number };
    counter.detailsStyleReads = 0;
    window.getComputedStyle = (element: Element, pseudo?: string | null) => {
      if (element.classList.contains('sl-details')) counter.detailsStyleReads += 1;
      return own(element, pseudo);
    };
  });
  await app.open();
  const ids = new Set(await app.timelineItems.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-event-id'))));
  const event = corpus.events.find((e) => ids.has(e.id));
  if (!event) throw new Error('the first view shows no event');
  await app.selectOnTimeline(event);
  await expect(app.detailsTitle(event)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { detailsStyleReads: number }).detailsStyleReads), 'style reads of the details panel').toBe(0);
});
