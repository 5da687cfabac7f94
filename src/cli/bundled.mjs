// `node src/cli/bundled.mjs src/cli/extract.ts ARGS...`: runs a Node entry point of src/cli from one
// prebuilt ES module (node-bundle.mjs) instead of through tsx. Plain JavaScript, because it is what
// starts before any TypeScript can be read.
//
// Why: under tsx every run starts a loader thread that compiles (or reads from its cache) each of the
// ~200 modules of the command: 2.6-2.8 s of CPU, and 11-14 s of wall time at load 13, before
// `extract --help` prints anything. The bundle is rebuilt only when a file it was made of changed.
// When it cannot be built (no esbuild), the command runs through tsx as before, with a note.
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeBundle } from './node-bundle.mjs';

const [entryArg, ...args] = process.argv.slice(2);
if (entryArg === undefined) {
  process.stderr.write('usage: node src/cli/bundled.mjs src/cli/COMMAND.ts [ARGS...]\n');
  process.exitCode = 2;
} else {
  const entry = resolve(entryArg);
  let url;
  try {
    url = (await nodeBundle(entry)).url;
  } catch (error) {
    process.stderr.write(`note: running ${relative(process.cwd(), entry)} through tsx (no prebuilt bundle: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})\n`);
  }
  // The command sees itself as the script it was started as (`isEntryPoint`), with its own arguments.
  process.argv.splice(1, process.argv.length - 1, entry, ...args);
  if (url !== undefined) {
    await import(url);
  } else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport(pathToFileURL(entry).href, import.meta.url);
  }
}
