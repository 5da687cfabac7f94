import { resolve } from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import type { ExtractedFile } from '../extraction/index.ts';

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
 * of the new version (`clearStale`), so the store never mixes versions. The keys and the version are
 * made in cache-keys.ts (without lmdb, which a run whose corpus is unchanged never loads).
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
