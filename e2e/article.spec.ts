import type { TimelineEvent } from '../src/domain/corpus.ts';
import { expect, test } from './fixtures.ts';
import { documentOf, escapeRegExp, normalizeWhitespace, otherQuotedEvents, pickEvent, primarySource } from './support/corpus-picks.ts';

/** Matches an element whose whole text is exactly this quote. */
function exactly(text: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(normalizeWhitespace(text)).replace(/ /g, '\\s+')}\\s*$`);
}

test('"Read in article" shows the document with the quote marked, and its other events selectable', async ({
  app,
  corpus,
  page,
}) => {
  const event = pickEvent(corpus, 'whose document has other events', (e) => otherQuotedEvents(corpus, e).length > 0);
  const document = documentOf(corpus, event);
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.expectSelected(event);
  await app.openArticle();

  await test.step('the article shows the document title and its whole text', async () => {
    await expect(app.article.getByRole('heading', { name: document.title, exact: true })).toBeVisible();
    await expect(app.article).toContainText(normalizeWhitespace(document.text), { useInnerText: true });
  });

  await test.step('the quote is the current mark, scrolled into view', async () => {
    await expect(app.currentMark).toHaveText(primarySource(event).quote.text);
    await expect(app.currentMark).toBeInViewport();
  });

  const other = otherQuotedEvents(corpus, event)[0] as TimelineEvent;
  const otherQuote = primarySource(other).quote;
  await test.step("clicking another event's mark selects that event", async () => {
    await expect(app.eventMarks).not.toHaveCount(0);
    await app.eventMarks.filter({ hasText: exactly(otherQuote.text) }).first().click();
    // Events drawn from the same span share one mark: any of them is a right answer.
    const sameSpan = corpus.events.filter((e) => {
      const s = primarySource(e);
      return s.docId === document.id && s.quote.start === otherQuote.start && s.quote.end === otherQuote.end;
    });
    await expect(page).toHaveURL((url) => sameSpan.some((e) => e.id === url.searchParams.get('event')));
    await expect(app.currentMark).toHaveText(otherQuote.text);
  });

  await test.step('"Back to timeline" returns to the timeline', async () => {
    await app.backToTimelineButton.click();
    await expect(app.article).toBeHidden();
    await expect(app.timeline).toBeVisible();
    await expect(page).toHaveURL((url) => url.searchParams.get('view') !== 'article');
  });
});

test('browser Back leaves the article view', async ({ app, corpus, page }) => {
  const event = pickEvent(corpus, 'at all');
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.openArticle();
  await page.goBack();
  await expect(app.article).toBeHidden();
  await expect(app.timeline).toBeVisible();
  await app.expectSelected(event);
});

test('Escape in the article view returns to the timeline, like "Back to timeline"', async ({ app, corpus, page }) => {
  const event = pickEvent(corpus, 'at all');
  await app.open(`event=${encodeURIComponent(event.id)}`);
  await app.openArticle();
  await page.keyboard.press('Escape');
  await expect(app.article).toBeHidden();
  await expect(app.timeline).toBeVisible();
  await expect(page).toHaveURL((url) => url.searchParams.get('view') !== 'article');
  // One level at a time: the selection stays, a second Escape closes it.
  await app.expectSelected(event);
  await page.keyboard.press('Escape');
  await app.expectNothingSelected();
});
