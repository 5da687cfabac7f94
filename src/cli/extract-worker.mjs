// The dev server's extraction worker when its prebuilt bundle (dev-extract-worker.ts through
// worker-bundle.ts) cannot be built: one file in, its `ExtractedFile` out. Plain JavaScript that loads
// the TypeScript pipeline through tsx, since worker threads do not inherit the loader Vite used for its config. `extractFile` never throws, so a bad document comes back as a
// skipped file; a hang is ended by the plugin, which aborts the task (piscina then ends this thread).
import { tsImport } from 'tsx/esm/api';

const { extractFile } = await tsImport('../extraction/index.ts', import.meta.url);

/**
 * `started` tells the plugin the moment this task begins to run, so its time limit counts the work, not
 * the wait in the queue behind other documents or the start of this thread.
 * @param {{ file: { path: string, bytes: Uint8Array }, started?: import('node:worker_threads').MessagePort }} task
 */
export default function extract({ file, started }) {
  started?.postMessage('started');
  return extractFile(file);
}
