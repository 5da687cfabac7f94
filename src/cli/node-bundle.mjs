// Node bundles of src/cli modules: one ES module per entry point, built by esbuild when its sources
// changed and reused otherwise. Plain JavaScript, because bundled.mjs (the commands' launcher) uses it
// before any TypeScript can be read; worker-bundle.ts (the extraction workers) uses it too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSettled, stampOf } from './file-stamp.mjs';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI_BUNDLE_DIR = join(PROJECT_ROOT, 'node_modules/.cache/sourceline/cli');
// This file's path, written out: in a bundle that holds it, import.meta is the entry's (below).
const OPTIONS_FILE = join(PROJECT_ROOT, 'src/cli/node-bundle.mjs');
const STAMP_FILE = join(PROJECT_ROOT, 'src/cli/file-stamp.mjs');

/**
 * esbuild options shared by every Node bundle of src/cli (these commands, and the extraction workers of
 * worker-bundle.ts): ES builds of packages that ship both (date-fns: only the functions used), and
 * outside the bundle the packages that cannot be held by one (lmdb's native code, piscina's worker
 * side, esbuild's own binary), which resolve from node_modules/.cache/sourceline, where bundles live.
 * Split at dynamic imports: what a command imports only on some paths (the pipeline, the schema
 * library) is a chunk of its own, loaded when that path runs (`extract` on an unchanged archive
 * compiled 1.4 MB of which it ran a tenth).
 */
const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // .mjs: a .js file under node_modules/ would be read as CommonJS.
  outExtension: { '.js': '.mjs' },
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

/** Each input's stamp (file-stamp.mjs), for those settled (left alone long enough to be trusted). */
function stampsOf(root, inputs) {
  const readAt = Date.now();
  const stamps = {};
  for (const input of inputs) {
    const stat = statSync(join(root, input), { bigint: true });
    if (isSettled(stat, readAt)) stamps[input] = stampOf(stat);
  }
  return stamps;
}

/** Whether every input has a recorded stamp and still has it: then its bytes are those hashed when it was recorded. */
function stampsHold(root, manifest) {
  const stamps = manifest.stamps ?? {};
  try {
    return manifest.inputs.every((input) => stamps[input] !== undefined && stamps[input] === stampOf(statSync(join(root, input), { bigint: true })));
  } catch {
    return false;
  }
}

/**
 * The file URL of `entry` (an absolute path of a module under src/cli) bundled with what it imports,
 * and whether it was built now. Reused while every input is byte for byte the same (this file too: it
 * holds the options): checked by each input's stat stamp (as git's index does: 541 stats instead of
 * reading and hashing 541 files, 0.15 s of the command's start-up), and by hashing the inputs when a
 * stamp differs. `import.meta.dirname` and `import.meta.url` in the bundle are the entry's, so
 * the command finds the project and its sibling modules as it does from the sources; a bundle in which
 * a module of another folder reads `import.meta` would not, and is refused (the caller falls back to tsx).
 * The bundle is the entry's file plus the chunks it imports (`<stem>-chunk-<hash>.mjs`) in `dir`.
 */
export async function nodeBundle(entry, { dir = CLI_BUNDLE_DIR, root = PROJECT_ROOT } = {}) {
  const stem = basename(entry).replace(/\.[cm]?[jt]s$/, '');
  const manifestFile = join(dir, `${stem}.manifest.json`);
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    const files = [manifest.bundle, ...(manifest.chunks ?? [])].map((name) => join(dir, name));
    if (manifest.entry === entry && files.every((file) => existsSync(file))) {
      const held = stampsHold(root, manifest);
      const stamps = held ? undefined : stampsOf(root, manifest.inputs);
      if (held || digestOf(root, manifest.inputs) === manifest.digest) {
        if (stamps) writeWhole(manifestFile, JSON.stringify({ ...manifest, stamps }));
        const now = new Date();
        for (const file of files) utimesSync(file, now, now); // in use: not stale
        return { url: pathToFileURL(files[0]).href, built: false };
      }
    }
  } catch {
    // No manifest yet, or an input is gone: build.
  }
  const { build } = await import('esbuild');
  const result = await build({
    ...NODE_BUNDLE_OPTIONS,
    entryPoints: [entry],
    absWorkingDir: root,
    outdir: dir,
    entryNames: stem,
    chunkNames: `${stem}-chunk-[hash]`,
    write: false,
    metafile: true,
    define: { 'import.meta.dirname': JSON.stringify(dirname(entry)), 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  const entryOut = result.outputFiles.find((f) => basename(f.path) === `${stem}.mjs`);
  if (!entryOut) throw new Error('esbuild gave no output');
  const chunks = result.outputFiles.filter((f) => f !== entryOut);
  const inputs = Object.keys(result.metafile.inputs).map((input) => input.split('/').join(sep));
  const elsewhere = inputs.filter((input) => !input.startsWith(`node_modules${sep}`) && dirname(join(root, input)) !== dirname(entry) && readFileSync(join(root, input), 'utf8').includes('import.meta'));
  if (elsewhere.length > 0) throw new Error(`${elsewhere.join(', ')} read import.meta outside ${relative(root, dirname(entry))}`);
  // This file's options shape the bundle (and file-stamp.mjs decides when it is reused): an edit of either rebuilds.
  const tracked = [...new Set([...inputs, relative(root, OPTIONS_FILE), relative(root, STAMP_FILE)])].sort();
  // The entry's name hashes its code, which names each chunk by the hash of its own code.
  const name = `${stem}-${createHash('sha256').update(entryOut.contents).digest('hex').slice(0, 16)}.mjs`;
  mkdirSync(dir, { recursive: true });
  for (const chunk of chunks) if (!existsSync(chunk.path)) writeWhole(chunk.path, chunk.contents);
  if (!existsSync(join(dir, name))) writeWhole(join(dir, name), entryOut.contents);
  const stamps = stampsOf(root, tracked);
  const chunkNames = chunks.map((c) => basename(c.path));
  writeWhole(manifestFile, JSON.stringify({ entry, bundle: name, chunks: chunkNames, inputs: tracked, digest: digestOf(root, tracked), stamps }));
  removeStale(dir, [name, ...chunkNames]);
  return { url: pathToFileURL(join(dir, name)).href, built: true };
}

/** A bundle (or a half-written one) not used for this long is from older code: removed. */
const STALE_MS = 60 * 60 * 1000;

/**
 * Every edit of the code gives a new bundle name, so old ones would pile up (one per code version,
 * ~0.5 MB each). Files of this entry other than `current` (its file, or its file and chunks) that no
 * run has used for an hour are removed: a run of other code started within the hour (another
 * terminal) keeps its files.
 */
export function removeStale(dir, current, now = Date.now()) {
  const keep = new Set(Array.isArray(current) ? current : [current]);
  const stem = [...keep][0].replace(/-[0-9a-f]{16}\.mjs$/, '');
  const removed = [];
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (keep.has(name) || !name.startsWith(`${stem}-`)) continue;
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
