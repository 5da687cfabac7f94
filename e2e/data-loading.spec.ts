import { expect, test } from './fixtures.ts';

test('a corpus.json that cannot be fetched shows an alert with the reason, not a blank page', async ({ app, page }) => {
  await page.route('**/corpus.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.goto('./');
  await expect(app.appName).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/404|not found|corpus/i);
});

test('a corpus.json that fails validation shows an alert naming the problem', async ({ app, page }) => {
  await page.route('**/corpus.json', (route) => route.fulfill({ json: { version: 1, documents: [], events: [], actors: [] } }));
  await page.goto('./');
  await expect(app.appName).toBeVisible();
  await expect(page.getByRole('alert')).toContainText(/version/);
});

test('skipped documents are listed with their reason in a status area', async ({ app, corpus, page }) => {
  const warning = { file: 'seeds/999_broken.txt', reason: 'no date header (expected "date YYYY-MM-DD")' };
  await page.route('**/corpus.json', (route) => route.fulfill({ json: { ...corpus, warnings: [warning] } }));
  await app.open();
  const status = page.getByRole('status').filter({ hasText: warning.file });
  await expect(status).toBeVisible();
  await expect(status).toContainText(warning.reason);
});
