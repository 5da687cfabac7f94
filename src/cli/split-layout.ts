import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE } from '../domain/corpus-contract.ts';
import type { Corpus } from '../domain/corpus.ts';
import { splitCorpus, SPLIT_LAYOUT, SPLIT_VERSION, type SplitManifest } from '../domain/corpus-split.ts';

/** The folder of the split layout's content-hashed files, next to `corpus.json`. */
export const SPLIT_DIR = 'corpus';

/**
 * From this many events up, the build writes the split layout (src/domain/corpus-split.ts) instead of
 * one `corpus.json`: below it one file is as fast and simpler to host; `SOURCELINE_LAYOUT=split` or
 * `=whole` overrides.
 */
export const SPLIT_FROM_EVENTS = 5_000;

export function layoutFor(corpus: Corpus, env: string | undefined = process.env['SOURCELINE_LAYOUT']): 'split' | 'whole' {
  if (env === 'split' || env === 'whole') return env;
  return corpus.events.length >= SPLIT_FROM_EVENTS ? 'split' : 'whole';
}

/** The files of the split layout, by path relative to the site root: `corpus.json` (the manifest) and `corpus/…`. */
export function splitFiles(corpus: Corpus): Map<string, string> {
  const { index, shards } = splitCorpus(corpus);
  const files = new Map<string, string>();
  const named = (stem: string, json: string): string => {
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
    const name = `${SPLIT_DIR}/${stem}.${hash}.json`;
    files.set(name, json);
    return name;
  };
  const shardNames = shards.map((shard, i) => named(`documents-${String(i).padStart(3, '0')}`, JSON.stringify(shard)));
  const manifest: SplitManifest = {
    sourceline: SPLIT_LAYOUT,
    version: SPLIT_VERSION,
    events: corpus.events.length,
    documents: corpus.documents.length,
    index: named('index', JSON.stringify(index)),
    shards: shardNames,
  };
  files.set(CORPUS_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  return files;
}

/**
 * Writes the split layout into `dir` (a site root): `corpus.json` and `corpus/`, whose earlier files
 * are removed first, so only the current shards are served.
 */
export function writeSplitLayout(corpus: Corpus, dir: string): { files: number; bytes: number; indexBytes: number } {
  rmSync(join(dir, SPLIT_DIR), { recursive: true, force: true });
  mkdirSync(join(dir, SPLIT_DIR), { recursive: true });
  let bytes = 0;
  let indexBytes = 0;
  const files = splitFiles(corpus);
  for (const [name, content] of files) {
    writeFileSync(join(dir, name), content);
    const size = Buffer.byteLength(content);
    bytes += size;
    if (name.startsWith(`${SPLIT_DIR}/index.`)) indexBytes = size;
  }
  return { files: files.size, bytes, indexBytes };
}

/** Names in `dir/corpus/` (for tests and the build's log). */
export function splitFileNames(dir: string): string[] {
  return readdirSync(join(dir, SPLIT_DIR)).sort();
}
