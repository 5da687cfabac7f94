import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { assembleCorpus, extractFile } from '../extraction/index.ts';
import { synthesizeArticles } from '../synthetic/index.ts';
import { cacheKey } from './cache-keys.ts';
import { main } from './extract.ts';
import { FileIndex } from './file-index.ts';
import { readDocumentsFolder } from './read-documents.ts';
import { captureCommand } from './run-main.ts';

/**
 * Runs the real command in-process (`npm run extract` runs the same `main` through tsx and `runMain`): a child
 * process per case cost seconds of tsx start-up each and timed out on loaded machines.
 */
function extract(args: string[], env: Record<string, string> = {}) {
  const cache = args.includes('--cache') || args.includes('--no-cache') || args.includes('--schema') || args[0] === 'merge' ? [] : ['--no-cache'];
  return captureCommand(main, [...args, ...cache], { env: { ...process.env, SOURCELINE_SEEDS: '', ...env } });
}

describe('npm run extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the seed corpus to stdout and a summary to stderr', async () => {
    const r = await extract([]);
    expect(r.code).toBe(0);
    const parsed = parseCorpus(JSON.parse(r.stdout));
    expect(parsed.ok).toBe(true);
    expect(r.stderr).toMatch(/^extraction: 1 file in [\d.]+ s \([\d,]+ documents\/s; 0 from the cache, 1 extracted; CPU [\d.]+ s, [\d,]+ documents per CPU-second, load [\d.]+; peak memory \d+ MB\)\nextracted 1 document with \d+ events from 1 file; 0 skipped, 0 notes on kept documents\n$/);
  });

  it('reads SOURCELINE_SEEDS, writes --out, warns per bad file and fails only with --strict', async () => {
    writeFileSync(join(dir, 'good.txt'), 'date 2022-12-20 The council signed the water agreement on December 5, 2022.');
    writeFileSync(join(dir, 'bad.txt'), 'date 2022-02-30 Nothing.');
    writeFileSync(join(dir, 'notes.json'), '{}');
    const out = join(dir, 'out', 'corpus.json');
    const lenient = await extract(['--out', out], { SOURCELINE_SEEDS: dir });
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('notes.json: not a .txt or .md file; ignored');
    expect(lenient.stderr).toContain('bad.txt: date header 2022-02-30 is not a real calendar day; skipped');
    // Skipped files and notes on kept documents are counted apart ("1 skipped, 2 warnings" mixed them).
    writeFileSync(join(dir, 'noted.md'), '---\ndate: 2022-12-21\nsource: javascript:alert(1)\n---\nThe council met on December 6, 2022.\n');
    const counted = await extract(['--out', join(dir, 'out', 'counted.json')], { SOURCELINE_SEEDS: dir });
    expect(counted.stderr).toContain('noted.md: front matter `source` is not an http(s) URL; ignored');
    expect(counted.stderr).toMatch(
      /\nextracted 2 documents with \d+ events from 3 files; 1 skipped \(the reason of each in its warning above\), 1 note on kept documents -> \S+counted\.json\n$/,
    );
    rmSync(join(dir, 'noted.md'));
    const corpus = JSON.parse(readFileSync(out, 'utf8')) as { documents: Array<{ id: string }> };
    expect(corpus.documents.map((d) => d.id)).toEqual(['good']);
    expect((await extract(['--strict', '--out', '-'], { SOURCELINE_SEEDS: dir })).code).toBe(1);
  });

  it('skips a document that breaks the pipeline with a warning naming file and stage, keeps the rest, and --strict fails', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'sourceline-extract-crash-'));
    try {
      writeFileSync(join(folder, 'good.txt'), 'date 2022-12-20 The council signed the water agreement on December 5, 2022.');
      // Was `RangeError: Invalid time value` from the tagger; now an undated mention.
      writeFileSync(join(folder, 'far.txt'), 'date 9999-12-31 The council will meet in January. It rained 99999999 days later.');
      const r = await extract(['--out', join(folder, 'c.json')], { SOURCELINE_SEEDS: folder });
      expect(r.code).toBe(0);
      const corpus = JSON.parse(readFileSync(join(folder, 'c.json'), 'utf8')) as { documents: Array<{ id: string; path: string }> };
      expect(corpus.documents.map((d) => [d.id, d.path])).toEqual([['far', 'far.txt'], ['good', 'good.txt']]);
      for (const line of r.stderr.trim().split('\n')) expect(line).not.toMatch(/^\s+at /);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('prints the JSON Schema with --schema and rejects unknown flags', async () => {
    const schema = await extract(['--schema']);
    expect(schema.code).toBe(0);
    expect(schema.stdout).toBe(readFileSync('docs/corpus.schema.json', 'utf8'));
    const bad = await extract(['--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: npm run extract');
  });

  it('fails clearly on a missing folder', async () => {
    const r = await extract(['--seeds', join(dir, 'missing')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^extract: cannot read the documents folder .*missing: it does not exist\n$/);
  });

  it('writes one record per line, the same corpus the library assembles', async () => {
    const out = join(dir, 'lines.json');
    expect((await extract(['--out', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const corpus = JSON.parse(text) as { events: unknown[]; documents: unknown[] };
    expect(text.split('\n').length).toBeGreaterThanOrEqual(corpus.events.length + corpus.documents.length + 4);
    const library = assembleCorpus(readDocumentsFolder('seeds').files.map((f) => extractFile(f)));
    expect(corpus).toStrictEqual(JSON.parse(JSON.stringify(library)));
  });

  it('re-running on an unchanged folder gives the same corpus from the cache; an edit re-extracts only that file', async () => {
    const docs = join(dir, 'cached-archive');
    mkdirSync(docs);
    for (const a of synthesizeArticles({ docs: 12, seed: 8 })) writeFileSync(join(docs, a.name), a.content);
    const cache = join(dir, 'cache');
    const out = (n: number) => join(dir, `cached-${n}.json`);
    const first = await extract(['--seeds', docs, '--cache', cache, '--out', out(1)]);
    expect(first.stderr).toContain('0 from the cache, 12 extracted');
    const second = await extract(['--seeds', docs, '--cache', cache, '--out', out(2)]);
    expect(second.stderr).toContain('all unchanged since the last run');
    expect(second.stderr).toMatch(/extracted 12 documents with \d+ events from 12 files; 0 skipped, 0 notes on kept documents/);
    expect(readFileSync(out(2), 'utf8')).toBe(readFileSync(out(1), 'utf8'));
    const toStdout = await extract(['--seeds', docs, '--cache', cache]);
    expect(toStdout.stdout).toBe(readFileSync(out(1), 'utf8'));
    const [name] = readdirSync(docs).sort();
    writeFileSync(join(docs, name ?? ''), `${readFileSync(join(docs, name ?? ''), 'utf8')}\nThe bridge opened on March 3, 2001.\n`);
    const third = await extract(['--seeds', docs, '--cache', cache, '--out', out(3)]);
    expect(third.stderr).toContain('11 from the cache, 1 extracted');
    const cold = await extract(['--seeds', docs, '--out', out(4)]);
    expect(cold.code).toBe(0);
    expect(readFileSync(out(3), 'utf8')).toBe(readFileSync(out(4), 'utf8'));
    // A new broken link changes the input: the memo of the last run must not hide its warning.
    symlinkSync(join(docs, 'nowhere.txt'), join(docs, 'zz-broken.txt'));
    const broken = await extract(['--seeds', docs, '--cache', cache, '--out', out(5)]);
    expect(broken.stderr).not.toContain('all unchanged since the last run');
    expect(broken.stderr).toMatch(/warning: zz-broken\.txt: .*; skipped\n/);
    expect(broken.stderr).toMatch(/extracted 12 documents with \d+ events from 13 files; 1 skipped/);
    const again = await extract(['--seeds', docs, '--cache', cache, '--out', out(6)]);
    expect(again.stderr).toContain('all unchanged since the last run');
    expect(again.stderr).toMatch(/extracted 12 documents with \d+ events from 13 files; 1 skipped/);
  });

  it('with a stat index that vouches for the files: unchanged gives the last corpus, an edit or a removal reads the rest after all', async () => {
    const docs = join(dir, 'indexed-archive');
    mkdirSync(docs);
    for (const a of synthesizeArticles({ docs: 6, seed: 9 })) writeFileSync(join(docs, a.name), a.content);
    const cache = join(dir, 'indexed-cache');
    const out = (n: number) => join(dir, `indexed-${n}.json`);
    expect((await extract(['--seeds', docs, '--cache', cache, '--out', out(1)])).code).toBe(0);
    // The command trusts no stamp of a file changed seconds before it was read (these are milliseconds
    // old): the index is written here as a run would write it once the files have settled.
    const trust = (): void => {
      const folder = readDocumentsFolder(docs);
      FileIndex.open(cache, docs, { settleMs: -60_000 }).save(folder, new Map(folder.files.map((f) => [f.path, cacheKey(f)])));
    };
    trust();
    const second = await extract(['--seeds', docs, '--cache', cache, '--out', out(2)]);
    expect(second.stderr).toContain('all unchanged since the last run');
    expect(readFileSync(out(2), 'utf8')).toBe(readFileSync(out(1), 'utf8'));
    const [first, , third] = readdirSync(docs).sort();
    writeFileSync(join(docs, first ?? ''), `${readFileSync(join(docs, first ?? ''), 'utf8')}\nThe bridge opened on March 3, 2001.\n`);
    const edited = await extract(['--seeds', docs, '--cache', cache, '--out', out(3)]);
    expect(edited.stderr).toContain('5 from the cache, 1 extracted');
    expect((await extract(['--seeds', docs, '--out', out(4)])).code).toBe(0);
    expect(readFileSync(out(3), 'utf8')).toBe(readFileSync(out(4), 'utf8'));
    trust();
    rmSync(join(docs, third ?? ''));
    const removed = await extract(['--seeds', docs, '--cache', cache, '--out', out(5)]);
    expect(removed.stderr).toContain('5 from the cache, 0 extracted');
    expect((await extract(['--seeds', docs, '--out', out(6)])).code).toBe(0);
    expect(readFileSync(out(5), 'utf8')).toBe(readFileSync(out(6), 'utf8'));
  });

  describe('--shard I/N and merge', () => {
    const docs = join(dir, 'archive');
    mkdirSync(docs);
    for (const a of synthesizeArticles({ docs: 16, seed: 4 })) writeFileSync(join(docs, a.name), a.content);
    writeFileSync(join(docs, 'broken.txt'), 'no date header here');

    it('merging all shards gives byte for byte the corpus of one whole run', async () => {
      const whole = join(dir, 'whole.json');
      expect((await extract(['--seeds', docs, '--out', whole])).code).toBe(0);
      const parts: string[] = [];
      let documents = 0;
      for (let i = 1; i <= 3; i++) {
        const part = join(dir, `part-${i}.jsonl`);
        const r = await extract(['--seeds', docs, '--shard', `${i}/3`, '--out', part]);
        expect(r.code).toBe(0);
        documents += Number(/extracted shard \d\/3: (\d+) documents?/.exec(r.stderr)?.[1] ?? NaN);
        parts.push(part);
      }
      expect(documents).toBe(16);
      const merged = join(dir, 'merged.json');
      const r = await extract(['merge', ...parts, '--out', merged]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toContain('broken.txt: no `date YYYY-MM-DD` header');
      expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
    });

    it('refuses a missing, repeated or foreign part', async () => {
      const p = (i: number) => join(dir, `part-${i}.jsonl`);
      expect((await extract(['merge', p(1), p(3)])).stderr).toContain('missing shard 2/3');
      expect((await extract(['merge', p(1), p(2), p(2), p(3)])).stderr).toMatch(/shard 2\/3 is given twice/);
      expect((await extract(['merge', p(1), join(dir, 'whole.json')])).stderr).toContain('not a shard written by');
      writeFileSync(join(dir, 'cut.jsonl'), readFileSync(p(1), 'utf8').split('\n').slice(0, 2).join('\n'));
      expect((await extract(['merge', join(dir, 'cut.jsonl'), p(2), p(3)])).stderr).toMatch(/a truncated file\?/);
      expect((await extract(['merge'])).code).toBe(2);
      expect((await extract(['--shard', '4/3'])).stderr).toContain('--shard must be I/N');
    });
  });
});
