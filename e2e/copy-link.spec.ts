import { expect, test } from './fixtures.ts';
import { pickEvent } from './support/corpus-picks.ts';

test('"Copy link" puts the current URL on the clipboard and says so', async ({ app, corpus, context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const event = pickEvent(corpus, 'at all');
  await app.open();
  await app.selectFromList(event);

  await app.copyLinkButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(page.url());
  expect(new URL(clipboard).searchParams.get('event')).toBe(event.id);
});
