// Node bundles of src/cli modules: one ES module per entry point, built by esbuild when its sources
// changed and reused otherwise. Plain JavaScript, because bundled.mjs (the commands' launcher) uses it
// before any TypeScript can be read; worker-bundle.ts (the extraction workers) uses it too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI_BUNDLE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/sourceline/cli');
// This file's path, written out: in a bundle that holds it, import.meta is the entry's (below).
const OPTIONS_FILE = join(PROJECT_ROOT, 'src/cli/node-bundle.mjs');

/**
 * esbuild options shared by every Node bundle of src/cli (these commands, and the extraction workers of
 * worker-bundle.ts): ES builds of packages that ship both (date-fns: only the functions used), and
 * outside the bundle the packages that cannot be held by one (lmdb's native code, piscina's worker
 * side, esbuild's own binary), which resolve from node_modules/.cache/sourceline, where bundles live.
 */
const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  mainFields: ['module', 'main'],
  external: ['lmdb', 'piscina', 'esbuild'],
  // CommonJS packages inside an ES module (yaml requires "process").
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'silent',
};

/** The hash of the files a bundle was made of (paths relative to `root`); throws when one is gone. */
function digestOf(root, inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0').update(readFileSync(join(root, input))).update('\0');
  return hash.digest('hex');
}

/** Writes beside, then renames: another run starting at the same moment never reads half a file. */
function writeWhole(file, contents) {
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/**
 * The file URL of `entry` (an absolute path of a module under src/cli) bundled with what it imports,
 * and whether it was built now. Reused while every input is byte for byte the same (this file too: it
 * holds the options). `import.meta.dirname` and `import.meta.url` in the bundle are the entry's, so
 * the command finds the project and its sibling modules as it does from the sources; a bundle in which
 * a module of another folder reads `import.meta` would not, and is refused (the caller falls back to tsx).
 */
export async function nodeBundle(entry, { dir = CLI_BUNDLE_DIR, root = PROJECT_ROOT } = {}) {
  const stem = basename(entry).replace(/\.[cm]?[jt]s$/, '');
  const manifestFile = join(dir, `${stem}.manifest.json`);
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const file = join(dir, manifest.bundle);
    if (manifest.entry === entry && existsSync(file) && digestOf(root, manifest.inputs) === manifest.digest) {
      const now = new Date();
      utimesSync(file, now, now); // in use: not stale
      return { url: pathToFileURL(file).href, built: false };
    }
  } catch {
    // No manifest yet, or an input is gone: build.
  }
  const { build } = await import('esbuild');
  const result = await build({
    ...NODE_BUNDLE_OPTIONS,
    entryPoints: [entry],
    absWorkingDir: root,
    write: false,
    metafile: true,
    define: { 'import.meta.dirname': JSON.stringify(dirname(entry)), 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild gave no output');
  const inputs = Object.keys(result.metafile.inputs).map((input) => input.split('/').join(sep));
  const elsewhere = inputs.filter((input) => !input.startsWith(`node_modules${sep}`) && dirname(join(root, input)) !== dirname(entry) && readFileSync(join(root, input), 'utf8').includes('import.meta'));
  if (elsewhere.length > 0) throw new Error(`${elsewhere.join(', ')} read import.meta outside ${relative(root, dirname(entry))}`);
  // This file's options shape the bundle: an edit of it rebuilds.
  const tracked = [...new Set([...inputs, relative(root, OPTIONS_FILE)])].sort();
  const name = `${stem}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, name))) writeWhole(join(dir, name), code);
  writeWhole(manifestFile, JSON.stringify({ entry, bundle: name, inputs: tracked, digest: digestOf(root, tracked) }));
  removeStale(dir, name);
  return { url: pathToFileURL(join(dir, name)).href, built: true };
}

/** A bundle (or a half-written one) not used for this long is from older code: removed. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Every edit of the code gives a new bundle name, so old ones would pile up (one per code version,
 * ~0.5 MB each). Files of this entry other than `current` that no run has used for an hour are
 * removed: a run of other code started within the hour (another terminal) keeps its file.
 */
export function removeStale(dir, current, now = Date.now()) {
  const stem = current.replace(/-[0-9a-f]{16}\.mjs$/, '');
  const removed = [];
  let names;
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
