import { expect, test } from './fixtures.ts';
import { pickEvent } from './support/corpus-picks.ts';

test('on a phone the details are a bottom sheet and nothing scrolls sideways @phone', async ({ app, corpus, page }) => {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the phone project sets a viewport');
  const event = pickEvent(corpus, 'at all');
  await app.open();
  expect(await app.documentScrollWidth(), 'scroll width of the first view').toBeLessThanOrEqual(viewport.width);

  await test.step('select an event in the list: the details sit at the bottom of the viewport', async () => {
    await app.eventButton(event).tap();
    await app.expectSelected(event);
    await expect.poll(async () => {
      const box = await app.details.boundingBox();
      return box ? Math.round(box.y + box.height) : undefined;
    }, { message: 'bottom edge of the details sheet' }).toBe(viewport.height);
    const box = await app.details.boundingBox();
    expect(box?.height ?? 0, 'sheet height at most ~60% of the viewport').toBeLessThanOrEqual(viewport.height * 0.65);
    expect(await app.documentScrollWidth(), 'scroll width with the sheet open').toBeLessThanOrEqual(viewport.width);
  });

  await test.step('the article view is readable without sideways scrolling', async () => {
    await app.readInArticleLink.tap();
    await expect(app.article).toBeVisible();
    await expect(app.currentMark).toBeInViewport();
    expect(await app.documentScrollWidth(), 'scroll width of the article view').toBeLessThanOrEqual(viewport.width);
    const article = await app.article.boundingBox();
    expect(article, 'the article region has a box').not.toBeNull();
    expect(article?.x ?? -1, 'article starts inside the viewport').toBeGreaterThanOrEqual(0);
    expect((article?.x ?? 0) + (article?.width ?? Infinity), 'article ends inside the viewport').toBeLessThanOrEqual(
      viewport.width,
    );
  });
});
