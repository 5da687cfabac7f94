import { reportCounts } from '../src/domain/corpus-index.ts';
import { expect, test } from './fixtures.ts';

/**
 * What an event rests on, worded alike in the chart, the list and the details: quotes of one article are
 * "7 quotes from 1 article", never "7 sources"; several articles are counted as articles.
 */

test('a one-article event with several quotes says "N quotes from 1 article" in its item, its row and its details', async ({ app, corpus }) => {
  const event = [...corpus.events].sort((a, b) => b.sources.length - a.sources.length)[0];
  if (!event || reportCounts(event).articles !== 1 || event.sources.length < 2) throw new Error('the seed has no one-article event with several quotes');
  const words = `${event.sources.length} quotes from 1 article`;
  await app.open(`event=${event.id}`);
  await expect(app.timelineItem(event.id).getByRole('img', { name: words, exact: true })).toHaveCount(1);
  await expect(app.timelineItem(event.id)).toHaveAttribute('title', new RegExp(` · ${words}$`));
  await expect(app.eventList.locator(`button[data-event-id="${event.id}"]`)).toContainText(words);
  await expect(app.details.locator('.sl-details__date')).toContainText(words);
  await expect(app.details).not.toContainText(/\d sources\b/);
});

test('an event several outlets report counts their articles in its details', async ({ app, story }) => {
  const event = story.events.find((e) => e.id === '01-herald-storm-night-0-76');
  if (!event) throw new Error('no power-cut event in the story corpus');
  const { quotes, articles } = reportCounts(event);
  const words = quotes === articles ? `${articles} articles` : `${quotes} quotes from ${articles} articles`;
  await app.open(`event=${event.id}`);
  await expect(app.details.locator('.sl-details__date')).toContainText(words);
  await expect(app.timelineItem(event.id).getByRole('img', { name: words, exact: true })).toHaveCount(1);
});
