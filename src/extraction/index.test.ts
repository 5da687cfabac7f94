import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { SEED_BYTES, SEED_PATH } from './fixtures/seed-fixture.ts';
import { extractCorpus } from './index.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('extractCorpus', () => {
  const seedCorpus = extractCorpus([{ path: SEED_PATH, bytes: SEED_BYTES }]);

  it('the whole seed corpus passes parseCorpus', () => {
    const parsed = parseCorpus(JSON.parse(JSON.stringify(seedCorpus)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(seedCorpus.documents).toHaveLength(1);
    expect(seedCorpus.warnings).toEqual([]);
    expect(seedCorpus.events.length).toBeGreaterThanOrEqual(9);
  });

  it('is deterministic: same files in any order give the same corpus, sorted', () => {
    const other = { path: 'seeds/zz.txt', bytes: utf8('date 2022-12-20 The council signed the water agreement on December 5, 2022.') };
    const a = extractCorpus([{ path: SEED_PATH, bytes: SEED_BYTES }, other]);
    const b = extractCorpus([other, { path: SEED_PATH, bytes: SEED_BYTES }]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.documents.map((d) => d.id)).toEqual(['000_5b3e6957073e45ff', 'zz']);
    const keys = a.events.map((e) => `${e.start} ${e.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('keeps event ids when another document is added', () => {
    const before = seedCorpus.events.map((e) => e.id);
    const after = extractCorpus([{ path: SEED_PATH, bytes: SEED_BYTES }, { path: 'seeds/a.txt', bytes: utf8('date 2022-12-01 Troops withdrew.') }]);
    expect(after.events.map((e) => e.id)).toEqual(expect.arrayContaining(before));
  });

  it('skips bad files with a warning naming file and reason, and extracts the rest', () => {
    const corpus = extractCorpus([
      { path: SEED_PATH, bytes: SEED_BYTES },
      { path: 'seeds/no-header.txt', bytes: utf8('The council met.') },
      { path: 'seeds/bad-date.txt', bytes: utf8('date 2022-02-30 The council met.') },
      { path: 'seeds/empty.txt', bytes: new Uint8Array() },
      { path: 'seeds/binary.txt', bytes: new Uint8Array([0, 159, 146, 150]) },
      { path: 'seeds/latin1.txt', bytes: new Uint8Array([...utf8('date 2022-12-24 Caf'), 0xe9]) },
      { path: 'seeds/note.md', bytes: utf8('---\ntitle: Note\ndate: 2022-12-21\n---\nThe pier reopened on December 18, 2022.') },
    ]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['000_5b3e6957073e45ff', 'note']);
    expect(corpus.warnings).toEqual([
      { file: 'seeds/bad-date.txt', reason: 'date header 2022-02-30 is not a real calendar day; skipped' },
      { file: 'seeds/binary.txt', reason: 'binary file (contains NUL bytes), not a text document; skipped' },
      { file: 'seeds/empty.txt', reason: 'empty file; skipped' },
      { file: 'seeds/latin1.txt', reason: 'not valid UTF-8 text (save the file as UTF-8); skipped' },
      { file: 'seeds/no-header.txt', reason: 'no `date YYYY-MM-DD` header at the start (and no YAML front matter with a date); skipped' },
    ]);
    expect(corpus.events.some((e) => e.sources[0]?.docId === 'note' && e.start === '2022-12-18' && e.precision === 'day')).toBe(true);
    expect(parseCorpus(corpus).ok).toBe(true);
  });

  it('skips a second file with the same document id', () => {
    const corpus = extractCorpus([
      { path: 'seeds/a.txt', bytes: utf8('date 2022-12-01 Troops withdrew.') },
      { path: 'seeds/a.md', bytes: utf8('---\ndate: 2022-12-01\n---\nTroops withdrew.') },
    ]);
    expect(corpus.documents.map((d) => d.path)).toEqual(['seeds/a.md']);
    expect(corpus.warnings).toEqual([{ file: 'seeds/a.txt', reason: 'same document id as seeds/a.md (ids are file names without extension); skipped' }]);
  });

  it('an empty folder is an empty corpus', () => {
    expect(extractCorpus([])).toEqual({ version: 2, documents: [], events: [], actors: [], warnings: [] });
  });
});
