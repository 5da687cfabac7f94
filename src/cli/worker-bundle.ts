import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * The extraction workers' code as one prebuilt ES module. A worker started on the TypeScript
 * sources loads tsx and compiles or reads from its cache every module of the pipeline, and imports
 * date-fns through its 300-module barrel: about a second of CPU per worker before the first
 * document. One esbuild pass on the main thread (tens of milliseconds) replaces that, with only
 * what the pipeline uses of each package. The file is named by the hash of its contents, under
 * node_modules/.cache (so the two packages left outside it, lmdb's native code and piscina, resolve
 * from there), and written only when it is new.
 */

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const BUNDLE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/sourceline/workers');

/** Packages the bundle imports at run time instead of holding: native code, and the pool's own worker side. */
const EXTERNAL = ['lmdb', 'piscina'];

const built = new Map<string, Promise<string | undefined>>();

/**
 * A file URL of `entry` (a module under src/) bundled with what it imports, or undefined when it
 * cannot be built here (no esbuild): callers then start workers on the TypeScript sources.
 */
export function workerBundle(entry: string): Promise<string | undefined> {
  let url = built.get(entry);
  if (!url) {
    url = bundle(entry).catch(() => undefined);
    built.set(entry, url);
  }
  return url;
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // ES builds of packages that ship both (date-fns: only the functions the pipeline calls).
    mainFields: ['module', 'main'],
    external: EXTERNAL,
    // CommonJS packages inside an ES module (yaml requires "process").
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild gave no output');
  const name = `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = join(BUNDLE_DIR, name);
  if (!existsSync(file)) {
    mkdirSync(BUNDLE_DIR, { recursive: true });
    // Written beside, then renamed: another run starting at the same moment never loads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return pathToFileURL(file).href;
}
