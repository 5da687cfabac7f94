import { describe, expect, it } from 'vitest';
import { SEED_DOC, runUntil } from '../fixtures/seed-fixture.ts';
import { assignIds, safeIdPart } from './assign-ids.ts';

describe('assignIds', () => {
  it('derives ids from document id, quote start and date-phrase start (r when reported)', () => {
    const ids = runUntil('assignIds').candidates.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([
      '000_5b3e6957073e45ff-0-r',
      '000_5b3e6957073e45ff-0-62',
      '000_5b3e6957073e45ff-318-363',
      '000_5b3e6957073e45ff-979-1031',
    ]));
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives the same ids on re-extraction', () => {
    expect(runUntil('assignIds').candidates.map((c) => c.id)).toEqual(runUntil('assignIds').candidates.map((c) => c.id));
  });

  it('makes unsafe document ids safe', () => {
    expect(safeIdPart('my article (1)')).toBe('my_article__1_');
    const state = runUntil('assignIds', { ...SEED_DOC, id: 'news/ä b' });
    for (const c of state.candidates) expect(c.id).toMatch(/^news___b-\d+-(?:\d+|r)$/);
  });

  it('keeps ids unique when two events share a quote start and date phrase: the shortest quote keeps the base id', () => {
    const state = runUntil('makeTitles');
    const first = state.candidates.find((c) => c.anchor.kind === 'reported');
    if (!first) throw new Error('seed has a reported candidate');
    const longer = { ...first, quote: { ...first.quote, end: first.quote.end + 5 } };
    const { candidates, trace } = assignIds.run({ ...state, candidates: [longer, first, first] });
    const base = `000_5b3e6957073e45ff-${first.quote.start}-r`;
    expect(candidates.map((c) => c.id)).toEqual([`${base}.${first.quote.end + 5}`, base]);
    expect(trace.map((t) => t.message()).filter((m) => m.includes('dropped'))).toHaveLength(1);
  });

  it('tells two dated events with the same quote apart by their date phrase end', () => {
    const state = runUntil('makeTitles');
    const dated = state.candidates.find((c) => c.anchor.kind !== 'reported');
    if (!dated || dated.anchor.kind === 'reported') throw new Error('seed has a dated candidate');
    const wider = { ...dated, anchor: { ...dated.anchor, mention: { ...dated.anchor.mention, end: dated.anchor.mention.end + 3 } } };
    const ids = assignIds.run({ ...state, candidates: [dated, wider] }).candidates.map((c) => c.id ?? '');
    expect(ids[1]).toBe(`${ids[0]}.${dated.quote.end}.${dated.anchor.mention.end + 3}`);
  });
});
