import type { MessagePort } from 'node:worker_threads';
import { extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';

/**
 * The dev server's extraction worker (a piscina task): one file in, its `ExtractedFile` out. The pool
 * loads it as the prebuilt bundle (src/cli/worker-bundle.ts), so a worker thread starts without a
 * TypeScript loader; extract-worker.mjs (the same task through tsx) is the fallback when esbuild
 * cannot build it. `extractFile` never throws, so a bad document comes back as a skipped file; a hang
 * is ended by the plugin, which aborts the task (piscina then ends this thread).
 *
 * `started` tells the plugin the moment this task begins to run, so its time limit counts the work,
 * not the wait in the queue behind other documents or the start of this thread.
 */
export default function extract({ file, started }: { file: CorpusFile; started?: MessagePort }): ExtractedFile {
  started?.postMessage('started');
  return extractFile(file);
}
