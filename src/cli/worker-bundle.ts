import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
  } else {
    const now = new Date();
    utimesSync(file, now, now); // in use: not stale
  }
  removeStale(BUNDLE_DIR, name);
  return pathToFileURL(file).href;
}

/** A bundle (or a half-written one) not used for this long is from older code: removed. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Every edit of the pipeline gives a new bundle name, so old ones would pile up (one per code
 * version, ~0.5 MB each). Files of this entry other than `current` that no run has used for an hour
 * are removed: a run of other code started within the hour (another terminal) keeps its file.
 */
export function removeStale(dir: string, current: string, now = Date.now()): string[] {
  const stem = current.replace(/-[0-9a-f]{16}\.mjs$/, '');
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (name === current || !name.startsWith(`${stem}-`)) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs < STALE_MS) continue;
      rmSync(path, { force: true });
      removed.push(name);
    } catch {
      // Gone already (another run cleaned it): nothing to do.
    }
  }
  return removed;
}
