import { join, resolve } from 'node:path';
import { nodeBundle } from './node-bundle.mjs';

/**
 * The extraction workers' code as one prebuilt ES module. A worker started on the TypeScript
 * sources loads tsx and compiles or reads from its cache every module of the pipeline, and imports
 * date-fns through its 300-module barrel: about a second of CPU per worker before the first
 * document. The bundle (node-bundle.mjs: built by esbuild when its sources change, with only what the
 * pipeline uses of each package) replaces that. Kept under node_modules/.cache/sourceline/workers.
 */

const BUNDLE_DIR = join(resolve(import.meta.dirname, '../..'), 'node_modules/.cache/sourceline/workers');

const built = new Map<string, Promise<string | undefined>>();

/**
 * A file URL of `entry` (a module under src/cli) bundled with what it imports, or undefined when it
 * cannot be built here (no esbuild): callers then start workers on the TypeScript sources.
 */
export function workerBundle(entry: string): Promise<string | undefined> {
  let url = built.get(entry);
  if (!url) {
    url = nodeBundle(entry, { dir: BUNDLE_DIR }).then(
      (b) => b.url,
      () => undefined,
    );
    built.set(entry, url);
  }
  return url;
}
