import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * One axe scan per test: a scan takes ~3 s on a quiet machine and 15 s or more on a loaded one, so three in one
 * test came close to its limit (seen: timeouts at load 4-17 on two cores). `test.slow()` leaves room on top.
 * The views are scanned on the multi-source fixture corpus (legend toggles, several sources in the details,
 * marks of several events in the article), in the light and the dark colour scheme.
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

const POWER_CUT = '01-herald-storm-night-0-76';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`no serious accessibility violations (${colorScheme})`, () => {
    test.slow();
    test.use({ colorScheme });

    test(`timeline (${colorScheme})`, async ({ app, story: _story, page }) => {
      await app.open();
      await expectNoSeriousViolations(page, `timeline, ${colorScheme}`);
    });

    test(`list (${colorScheme})`, async ({ app, story: _story, page }) => {
      await app.openView('view=list&order=key', app.eventButtons.first());
      await expectNoSeriousViolations(page, `list, ${colorScheme}`);
    });

    test(`details (${colorScheme})`, async ({ app, story: _story, page }) => {
      await app.open(`event=${POWER_CUT}&q=power`);
      await expect(app.details).toBeVisible();
      await app.filters.open();
      await expectNoSeriousViolations(page, `details with search and filters, ${colorScheme}`);
    });

    test(`article (${colorScheme})`, async ({ app, story: _story, page }) => {
      await app.openView(`event=${POWER_CUT}&view=article`, app.currentMark);
      await expectNoSeriousViolations(page, `article, ${colorScheme}`);
    });
  });
}

test('no serious accessibility violations on the seed corpus, details open', async ({ app, page }) => {
  test.slow();
  await page.goto('./');
  await expect(app.timelineItems.first()).toBeVisible();
  await app.eventButtons.first().click();
  await expect(app.details).toBeVisible();
  await expectNoSeriousViolations(page, 'seed corpus with details');
});
