import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import type { CorpusFile, ExtractedFile } from '../extraction/index.ts';

/**
 * The extraction cache: `ExtractedFile` records on disk, keyed by each file's path and bytes, valid
 * for one pipeline version. An unchanged archive re-extracts from it at the speed of reading
 * records; a changed one costs only the changed files. Stored in LMDB (the `lmdb` package: an
 * embedded, memory-mapped store that ships prebuilt binaries, so `npm ci` needs no compiler; reads
 * are zero-copy and several worker threads can write at once; classic-level was 2-3x slower to
 * read and write the same records here). Records are stored as JSON text: V8's JSON.parse reads
 * them faster than lmdb's default MessagePack decoder, which runs in plain JavaScript when its
 * native add-on is not built (npm here runs no install scripts).
 *
 * The key includes the path because a record does: the document id and every event id come from
 * the file name. Records of another pipeline version are dropped when the cache is opened by a run
 * of the new version (`clearStale`), so the store never mixes versions.
 */
/** Where the pipeline version is kept; record keys are base64url hashes, which never start with ':'. */
const PIPELINE_KEY = ':pipeline';

export class ExtractionCache {
  private constructor(
    private readonly db: RootDatabase<string, string>,
    /** Keys read or written in this run, for `prune`. */
    private readonly used = new Set<string>(),
  ) {}

  static open(dir: string, pipeline: string, { clearStale = true }: { clearStale?: boolean } = {}): ExtractionCache {
    const db = open<string, string>({ path: resolve(dir), encoding: 'string', compression: false });
    if (clearStale && db.get(PIPELINE_KEY) !== pipeline) {
      db.clearSync();
      db.putSync(PIPELINE_KEY, pipeline);
    }
    return new ExtractionCache(db);
  }

  get(key: string): ExtractedFile | undefined {
    this.used.add(key);
    const value = this.db.get(key);
    return value === undefined ? undefined : (JSON.parse(value) as ExtractedFile);
  }

  put(key: string, value: ExtractedFile): void {
    this.used.add(key);
    void this.db.put(key, JSON.stringify(value));
  }

  /** Resolves when every `put` so far is on disk. */
  async flushed(): Promise<void> {
    await this.db.flushed;
  }

  /** Drops records no file of this run used, when they outnumber the used ones (files removed or renamed). */
  async prune(): Promise<number> {
    let stale = 0;
    const isStale = (key: string): boolean => key !== PIPELINE_KEY && !this.used.has(key);
    for (const key of this.db.getKeys()) if (isStale(key)) stale++;
    if (stale <= this.used.size) return 0;
    await this.db.transaction(() => {
      for (const key of this.db.getKeys()) if (isStale(key)) void this.db.remove(key);
    });
    return stale;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** A file's cache key: a hash of its path and bytes. */
export function cacheKey(file: CorpusFile): string {
  return createHash('sha256').update(file.path).update('\0').update(file.bytes).digest('base64url');
}

/**
 * The pipeline version: a hash of every source file extraction runs (src/extraction, src/domain;
 * not tests) and of the lockfile (the libraries it uses, like the YAML parser). Any change to the
 * code that makes a record changes it, with no version number to forget to bump.
 */
export function pipelineVersion(root = resolve(import.meta.dirname, '../..')): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        hash.update(full.slice(root.length)).update('\0').update(readFileSync(full)).update('\0');
      }
    }
  };
  walk(join(root, 'src/extraction'));
  walk(join(root, 'src/domain'));
  const lock = join(root, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : readFileSync(join(root, 'package.json')));
  return hash.digest('base64url').slice(0, 16);
}
