import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCorpus, corpusPipeline, type CorpusFile } from '../extraction/index.ts';
import { synthesizeArticles } from '../synthetic/index.ts';
import { extractFiles } from './extract-archive.ts';
import { extractOne } from './extract-worker.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { FileSegmentMemo } from './segment-memo.ts';

const encoder = new TextEncoder();

/** Eight synthetic articles and three files that cannot be documents (small: the suite runs on loaded machines). */
function archive(): CorpusFile[] {
  const files = [...synthesizeArticles({ docs: 8, seed: 21 })].map((a) => ({ path: a.name, bytes: encoder.encode(a.content) }));
  files.push({ path: 'zz-no-date.txt', bytes: encoder.encode('Just text, no header.') });
  files.push({ path: 'zz-binary.txt', bytes: new Uint8Array([0, 1, 2, 3]) });
  files.push({ path: 'zz-bad-day.md', bytes: encoder.encode('---\ndate: 2023-02-30\n---\nBody.') });
  return files;
}

// Worker threads compile the whole pipeline before their first document: on a loaded two-core machine the
// cold run alone has taken over 30 s, so these tests get a wider limit (a bound, not a timing assertion).
describe('extractFiles and the extraction cache', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = archive();
  const reference = files.map(extractOne);

  it('returns exactly what extractFile returns, cold on workers and warm from the cache', async () => {
    const cold = await extractFiles(files, { workers: 2, cacheDir: join(dir, 'a'), minFilesForWorkers: 2 });
    expect(cold.cached).toBe(0);
    expect(cold.workers).toBe(2);
    expect(cold.results).toStrictEqual(reference);
    const warm = await extractFiles(files, { workers: 2, cacheDir: join(dir, 'a'), minFilesForWorkers: 2 });
    expect(warm.cached).toBe(files.length);
    expect(warm.workers).toBe(0);
    expect(warm.results).toStrictEqual(reference);
  });

  it('re-extracts only what changed: edited bytes, or the same bytes under another name', async () => {
    const edited = files.map((f, i) => (i === 5 ? { ...f, bytes: encoder.encode(new TextDecoder().decode(f.bytes).replace('.', '!')) } : i === 7 ? { ...f, path: `renamed-${f.path}` } : f));
    const run = await extractFiles(edited, { workers: 1, cacheDir: join(dir, 'a') });
    expect(run.cached).toBe(files.length - 2);
    expect(run.results).toStrictEqual(edited.map(extractOne));
  });

  it('the corpus made from the cache and the segment memo is the cold corpus, after an edit, an added and a removed document', async () => {
    const cacheDir = join(dir, 'corpus');
    const cold = (archive: CorpusFile[]) => assembleCorpus(archive.map(extractOne));
    const warm = async (archive: CorpusFile[]) => {
      const run = await extractFiles(archive, { workers: 1, cacheDir });
      const segmentMemo = FileSegmentMemo.open(cacheDir, 'test');
      const corpus = assembleCorpus(run.results, corpusPipeline({ segmentMemo }));
      segmentMemo.save();
      return { corpus, cached: run.cached };
    };
    expect((await warm(files)).corpus).toStrictEqual(cold(files));
    expect((await warm(files)).corpus).toStrictEqual(cold(files));
    // Edited: a sentence of one article moved into another (its reports join or leave happenings).
    const text = (f: CorpusFile): string => new TextDecoder().decode(f.bytes);
    const edited = files.map((f, i) => (i === 2 ? { ...f, bytes: encoder.encode(`${text(f)}\n${text(files[3] ?? f).split('\n').slice(-2).join('\n')}\n`) } : f));
    const afterEdit = await warm(edited);
    expect(afterEdit.cached).toBe(files.length - 1);
    expect(afterEdit.corpus).toStrictEqual(cold(edited));
    const more = [...synthesizeArticles({ docs: 3, seed: 22 })].map((a) => ({ path: `added-${a.name}`, bytes: encoder.encode(a.content) }));
    const added = [...edited, ...more];
    expect((await warm(added)).corpus).toStrictEqual(cold(added));
    const removed = added.filter((_, i) => i !== 4);
    expect((await warm(removed)).corpus).toStrictEqual(cold(removed));
  });

  it('progress counts every file once; one thread gives the same results', async () => {
    const seen: number[] = [];
    const run = await extractFiles(files, { workers: 1, onProgress: (done) => seen.push(done) });
    expect(run.results).toStrictEqual(reference);
    expect(seen.at(-1)).toBe(files.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('forgets every record when the pipeline version changes', async () => {
    const path = join(dir, 'b');
    const first = ExtractionCache.open(path, 'v1');
    first.put('k', reference[0] ?? { ok: false, path: 'x', reason: 'y' });
    await first.flushed();
    expect(first.get('k')).toStrictEqual(reference[0]);
    await first.close();
    const same = ExtractionCache.open(path, 'v1');
    expect(same.get('k')).toStrictEqual(reference[0]);
    await same.close();
    const next = ExtractionCache.open(path, 'v2');
    expect(next.get('k')).toBeUndefined();
    await next.close();
  });
});
