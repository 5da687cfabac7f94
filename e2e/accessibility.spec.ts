import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { pickEvent } from './support/corpus-picks.ts';

/** Runs axe on the page as it is and fails listing every serious or critical violation with its targets. */
async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  await test.step(`axe: no serious/critical violations (${state})`, async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, `serious/critical axe violations on the ${state}`).toEqual([]);
  });
}

test('the main view, the details and the article view have no serious accessibility violations', async ({
  app,
  corpus,
  page,
}) => {
  const event = pickEvent(corpus, 'at all');
  await app.open();
  await expectNoSeriousViolations(page, 'main view');

  await app.selectFromList(event);
  await expectNoSeriousViolations(page, 'main view with details open');

  await app.openArticle();
  await expect(app.currentMark).toBeVisible();
  await expectNoSeriousViolations(page, 'article view');
});
