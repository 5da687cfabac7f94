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

  it('throws when two events would share an id', () => {
    const state = runUntil('makeTitles');
    const first = state.candidates[0];
    if (!first) throw new Error('seed has candidates');
    expect(() => assignIds.run({ ...state, candidates: [first, first] })).toThrow(/share id/);
  });
});
