import { expect, test } from './fixtures.ts';

/** Search, filters, lanes and the list view on the multi-source fixture corpus, each kept in the URL. */

test('search finds events by word form, across quotes and sources, marks the matches and steps through them', async ({ app, story, page }) => {
  await app.open();
  const has = (pattern: RegExp) => story.events.filter((e) => e.sources.some((s) => pattern.test(s.quote.text)) || pattern.test(e.title));
  const restored = has(/restor/i);

  await test.step('"restoring" finds "restored" (word forms)', async () => {
    await app.header.searchFor('restoring');
    await expect(app.eventButtons).toHaveCount(restored.length);
    for (const event of restored) await expect(app.eventList.locator(`button[data-event-id="${event.id}"]`)).toHaveCount(1);
  });

  const matching = has(/substation/i);
  await test.step('"Substations" finds "substation": the count, the list and the chart show the matches only', async () => {
    expect(matching.length, 'the story mentions the substation more than twice').toBeGreaterThan(2);
    await app.header.searchFor('Substations');
    await expect(app.header.searchStatus).toHaveText(`${matching.length} ${matching.length === 1 ? 'event matches' : 'events match'} of ${story.events.length}`);
    await expect(app.eventButtons).toHaveCount(matching.length);
    await expect(app.eventList.locator('mark.sl-mark--search').first()).toBeVisible();
    await expect(app.timeline.locator('mark.sl-mark--search').first()).toBeVisible();
    for (const event of matching) await expect(app.eventList.locator(`button[data-event-id="${event.id}"]`)).toHaveCount(1);
  });

  await test.step('Next and Previous select the matches in date order', async () => {
    await app.header.nextMatch.click();
    await expect(app.details).toBeVisible();
    await expect(app.header.searchStatus).toHaveText(`1 of ${matching.length}`);
    await app.header.nextMatch.click();
    await expect(app.header.searchStatus).toHaveText(`2 of ${matching.length}`);
    await app.header.previousMatch.click();
    await expect(app.header.searchStatus).toHaveText(`1 of ${matching.length}`);
  });

  await test.step('reload keeps the search; a search for nothing says so and offers to clear', async () => {
    await page.reload();
    await expect(app.header.search).toHaveValue('Substations');
    await app.header.searchFor('zzzqqq');
    await expect(app.header.searchStatus).toHaveText('No events match “\u2068zzzqqq\u2069”.');
    await expect(app.eventList).toContainText('No events match “\u2068zzzqqq\u2069”.');
    await app.eventList.getByRole('button', { name: 'Clear search and filters', exact: true }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has('q'));
    await expect(app.eventButtons).toHaveCount(story.events.length);
  });

  await test.step('Back returns to the earlier search', async () => {
    await page.goBack();
    await expect(app.header.search).toHaveValue('zzzqqq');
    await page.goBack();
    await expect(app.header.search).toHaveValue('Substations');
  });
});

test('filters narrow chart, list and stepping alike, with counts, in the URL, cleared in one click', async ({ app, story, page }) => {
  await app.open();
  await app.filters.open();
  const reported = story.events.filter((e) => e.precision === 'reported');
  const future = story.events.filter((e) => e.timing === 'future');

  await test.step('each option shows how many events it holds', async () => {
    await expect(app.filters.option(/^Reported, date not stated/)).toHaveAccessibleName(new RegExp(`${reported.length}$`));
    await expect(app.filters.showing).toHaveText(`Showing ${story.events.length} of ${story.events.length} events`);
  });

  await test.step('unticking "Reported" removes those events from the list and the chart', async () => {
    await app.filters.option(/^Reported, date not stated/).uncheck();
    await expect(page).toHaveURL((url) => url.searchParams.getAll('precision').length === 2);
    await expect(app.eventButtons).toHaveCount(story.events.length - reported.length);
    for (const event of reported) await expect(app.timelineItem(event.id)).toHaveCount(0);
    await expect(app.header.filtersButton).toHaveText('Filters (1)');
  });

  await test.step('timing "Future" only, then an actor: each narrows further, and reload restores it', async () => {
    await app.filters.option(/^Past/).uncheck();
    await app.filters.option(/^Ongoing/).uncheck();
    const shown = future.filter((e) => e.precision !== 'reported');
    await expect(app.eventButtons).toHaveCount(shown.length);
    await page.reload();
    await expect(app.eventButtons).toHaveCount(shown.length);
    await app.filters.open();
    await expect(app.filters.option(/^Future/)).toBeChecked();
    await expect(app.filters.option(/^Past/)).not.toBeChecked();
  });

  await test.step('stepping with the arrow keys only visits what is shown', async () => {
    const chart = page.getByRole('group', { name: /^Timeline chart/ });
    await chart.focus();
    const ids = new Set(future.filter((e) => e.precision !== 'reported').map((e) => e.id));
    for (let i = 0; i < ids.size + 1; i += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL((url) => ids.has(url.searchParams.get('event') ?? ''));
    }
  });

  await test.step('"Clear all filters" shows everything again', async () => {
    await app.filters.clearAll.click();
    await expect(app.eventButtons).toHaveCount(story.events.length);
    await expect(page).toHaveURL((url) => !url.searchParams.has('precision') && !url.searchParams.has('timing'));
  });

  await test.step('an actor filter keeps the events that name them', async () => {
    const naming = story.events.filter((e) => e.actors.includes('tomas-reiner'));
    await app.filters.option(/^Tomas Reiner/).check();
    await expect(app.eventButtons).toHaveCount(naming.length);
    await expect(page).toHaveURL((url) => url.searchParams.get('actor') === 'tomas-reiner');
  });
});

