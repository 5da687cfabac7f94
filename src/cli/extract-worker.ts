import { workerData } from 'piscina';
import { extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';
import { ExtractionCache } from './extraction-cache.ts';
import { threadCpuClock } from './thread-cpu-time.ts';

/**
 * The piscina worker of `npm run extract`: extracts a batch of files and, when the run has a cache,
 * stores each result under its key (so encoding for the cache happens here, not on the main
 * thread). Batches, not single files, because a task message costs about as much as a small
 * document's extraction.
 */
export interface ExtractTask {
  files: CorpusFile[];
  /** Cache keys, one per file, when the run has a cache. */
  keys?: string[];
}

export interface WorkerSetup {
  cacheDir?: string;
  pipeline?: string;
}

let cache: ExtractionCache | null | undefined;

function cacheOf(setup: WorkerSetup | undefined): ExtractionCache | null {
  if (cache === undefined) {
    cache = setup?.cacheDir !== undefined && setup.pipeline !== undefined ? ExtractionCache.open(setup.cacheDir, setup.pipeline, { clearStale: false }) : null;
  }
  return cache;
}

/**
 * The calling thread's CPU clock (worker or main thread): the pipeline's 30 s budget counts this
 * document's own work, as in the dev server, so a loaded machine skips no normal document.
 */
const cpuClock = threadCpuClock();

/** One file's result; a throw is a bug in the pipeline, kept to this file (the rest go on). */
export function extractOne(file: CorpusFile): ExtractedFile {
  try {
    return extractFile(file, cpuClock ? { cpuClock } : {});
  } catch (error) {
    return { ok: false, path: file.path, reason: `extraction failed (a bug): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}

export default async function extractBatch(task: ExtractTask): Promise<ExtractedFile[]> {
  const store = task.keys ? cacheOf(workerData as WorkerSetup | undefined) : null;
  const results = task.files.map(extractOne);
  if (store && task.keys) {
    for (let i = 0; i < results.length; i++) {
      const key = task.keys[i];
      const result = results[i];
      if (key !== undefined && result !== undefined) store.put(key, result);
    }
    await store.flushed();
  }
  return results;
}
