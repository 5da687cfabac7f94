import { expect, test } from './fixtures.ts';

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
