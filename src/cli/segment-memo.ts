import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentMemo } from '../extraction/index.ts';

/**
 * The merge stage's segment memo (src/extraction/corpus/merge-across-articles.ts) on disk: one JSON
 * file beside the extraction cache, valid for one pipeline version, holding the clusters of the
 * segments the last run used (about 1 MB for 10,000 documents). Digests are sha256 of the segment's
 * reports. Written whole through a rename, so a run that stops half way leaves the previous file.
 */
interface Stored {
  pipeline: string;
  segments: Record<string, ReadonlyArray<readonly number[]>>;
}

export class FileSegmentMemo implements SegmentMemo {
  private readonly used = new Map<string, ReadonlyArray<readonly number[]>>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly pipeline: string,
    private readonly last: ReadonlyMap<string, ReadonlyArray<readonly number[]>>,
  ) {}

  static open(cacheDir: string, pipeline: string): FileSegmentMemo {
    const file = join(cacheDir, 'merge-segments.json');
    const last = new Map<string, ReadonlyArray<readonly number[]>>();
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
      if (stored.pipeline === pipeline) for (const [digest, clusters] of Object.entries(stored.segments)) last.set(digest, clusters);
    } catch {
      // None yet, or damaged: every segment is clustered.
    }
    return new FileSegmentMemo(file, pipeline, last);
  }

  digest(text: string): string {
    return createHash('sha256').update(text).digest('base64url');
  }

  get(digest: string): ReadonlyArray<readonly number[]> | undefined {
    const clusters = this.last.get(digest);
    if (clusters) this.used.set(digest, clusters);
    return clusters;
  }

  set(digest: string, clusters: ReadonlyArray<readonly number[]>): void {
    this.used.set(digest, clusters);
    this.changed = true;
  }

  /** Keeps the segments this run used (those of other archives or older versions are dropped). */
  save(): void {
    if (!this.changed && this.used.size === this.last.size) return;
    mkdirSync(join(this.file, '..'), { recursive: true });
    const partial = `${this.file}.${process.pid}.partial`;
    writeFileSync(partial, JSON.stringify({ pipeline: this.pipeline, segments: Object.fromEntries(this.used) } satisfies Stored));
    renameSync(partial, this.file);
  }
}
