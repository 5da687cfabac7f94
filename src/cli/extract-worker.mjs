// The dev server's extraction worker (a piscina task): one file in, its `ExtractedFile` out. Plain
// JavaScript that loads the TypeScript pipeline through tsx, since worker threads do not inherit the
// loader Vite used for its config. `extractFile` never throws, so a bad document comes back as a
// skipped file; a hang is ended by the plugin, which aborts the task (piscina then ends this thread).
import { tsImport } from 'tsx/esm/api';

const { extractFile } = await tsImport('../extraction/index.ts', import.meta.url);

/** @param {{ path: string, bytes: Uint8Array }} file */
export default function extract(file) {
  return extractFile(file);
}
