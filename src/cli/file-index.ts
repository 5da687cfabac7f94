import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import { isSettled, SETTLE_MS, stampOf } from './file-stamp.mjs';
import type { DocumentsFolder, KnownFiles } from './read-documents.ts';

/**
 * The stat index of a documents folder, kept in the extraction cache's folder (as git keeps its index):
 * for each file of the last run, its stat stamp (file-stamp.mjs: size, mtime and ctime in nanoseconds,
 * inode, device) and the cache key of its bytes. A run that finds a file with the same stamp takes the
 * key without opening the file, so an unchanged archive of 10,000 documents costs 10,000 `lstat`s, not
 * 10,000 opens, reads and hashes. A file changed within a few seconds of being read is not recorded
 * (`isSettled`): the next run reads and hashes it again.
 *
 * One index per folder (by its path), rewritten only when something in it changed.
 */
interface Entry {
  stamp: string;
  key: string;
}

interface Stored {
  folder: string;
  files: Record<string, [stamp: string, key: string]>;
}

export class FileIndex implements KnownFiles {
  private constructor(
    private readonly file: string,
    private readonly folder: string,
    private readonly last: ReadonlyMap<string, Entry>,
    private readonly settleMs: number,
  ) {}

  /**
   * The index of `folder` (an absolute path) in `cacheDir`; empty when there is none or it cannot be read.
   * `settleMs`: how long before it was read a file must have last changed for its stamp to be kept
   * (tests, whose files are milliseconds old, pass a negative time).
   */
  static open(cacheDir: string, folder: string, { settleMs = SETTLE_MS }: { settleMs?: number } = {}): FileIndex {
    const file = join(cacheDir, 'folders', `${createHash('sha256').update(folder).digest('base64url').slice(0, 22)}.json`);
    const last = new Map<string, Entry>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.folder === folder) for (const [path, [stamp, key]] of Object.entries(stored.files)) last.set(path, { stamp, key });
    } catch {
      // No index yet, or a damaged one: every file is read.
    }
    return new FileIndex(file, folder, last, settleMs);
  }

  keyOf(path: string, stat: BigIntStats): string | undefined {
    const entry = this.last.get(path);
    return entry !== undefined && entry.stamp === stampOf(stat) ? entry.key : undefined;
  }

  /**
   * Records this run's files: the vouched ones as they were, the ones read with their stamp and the
   * key of the bytes read (`keys`, by path) when settled. Files no longer in the folder are dropped.
   */
  save(folder: DocumentsFolder, keys: ReadonlyMap<string, string>): void {
    const next = new Map<string, Entry>();
    for (const v of folder.vouched) {
      const entry = this.last.get(v.path);
      if (entry) next.set(v.path, entry);
    }
    for (const [path, { stat, readAt }] of folder.stamps) {
      const key = keys.get(path);
      if (key !== undefined && isSettled(stat, readAt, this.settleMs)) next.set(path, { stamp: stampOf(stat), key });
    }
    const same = next.size === this.last.size && [...next].every(([path, e]) => this.last.get(path)?.stamp === e.stamp && this.last.get(path)?.key === e.key);
    if (same) return;
    const stored: Stored = { folder: this.folder, files: Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, e]) => [path, [e.stamp, e.key]])) };
    mkdirSync(join(this.file, '..'), { recursive: true });
    const partial = `${this.file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify(stored));
    renameSync(partial, this.file);
  }
}
