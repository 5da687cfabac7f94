import type { ExtractedFile } from '../extraction/index.ts';

/**
 * `npm run extract -- --shard I/N` writes one part of the map: the `ExtractedFile` of each document
 * in shard I of N, as JSON Lines after a header line; `npm run extract -- merge PARTS...` checks that
 * the parts are all N shards of one pipeline version and runs the reduce (`assembleCorpus`). Any
 * batch runner (a CI matrix, a cluster job array) can run the shards anywhere and merge where it
 * likes: a part is plain text.
 */
export interface ShardHeader {
  sourceline: 'extract-shard';
  /** Format of this file. */
  format: 1;
  /** 1-based shard number and count. */
  shard: number;
  of: number;
  /** `pipelineVersion()` of the run that wrote it: shards of different code must not be merged. */
  pipeline: string;
  /** Documents in this shard. */
  files: number;
}

export interface ShardSpec {
  shard: number;
  of: number;
}

/** Parses `I/N` (1 <= I <= N). */
export function parseShard(text: string): ShardSpec | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const shard = Number(m[1]);
  const of = Number(m[2]);
  return shard >= 1 && of >= 1 && shard <= of && of <= 100_000 ? { shard, of } : undefined;
}

/**
 * Which shard a file belongs to: by a hash of its path, not its position in the folder, so adding
 * or removing files moves no other file to another shard (a batch runner's per-shard caches stay warm).
 */
export function shardOf(path: string, of: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % of) + 1;
}

export function shardHeaderLine(header: Omit<ShardHeader, 'sourceline' | 'format'>): string {
  const full: ShardHeader = { sourceline: 'extract-shard', format: 1, ...header };
  return `${JSON.stringify(full)}\n`;
}

export type ParsedPart = { ok: true; header: ShardHeader; records: ExtractedFile[] } | { ok: false; reason: string };

/** One part file's lines -> its header and records, or what is wrong with it. Lines stream in, so a big part is never one string. */
export async function parsePart(lines: AsyncIterable<string> | Iterable<string>): Promise<ParsedPart> {
  let header: ShardHeader | undefined;
  const records: ExtractedFile[] = [];
  let n = 0;
  for await (const line of lines) {
    n++;
    if (header === undefined) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { ok: false, reason: 'not a shard written by `npm run extract -- --shard I/N` (no header line)' };
      }
      if (!isHeader(value)) return { ok: false, reason: 'not a shard written by `npm run extract -- --shard I/N` (unknown header)' };
      header = value;
      continue;
    }
    if (line === '') continue;
    try {
      records.push(JSON.parse(line) as ExtractedFile);
    } catch {
      return { ok: false, reason: `line ${n} is not JSON (a truncated file?)` };
    }
  }
  if (header === undefined) return { ok: false, reason: 'empty (not a shard written by `npm run extract -- --shard I/N`)' };
  if (records.length !== header.files) return { ok: false, reason: `holds ${records.length} documents, its header says ${header.files} (a truncated file?)` };
  return { ok: true, header, records };
}

function isHeader(value: unknown): value is ShardHeader {
  if (value === null || typeof value !== 'object') return false;
  const h = value as Record<string, unknown>;
  return h['sourceline'] === 'extract-shard' && h['format'] === 1 && typeof h['shard'] === 'number' && typeof h['of'] === 'number' && typeof h['pipeline'] === 'string' && typeof h['files'] === 'number';
}

/** What is wrong with a set of parts as one archive (missing, repeated or mixed shards), or undefined. */
export function checkParts(headers: ReadonlyArray<{ name: string; header: ShardHeader }>): string | undefined {
  const first = headers[0];
  if (!first) return 'no parts given';
  const counts = new Set(headers.map((h) => h.header.of));
  if (counts.size > 1) return `the parts split the archive differently (${[...counts].map((n) => `into ${n}`).join(', ')})`;
  const versions = new Set(headers.map((h) => h.header.pipeline));
  if (versions.size > 1) return 'the parts come from different versions of the pipeline; extract every shard with the same code';
  const seen = new Map<number, string>();
  for (const { name, header } of headers) {
    const before = seen.get(header.shard);
    if (before !== undefined) return `shard ${header.shard}/${header.of} is given twice (${before} and ${name})`;
    seen.set(header.shard, name);
  }
  const missing: number[] = [];
  for (let i = 1; i <= first.header.of; i++) if (!seen.has(i)) missing.push(i);
  if (missing.length > 0) return `missing ${missing.length === 1 ? 'shard' : 'shards'} ${missing.slice(0, 10).map((i) => `${i}/${first.header.of}`).join(', ')}${missing.length > 10 ? ', …' : ''}`;
  return undefined;
}
