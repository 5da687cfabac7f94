import type { MessagePort } from 'node:worker_threads';
import { extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';
import { thisThread, threadCpuClock } from './thread-cpu-time.ts';

/**
 * The dev server's extraction worker (a piscina task): one file in, its `ExtractedFile` out. The pool
 * loads it as the prebuilt bundle (src/cli/worker-bundle.ts), so a worker thread starts without a
 * TypeScript loader; extract-worker.mjs (the same task through tsx) is the fallback when esbuild
 * cannot build it. `extractFile` never throws, so a bad document comes back as a skipped file; a hang
 * is ended by the plugin, which aborts the task (piscina then ends this thread).
 *
 * `started` tells the plugin the moment this task begins to run, with this thread's id and CPU time
 * (src/cli/thread-cpu-time.ts), so its time limit counts the work, not the wait in the queue behind
 * other documents, the start of this thread or the other processes of a loaded machine. The pipeline's
 * own budget counts this thread's CPU time too.
 */
const cpuClock = threadCpuClock();

export default function extract({ file, started }: { file: CorpusFile; started?: MessagePort }): ExtractedFile {
  started?.postMessage({ thread: thisThread() });
  return extractFile(file, cpuClock ? { cpuClock } : {});
}
