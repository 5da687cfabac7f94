import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/corpus.ts';
import { SEED_BYTES, SEED_PATH } from './fixtures/seed-fixture.ts';
import { extractCorpus } from './index.ts';

/**
 * The seed as one event per happening: the statements that report one happening are one event with
 * all their quotes (article order, each with its own date phrase); the sentences that report other
 * happenings stay apart; and every id the seed's events had before merging still opens one event.
 */

const corpus = extractCorpus([{ path: SEED_PATH, bytes: SEED_BYTES }]);
const ID = '000_5b3e6957073e45ff';

function holding(quoteStart: number, phraseStart: number | null = null): TimelineEvent {
  const found = corpus.events.filter((e) => e.sources.some((s) => s.quote.start === quoteStart && (s.datePhrase?.start ?? null) === phraseStart));
  expect(found, `one event holds the quote at ${quoteStart}`).toHaveLength(1);
  return found[0] as TimelineEvent;
}

/** Every event id the seed gave before events were merged (shared links of the form doc-quote-phrase). */
const PRE_MERGE_IDS = [
  '979-1031', '1790-1790', '0-62', '318-363', '0-r', '1119-r', '1266-r', '1390-r', '1565-r', '161-r',
  '2033-r', '2386-r', '479-r', '720-r', '872-r', '979-r', '1699-1742',
].map((x) => `${ID}-${x}`);

describe('the seed: one event per happening', () => {
  it("Macron's telephone conversation with Aliyev is one event with its seven statements, in article order", () => {
    const call = holding(720);
    expect(call.title).toBe('Macron’s telephone conversation with Aliyev');
    expect(call.sources.map((s) => s.quote.start)).toEqual([720, 872, 979, 1119, 1266, 1390, 1565]);
    expect(call.sources.every((s) => s.datePhrase === null && s.date.precision === 'reported')).toBe(true);
    expect(call).toMatchObject({ id: `${ID}-720-r`, start: '2022-12-24', precision: 'reported', uncertain: false });
    expect(call.sources.find((s) => s.quote.start === 979)?.quote.text).toMatch(/^The French leader called on Aliyev/);
  });

  it("Borrell's call with Bayramov and his tweet about it are another event", () => {
    const call = holding(161);
    expect(call.title).toBe('Borrell’s telephone conversation with Bayramov');
    expect(call.sources.map((s) => s.quote.start)).toEqual([161, 479]);
    expect(call.id).not.toBe(holding(720).id);
  });

  it('the blockade named twice (two-week-long; since December 12) is one event dated December 12, each source with its own date phrase', () => {
    const blockade = holding(0, 62);
    expect(holding(318, 363).id).toBe(blockade.id);
    expect(blockade.sources.map((s) => s.datePhrase?.text)).toEqual(['almost two-week-long', 'December 12']);
    expect(blockade.sources.map((s) => s.date.precision)).toEqual(['approximate', 'day']);
    expect(blockade).toMatchObject({ start: '2022-12-12', precision: 'day', timing: 'ongoing', uncertain: false });
  });

  it('sentences that report other happenings stay their own events', () => {
    const call = holding(720).id;
    const others = [holding(979, 1031), holding(1699, 1742), holding(1790, 1790), holding(2386), holding(2033), holding(0)];
    for (const e of others) expect(e.id, e.title).not.toBe(call);
    expect(new Set(others.map((e) => e.id)).size).toBe(others.length);
    expect(holding(979, 1031).title).toBe('The November 9, 2020 ceasefire agreement');
    expect(holding(1699, 1742).timing).toBe('future');
  });

  it('has nine events where it had seventeen reports', () => {
    expect(corpus.events).toHaveLength(9);
    expect(corpus.events.reduce((n, e) => n + e.sources.length, 0)).toBe(17);
  });

  it('every pre-merge id is the id or an alias of exactly one event', () => {
    for (const id of PRE_MERGE_IDS) {
      const owners = corpus.events.filter((e) => e.id === id || e.aliases.includes(id));
      expect(owners.map((e) => e.id), id).toHaveLength(1);
    }
    const all = corpus.events.flatMap((e) => [e.id, ...e.aliases]);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...PRE_MERGE_IDS].sort());
  });

  it('names who is involved: Macron by every form the article uses, the EU and the European Union as one', () => {
    const macron = corpus.actors.find((a) => a.name.endsWith('Macron'));
    expect(macron).toMatchObject({ kind: 'person' });
    expect(macron?.aliases).toEqual(expect.arrayContaining(['Macron', 'The French leader']));
    const eu = corpus.actors.filter((a) => a.name === 'European Union');
    expect(eu).toHaveLength(1);
    expect(eu[0]?.aliases).toContain('EU');
    expect(holding(720).actors).toEqual(expect.arrayContaining([macron?.id, 'ilham-aliyev']));
    expect(holding(161).actors).toEqual(expect.arrayContaining(['josep-borrell', 'jeyhum-bayramov']));
    for (const a of corpus.actors) expect(a.events, a.id).toBe(corpus.events.filter((e) => e.actors.includes(a.id)).length);
  });

  it('salience is in [0, 1] and the lead sentence ranks above the background', () => {
    for (const e of corpus.events) expect(e.salience >= 0 && e.salience <= 1, e.title).toBe(true);
    expect(holding(0, 62).salience).toBeGreaterThan(holding(2386).salience);
  });
});
