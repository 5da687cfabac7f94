// The dev server's extraction worker when its prebuilt bundle (dev-extract-worker.ts through
// worker-bundle.ts) cannot be built: one file in, its `ExtractedFile` out. Plain JavaScript that loads
// the TypeScript pipeline through tsx, since worker threads do not inherit the loader Vite used for its config. `extractFile` never throws, so a bad document comes back as a
// skipped file; a hang is ended by the plugin, which aborts the task (piscina then ends this thread).
import { tsImport } from 'tsx/esm/api';

const { extractFile } = await tsImport('../extraction/index.ts', import.meta.url);
const { thisThread, threadCpuClock } = await tsImport('./thread-cpu-time.ts', import.meta.url);
const cpuClock = threadCpuClock();

/**
 * `started` tells the plugin the moment this task begins to run, with this thread's id and CPU time, so
 * its time limit counts the work, not the wait in the queue behind other documents, the start of this
 * thread or the other processes of a loaded machine (see dev-extract-worker.ts).
 * @param {{ file: { path: string, bytes: Uint8Array }, started?: import('node:worker_threads').MessagePort }} task
 */
export default function extract({ file, started }) {
  started?.postMessage({ thread: thisThread() });
  return extractFile(file, cpuClock ? { cpuClock } : {});
}
