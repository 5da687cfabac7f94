import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CorpusFile, ExtractedFile } from '../extraction/index.ts';
import { extractOne, type ExtractTask, type WorkerSetup } from './extract-worker.ts';
import { cacheKey, pipelineVersion } from './cache-keys.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { workerBundle } from './worker-bundle.ts';

export interface ExtractFilesOptions {
  /** Worker threads; default one per core. 1 extracts on the calling thread. */
  workers?: number;
  /** The extraction cache's folder; none: no cache. */
  cacheDir?: string;
  /** The files' cache keys when the caller has them already (`cacheKey` of each). */
  keys?: readonly string[];
  /** Called as files are done (from the cache or extracted). */
  onProgress?: (done: number, total: number) => void;
  /** Fewer files to extract than this are done on this thread (default 48: below it, starting workers costs more than it saves). */
  minFilesForWorkers?: number;
}

export interface ExtractFilesResult {
  /** One per file, in the order of the files. */
  results: ExtractedFile[];
  /** How many came from the cache. */
  cached: number;
  /** Worker threads used (0: extracted on this thread, or nothing to extract). */
  workers: number;
}

const MIN_FILES_FOR_WORKERS = 48;

/**
 * The map of `npm run extract`: every file's `ExtractedFile`, from the cache when its bytes (and
 * the pipeline) are unchanged, else extracted on a piscina pool of worker threads, which also write
 * what they extract into the cache. Results are exactly what `extractFile` returns for each file,
 * whichever path they took (the cache test checks it).
 */
export async function extractFiles(files: readonly CorpusFile[], options: ExtractFilesOptions = {}): Promise<ExtractFilesResult> {
  const total = files.length;
  const results: Array<ExtractedFile | undefined> = new Array<ExtractedFile | undefined>(total);
  const pipeline = options.cacheDir === undefined ? undefined : pipelineVersion();
  const cache = options.cacheDir === undefined || pipeline === undefined ? null : ExtractionCache.open(options.cacheDir, pipeline);
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(done, total);
  };
  try {
    const keys = cache ? (options.keys ? [...options.keys] : files.map(cacheKey)) : [];
    const pending: number[] = [];
    for (let i = 0; i < total; i++) {
      const key = keys[i];
      const hit = cache && key !== undefined ? cache.get(key) : undefined;
      if (hit) results[i] = hit;
      else pending.push(i);
    }
    const cached = total - pending.length;
    if (cached > 0) progress(cached);

    const wanted = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
    const minFiles = Math.max(1, options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS);
    let workers = 0;
    if (pending.length > 0 && (wanted === 1 || pending.length < minFiles)) {
      for (const i of pending) {
        const file = files[i];
        if (!file) continue;
        const result = extractOne(file);
        results[i] = result;
        const key = keys[i];
        if (cache && key !== undefined) cache.put(key, result);
        progress(1);
      }
    } else if (pending.length > 0) {
      workers = Math.min(wanted, Math.ceil(pending.length / minFiles));
      await extractOnPool(files, pending, keys, workers, { ...(cache ? { cacheDir: options.cacheDir, pipeline } : {}) }, (indexes, batch) => {
        indexes.forEach((i, j) => (results[i] = batch[j]));
        progress(indexes.length);
      });
    }
    if (cache) {
      await cache.flushed();
      await cache.prune();
    }
    const complete = results.map((r, i) => r ?? { ok: false as const, path: files[i]?.path ?? '?', reason: 'extraction failed (a bug): no result' });
    return { results: complete, cached, workers };
  } finally {
    await cache?.close();
  }
}

async function extractOnPool(
  files: readonly CorpusFile[],
  pending: number[],
  keys: string[],
  workers: number,
  setup: WorkerSetup,
  onBatch: (indexes: number[], results: ExtractedFile[]) => void,
): Promise<void> {
  // The workers load the prebuilt bundle of the worker module (no TypeScript loader); failing that,
  // the TypeScript sources: under tsx the loader flags are inherited, elsewhere (a test runner) added.
  const bundled = await workerBundle(fileURLToPath(new URL('./extract-worker.ts', import.meta.url)));
  const withoutTsx = process.execArgv.filter((a, i, all) => !a.includes('tsx') && !(a === '--import' && all[i + 1]?.includes('tsx')) && !(a === '--require' && all[i + 1]?.includes('tsx')));
  const execArgv = bundled ? withoutTsx : process.execArgv.some((a) => a.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
  const pool = new Piscina<ExtractTask, ExtractedFile[]>({
    filename: bundled ?? new URL('./extract-worker.ts', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 1000,
    execArgv,
    workerData: setup,
  });
  // Batches small enough to keep every worker busy to the end and the progress line moving,
  // large enough that task messages cost little next to extraction.
  const size = Math.max(8, Math.min(64, Math.ceil(pending.length / (workers * 16))));
  try {
    const tasks: Promise<void>[] = [];
    for (let start = 0; start < pending.length; start += size) {
      const indexes = pending.slice(start, start + size);
      const batch = indexes.flatMap((i) => (files[i] ? [files[i]] : []));
      const task: ExtractTask = setup.cacheDir === undefined ? { files: batch } : { files: batch, keys: indexes.map((i) => keys[i] ?? '') };
      tasks.push(pool.run(task).then((results) => onBatch(indexes, results)));
    }
    await Promise.all(tasks);
  } finally {
    await pool.destroy();
  }
}