test('lanes by publisher and by actor, kept in the URL', async ({ app, story, page }) => {
  await app.open();
  const publishers = [...new Set(story.documents.map((d) => d.publisher))];
  await app.laneSelect.selectOption('publisher');
  await expect(page).toHaveURL((url) => url.searchParams.get('lanes') === 'publisher');
  const laneLabels = app.timeline.locator('.sl-timeline__chart .vis-labelset .sl-lane');
  await expect(laneLabels).toHaveCount(publishers.length);
  for (const publisher of publishers) await expect(app.timeline.locator('.sl-timeline__chart .vis-labelset')).toContainText(publisher ?? '');
  // An event reported by four outlets is drawn in each of their lanes (vis draws the lanes scrolled into view).
  await expect.poll(() => app.timelineItem('01-herald-storm-night-0-76').count(), { message: 'items of the power cut' }).toBeGreaterThan(1);
  await page.reload();
  await expect(app.laneSelect).toHaveValue('publisher');
  await expect(laneLabels).toHaveCount(publishers.length);
  await app.laneSelect.selectOption('actor');
  await expect(app.timeline.locator('.sl-timeline__chart .vis-labelset')).toContainText('Tomas Reiner');
  await expect(app.timeline.locator('.sl-timeline__chart .vis-labelset')).toContainText('No actor named');
  await page.goBack();
  await expect(app.laneSelect).toHaveValue('publisher');
});

test('the list view: grouped by month, or key events first, in the URL', async ({ app, story, page }) => {
  await app.open();
  await app.listViewButton.click();
  await expect(page).toHaveURL((url) => url.searchParams.get('view') === 'list');
  await expect(app.timeline).toBeHidden();
  await expect(app.eventList.getByRole('heading', { name: 'March 2025', exact: true })).toBeVisible();
  await app.keyEventsFirst.click();
  await expect(page).toHaveURL((url) => url.searchParams.get('order') === 'key');
  const top = [...story.events].sort((a, b) => b.salience - a.salience)[0];
  if (!top) throw new Error('empty story corpus');
  await expect(app.eventButtons.first()).toContainText(top.title);
  await expect(app.eventList.getByRole('heading', { name: 'March 2025', exact: true })).toHaveCount(0);
  await page.reload();
  await expect(app.keyEventsFirst).toHaveAttribute('aria-pressed', 'true');
  await expect(app.timeline).toBeHidden();
  await app.eventButtons.first().click();
  await expect(app.details).toBeVisible();
  await app.timelineViewButton.click();
  await expect(app.timeline).toBeVisible();
});

test('the overview band shows the whole story; a click on it moves the window, the brush follows', async ({ app, story: _story, page }) => {
  await app.open('from=2025-03-03&to=2025-03-05');
  await expect(app.overview).toBeVisible();
  const brush = app.overview.locator('.vis-item.sl-ov-brush');
  await expect(brush).toBeVisible();
  await expect(app.overview.locator('.sl-ov-bar').first()).toBeVisible();
  const before = await brush.boundingBox();
  const box = await app.overview.boundingBox();
  if (!before || !box) throw new Error('the overview has no box');
  // Click near the right end: the window is centred there.
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.3);
  await expect(page).toHaveURL((url) => (url.searchParams.get('from') ?? '') > '2025-03-04');
  await expect.poll(async () => (await brush.boundingBox())?.x ?? 0, { message: 'brush x' }).toBeGreaterThan(before.x + 20);
});
