import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { SEED_BYTES, SEED_PATH } from './fixtures/seed-fixture.ts';
import { assembleCorpus, extractCorpus, extractFile, extractionCut } from './index.ts';

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

  it('gives a file whose id is taken its file name as id, so adding x.md never takes over x.txt and its links', () => {
    const txt = { path: 'a.txt', bytes: utf8('date 2022-12-01 Troops withdrew on Monday.') };
    const md = { path: 'a.md', bytes: utf8('---\ndate: 2022-12-01\n---\nTroops withdrew on Monday.') };
    const alone = extractCorpus([txt]);
    const both = extractCorpus([md, txt]);
    expect(both.documents.map((d) => [d.id, d.path])).toEqual([['a', 'a.txt'], ['a.md', 'a.md']]);
    expect(both.warnings).toEqual([{ file: 'a.md', reason: 'document id "a" is taken by a.txt; this document\'s id is "a.md" (rename the file to choose one)' }]);
    expect(both.events.map((e) => e.id)).toEqual(expect.arrayContaining(alone.events.map((e) => e.id)));
    const renamed = both.events.filter((e) => e.sources[0]?.docId === 'a.md');
    expect(renamed.length).toBeGreaterThan(0);
    for (const e of renamed) expect(e.id.startsWith('a.md-')).toBe(true);
    expect(JSON.stringify(extractCorpus([txt, md]))).toBe(JSON.stringify(both));
    expect(parseCorpus(both).ok).toBe(true);
  });

  it('never lets a renamed file take an id a document has of its own', () => {
    const files = ['a.txt', 'a.md', 'a.md.txt'].map((path) => ({ path, bytes: utf8('date 2022-12-01 Troops withdrew on Monday.') }));
    expect(extractCorpus(files).documents.map((d) => [d.id, d.path])).toEqual([['a', 'a.txt'], ['a.md', 'a.md.txt'], ['a.md-2', 'a.md']]);
  });

  it('skips a document whose extraction throws, naming the stage, and extracts the rest', () => {
    const boom = { name: 'splitClauses', run: () => { throw new RangeError('not a calendar day: 10000-01-07'); } };
    const good = { path: 'good.txt', bytes: utf8('date 2022-12-01 Troops withdrew on Monday.') };
    const bad = extractFile({ path: 'bad.txt', bytes: utf8('date 2022-12-01 Troops withdrew.') }, { stages: [boom] });
    expect(bad).toEqual({ ok: false, path: 'bad.txt', reason: 'extraction failed in splitClauses: RangeError: not a calendar day: 10000-01-07', stage: 'splitClauses' });
    const corpus = assembleCorpus([bad, extractFile(good)]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    expect(corpus.warnings).toEqual([{ file: 'bad.txt', reason: 'extraction failed in splitClauses: RangeError: not a calendar day: 10000-01-07; skipped', stage: 'splitClauses' }]);
    expect(parseCorpus(corpus).ok).toBe(true);
  });

  it('skips a document over its time budget with a warning, and extracts only the start of an over-long text', () => {
    let clock = 0;
    const slow = extractFile({ path: 'slow.txt', bytes: utf8('date 2022-12-01 Troops withdrew on Monday.') }, { now: () => (clock += 20_000) });
    expect(slow).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction took over \d+ s \(stopped after \w+\)$/) });
    // With a CPU clock, wall time past the budget (a loaded machine) skips nothing; CPU time past it does.
    const bytes = utf8('date 2022-12-01 Troops withdrew on Monday.');
    let wall = 0;
    let cpu = 0;
    const waited = extractFile({ path: 'waited.txt', bytes }, { now: () => (wall += 20_000), cpuClock: () => (cpu += 1) });
    expect(waited).toMatchObject({ ok: true });
    const busy = extractFile({ path: 'busy.txt', bytes }, { now: () => (wall += 20_000), cpuClock: () => (cpu += 20_000) });
    expect(busy).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction took over \d+ s of CPU time \(stopped after \w+\)$/) });
    // A clock that cannot be read leaves wall time to decide.
    const unread = extractFile({ path: 'unread.txt', bytes }, { now: () => (wall += 20_000), cpuClock: () => Number.NaN });
    expect(unread).toMatchObject({ ok: false, reason: expect.stringMatching(/^extraction took over \d+ s \(stopped after \w+\)$/) });
    const long = extractFile({ path: 'long.txt', bytes: utf8(`date 2022-12-01 Troops withdrew on Monday.\n\n${'The talks went on. '.repeat(20)}`) }, { budget: { maxChars: 40, maxMs: 30_000 } });
    if (!long.ok) throw new Error(long.reason);
    expect(long.notes).toEqual([expect.stringMatching(/^the text is 407 characters long; only the first 26 give events/)]);
    expect(long.events.every((e) => (e.sources[0]?.quote.end ?? 0) <= 26)).toBe(true);
  });

  it('cuts an over-long text at a paragraph break, else a line, else a space, never inside a surrogate pair', () => {
    expect(extractionCut('aaaa bbbb\n\ncccc', 13)).toBe(9);
    expect(extractionCut('a'.repeat(10), 20)).toBe(10);
    expect(extractionCut(`${'a'.repeat(9)}😀`, 10)).toBe(9);
  });

  it('an empty folder is an empty corpus', () => {
    expect(extractCorpus([])).toEqual({ version: 2, documents: [], events: [], actors: [], warnings: [] });
  });
});
