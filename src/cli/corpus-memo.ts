import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { CorpusWarning } from '../domain/corpus.ts';

/**
 * The last corpus a folder run wrote, kept beside the extraction cache with the key of its input
 * (the pipeline version and every file's cache key, in order). When a run's input has the same key,
 * its corpus is byte for byte that file: re-extracting an unchanged archive is a copy, not a
 * re-assembly. Any added, removed, renamed or edited file, or other code, changes the key; then the
 * per-document cache makes the run cost what changed plus the corpus-level reduce.
 */
export interface CorpusMemo {
  key: string;
  documents: number;
  events: number;
  warnings: CorpusWarning[];
}

const CORPUS = 'last-corpus.json';
const META = 'last-corpus.meta.json';

export function memoKey(pipeline: string, fileKeys: readonly string[]): string {
  const hash = createHash('sha256').update(pipeline);
  for (const key of fileKeys) hash.update('\n').update(key);
  return hash.digest('base64url');
}

/** The memo for `key`, when the last run had that input and its corpus file is still there. */
export function readMemo(cacheDir: string, key: string): (CorpusMemo & { file: string }) | undefined {
  const file = join(cacheDir, CORPUS);
  try {
    const meta = JSON.parse(readFileSync(join(cacheDir, META), 'utf8')) as CorpusMemo;
    return meta.key === key && existsSync(file) ? { ...meta, file } : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `written` (a corpus file just written) as the memo for `memo.key`; the meta goes last, so a half-written memo is never used. */
export function keepMemo(cacheDir: string, written: string, memo: CorpusMemo): void {
  const file = join(cacheDir, CORPUS);
  const temporary = `${file}.partial`;
  copyFileSync(written, temporary);
  renameSync(temporary, file);
  writeFileSync(join(cacheDir, META), JSON.stringify(memo));
}

/** Where a run that writes to stdout puts its corpus first, to keep it as the memo. */
export function memoScratch(cacheDir: string): string {
  return join(cacheDir, `${CORPUS}.out`);
}
