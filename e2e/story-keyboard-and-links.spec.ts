import { expect, test } from './fixtures.ts';

/** The keyboard-only journey, the keyboard map, and links that ask for too much, on the fixture corpus. */

test('keyboard only: Tab to the chart, arrows through three events, Enter to the article, Escape back', async ({ app, story, page }) => {
  await app.open('from=2025-03-02&to=2025-03-09');
  const chart = page.getByRole('group', { name: /^Timeline chart/ });
  await test.step('Tab reaches the chart', async () => {
    for (let presses = 0; presses < 40; presses += 1) {
      if (await chart.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('40 Tab presses did not reach the chart');
  });
  const seen: string[] = [];
  await test.step('ArrowRight three times selects three events in date order, focus stays on the chart', async () => {
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL((url) => {
        const id = url.searchParams.get('event');
        return id !== null && !seen.includes(id);
      });
      seen.push(new URL(page.url()).searchParams.get('event') ?? '');
      await expect(chart).toBeFocused();
    }
    const starts = seen.map((id) => story.events.find((e) => e.id === id)?.start ?? '');
    expect([...starts].sort()).toEqual(starts);
  });
  await test.step('+ zooms in around the selection', async () => {
    const before = await app.urlWindow();
    await page.keyboard.press('+');
    await expect.poll(async () => {
      const after = await app.urlWindow();
      return before && after ? Date.parse(after.to) - Date.parse(after.from) < Date.parse(before.to) - Date.parse(before.from) : false;
    }).toBe(true);
  });
  await test.step('Enter opens the article of the selected event; Escape comes back to the chart', async () => {
    await page.keyboard.press('Enter');
    await expect(app.article).toBeVisible();
    await expect(app.currentMark).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.article).toBeHidden();
    await expect(app.details).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(app.details).toBeHidden();
  });
});

test('? opens the keyboard map, Escape closes it and focus returns', async ({ app, page }) => {
  await app.open();
  await app.header.helpButton.focus();
  await page.keyboard.press('?');
  await expect(app.helpDialog).toBeVisible();
  await expect(app.helpDialog).toContainText('Previous / next event');
  await expect(app.helpDialog).toContainText('Page Up');
  await page.keyboard.press('Escape');
  await expect(app.helpDialog).toBeHidden();
  await expect(app.header.helpButton).toBeFocused();
});

test('a link with many bad parts gives one short notice and a clean address', async ({ app, page }) => {
  const junk = Array.from({ length: 300 }, (_, i) => `junk${i}=x`).join('&');
  await app.open(`${junk}&date=2025-02-30&lanes=colour`);
  const notice = app.notice(/302 parts of the link were ignored/);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('and 298 more');
  const box = await notice.boundingBox();
  expect(box?.height ?? Infinity, 'the notice stays a few lines tall').toBeLessThan(200);
  await expect(page).toHaveURL((url) => url.search === '');
});

test('a day far from the events shows the nearest one, with a notice; a window of millennia is brought back', async ({ app, story, page }) => {
  await app.open('date=2030-06-01');
  await expect(app.notice(/No events near June 1, 2030: the events run from/)).toBeVisible();
  const last = [...story.events].sort((a, b) => (a.end ?? a.start).localeCompare(b.end ?? b.start)).at(-1);
  await expect(app.details).toBeVisible();
  if (last) await expect(app.timelineItem(last.id).first()).toBeVisible();

  await app.open('from=0001-01-01&to=9999-12-31');
  await expect(app.notice(/reaches far past the events/)).toBeVisible();
  await expect(app.timelineItems.first()).toBeVisible();
  // The address takes the window shown, in place: a copied link or a reload shows what is on screen.
  await expect(page).toHaveURL((url) => /^20\d\d-/.test(url.searchParams.get('from') ?? '') && /^20\d\d-/.test(url.searchParams.get('to') ?? ''));
  await expect(app.notice(/reaches far past the events/)).toBeVisible();
  const corrected = new URL(page.url()).search;
  await page.reload();
  await expect(app.timelineItems.first()).toBeVisible();
  await expect(page).toHaveURL((url) => url.search === corrected);
  await expect(app.notice(/reaches far past the events/)).toHaveCount(0);
});

test('the colour scheme toggle switches to dark and is remembered on this device', async ({ app, page }) => {
  await app.open();
  await expect(app.header.themeButton).toHaveAccessibleName('Colour scheme: as the system');
  await app.header.themeButton.click();
  await app.header.themeButton.click();
  await expect(app.header.themeButton).toHaveAccessibleName('Colour scheme: dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The dark page background (app.css --sl-bg), not the light one.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(19, 20, 23)');
});
