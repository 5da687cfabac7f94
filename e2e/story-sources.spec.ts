import { describeEventDate } from '../src/domain/event-date-label.ts';
import { expect, test } from './fixtures.ts';

/** Sources told apart, on the multi-source fixture corpus (five outlets of one week of Storm Idris). */

const POWER_CUT = '01-herald-storm-night-0-76';

test('each source has its colour, short name and count in the legend; a toggle hides its events everywhere', async ({ app, story, page }) => {
  await app.open();
  const national = story.documents.find((d) => d.publisher === 'National Daily');
  if (!national) throw new Error('the story fixture has no National Daily article');
  const onlyNational = story.events.filter((e) => e.sources.every((s) => s.docId === national.id));

  await test.step('the legend lists the five outlets with their event counts', async () => {
    await expect(app.filters.legendSources.getByRole('button')).toHaveCount(story.documents.length);
    const toggle = app.filters.legendToggle('National Daily');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const count = story.events.filter((e) => e.sources.some((s) => s.docId === national.id)).length;
    await expect(toggle).toContainText(String(count));
  });

  await test.step('chart items carry their source colour and name, list rows their source and source count', async () => {
    const item = app.timelineItemBox(POWER_CUT);
    await expect(item).toHaveClass(/\bsl-src-\d\b/);
    await expect(app.timelineItem(POWER_CUT).getByRole('img', { name: '4 articles' })).toHaveCount(1);
    const row = app.eventList.locator(`button[data-event-id="${POWER_CUT}"]`);
    await expect(row).toContainText('Marenport Herald');
    await expect(row).toContainText('4 articles');
  });

  await test.step('hiding National Daily removes its own events from the chart and the list, and Show brings them back', async () => {
    const only = onlyNational[0];
    if (!only) throw new Error('National Daily reports nothing alone');
    await expect(app.eventList.locator(`button[data-event-id="${only.id}"]`)).toHaveCount(1);
    await app.filters.legendToggle('National Daily').click();
    await expect(page).toHaveURL((url) => url.searchParams.getAll('hidedoc').includes(national.id));
    await expect(app.eventList.locator(`button[data-event-id="${only.id}"]`)).toHaveCount(0);
    await expect(app.timelineItem(only.id)).toHaveCount(0);
    await expect(app.filters.legendToggle('National Daily')).toHaveAttribute('aria-pressed', 'false');
    await app.filters.legendToggle('National Daily').click();
    await expect(app.eventList.locator(`button[data-event-id="${only.id}"]`)).toHaveCount(1);
  });
});

test('the details name every source with its own date, article link and original link, and say where dates disagree', async ({ app, story, page }) => {
  const event = story.events.find((e) => e.id === POWER_CUT);
  if (!event) throw new Error('no power-cut event in the story corpus');
  await app.open(`event=${POWER_CUT}`);
  await app.expectSelected(event);

  await test.step('one figure per source: quote, document title, publisher, publication day', async () => {
    const figures = app.details.locator('figure');
    await expect(figures).toHaveCount(event.sources.length);
    for (const [i, source] of event.sources.entries()) {
      const doc = story.documents.find((d) => d.id === source.docId);
      if (!doc) throw new Error(`unknown document ${source.docId}`);
      await expect(figures.nth(i).locator('blockquote')).toHaveText(source.quote.text);
      await expect(figures.nth(i)).toContainText(doc.title);
      await expect(figures.nth(i)).toContainText(doc.publisher ?? '');
      const original = figures.nth(i).getByRole('link', { name: /^Original article/ });
      await expect(original).toHaveAttribute('href', doc.source ?? '');
      await expect(original).toHaveAttribute('target', '_blank');
      await expect(original).toHaveAttribute('rel', /noopener/);
    }
  });

  await test.step('the date disagreement line and the uncertain mark', async () => {
    await expect(app.details).toContainText('The sources give different dates: 3 sources: March 3, 2025 · 1 source: March 4, 2025');
    await expect(app.details.getByRole('img', { name: 'date uncertain' })).toBeVisible();
    await expect(app.details).toContainText(describeEventDate(event));
  });

  await test.step('"Read in article" of the fourth source opens that document with its quote marked', async () => {
    const fourth = event.sources[3];
    if (!fourth) throw new Error('the power cut has four sources');
    await app.details.locator('figure').nth(3).getByRole('link', { name: 'Read in article', exact: true }).click();
    await expect(app.article).toBeVisible();
    await expect(page).toHaveURL((url) => url.searchParams.get('read') === fourth.docId && url.searchParams.get('view') === 'article');
    await expect(app.currentMark).toHaveText(fourth.quote.text);
    await expect(app.backToTimelineButton).toBeInViewport();
    await expect(app.currentMark).toBeInViewport();
  });
});

test('an old link to a report that was merged opens the merged event', async ({ app, story }) => {
  const merged = story.events.find((e) => e.id === POWER_CUT);
  const alias = merged?.aliases[0];
  if (!merged || !alias) throw new Error('the power cut has no alias');
  await app.open(`event=${alias}`);
  await expect(app.detailsTitle(merged)).toBeVisible();
  await expect(app.notice(/No event has the id/)).toHaveCount(0);
});
