import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pickEvent } from './support/corpus-picks.ts';

/**
 * One axe scan per test: a scan takes ~3 s on a quiet machine and 15 s or more on a loaded one, so three in one
 * test came close to its limit (seen: timeouts at load 4-17 on two cores). `test.slow()` leaves room on top.
 */
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  await test.step(`axe: no serious/critical violations (${state})`, async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `serious/critical axe violations on the ${state}`).toEqual([]);
  });
}

test.describe('no serious accessibility violations', () => {
  test.slow();

  test('in the main view', async ({ app, page }) => {
    await app.open();
    await expectNoSeriousViolations(page, 'main view');
  });

  test('with the details open', async ({ app, corpus, page }) => {
    await app.open();
    await app.selectFromList(pickEvent(corpus, 'at all'));
    await expectNoSeriousViolations(page, 'main view with details open');
  });

  test('in the article view', async ({ app, corpus, page }) => {
    await app.open();
    await app.selectFromList(pickEvent(corpus, 'at all'));
    await app.openArticle();
    await expect(app.currentMark).toBeVisible();
    await expectNoSeriousViolations(page, 'article view');
  });
});
