import type { Route } from '@playwright/test';
import { describeEventDate } from '../src/domain/event-date-label.ts';
import { splitCorpus } from '../src/domain/corpus-split.ts';
import { expect, test } from './fixtures.ts';
import { syntheticCorpus } from './support/synthetic-corpus.ts';

const EVENTS = 10_000;

/**
 * The split layout (src/domain/corpus-split.ts) of a 10,000-event corpus, served the way the build
 * writes it: `corpus.json` a manifest, a compact index and document shards under `corpus/`.
 */
test.describe(`a ${EVENTS.toLocaleString('en')}-event corpus in the split layout`, () => {
  // Building, splitting and serving 10,000 events takes several times longer on a loaded machine.
  test.slow();

  test('loads from its index, opens a deep link with its quote, searches and steps by keyboard', async ({ app, corpus, page }) => {
    const large = syntheticCorpus(corpus, EVENTS);
    const { index, shards } = splitCorpus(large);
    const shardNames = shards.map((_, i) => `corpus/documents-${String(i).padStart(3, '0')}.e2e${i}.json`);
    const manifest = { sourceline: 'corpus-split', version: 1, events: EVENTS, documents: large.documents.length, index: 'corpus/index.e2e.json', shards: shardNames };
    const requested: string[] = [];
    const serve = (body: unknown) => (route: Route) => {
      requested.push(new URL(route.request().url()).pathname.split('/').slice(-2).join('/'));
      return route.fulfill({ json: body });
    };
    await page.route('**/corpus.json', serve(manifest));
    await page.route('**/corpus/index.e2e.json', serve(index));
    for (const [i, name] of shardNames.entries()) await page.route(`**/${name}`, serve(shards[i]));

    // Clone i starts i * 2 days after 1990-01-01: event 7,000 is deep in the corpus.
    const target = large.events[7_000];
    const next = large.events[7_001];
    const quote = target?.sources[0]?.quote.text;
    if (!target || !next || quote === undefined) throw new Error('the synthetic corpus is too small');

    await test.step('a deep link opens the event, its quote fetched with its document shard', async () => {
      // The index is fetched, parsed and checked in a worker, off the page's main thread.
      const indexWorker = page.waitForEvent('worker', { predicate: (worker) => /index-worker/.test(worker.url()) });
      await app.open(`event=${encodeURIComponent(target.id)}`);
      await indexWorker;
      await app.expectSelected(target);
      await expect(app.detailsQuote.first()).toContainText(quote.slice(0, 40));
      expect(requested[0]).toMatch(/corpus\.json$/);
      expect(requested[1]).toBe('corpus/index.e2e.json');
      // The shard that holds the event's document, once (the clones all quote the seed document).
      expect(requested.filter((p) => p.startsWith('corpus/documents-'))).toEqual([shardNames[0]]);
    });

    await test.step('the chart opens on the event among its neighbours, not on the first view of decades', async () => {
      // The first view frames all 55 years and labels a few events per period; the link's window is
      // centred on the event and holds its neighbours (events 6,995 to 7,005, two days apart), all labelled.
      await expect
        .poll(async () => Math.abs((await app.startFraction(target.id)) - 0.5), { message: "the event's distance from the chart's centre (share of its width)" })
        .toBeLessThan(0.2);
      await expect(app.timelineItem(target.id)).toBeInViewport();
      for (const neighbour of large.events.slice(6_995, 7_006)) await expect(app.timelineItem(neighbour.id)).toBeVisible();
    });

    await test.step('ArrowRight in the chart selects the next event in date order', async () => {
      await page.getByRole('group', { name: /^Timeline chart/ }).focus();
      await page.keyboard.press('ArrowRight');
      await app.expectSelected(next);
      await expect(page.locator('[aria-live="polite"]')).toHaveText(`Selected: ${next.title}, ${describeEventDate(next)}`);
    });

    await test.step('a search finds an event by its title among the 10,000', async () => {
      const wanted = large.events[9_876];
      if (!wanted) throw new Error('no event 9,876');
      await app.header.searchFor('9876');
      await expect(app.header.searchStatus).toHaveText(`1 event matches of ${EVENTS.toLocaleString('en')}`);
      await expect(app.eventButton(wanted)).toBeVisible();
    });
  });
});
