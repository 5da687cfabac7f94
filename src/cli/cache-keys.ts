import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFile } from '../extraction/index.ts';

/** A file's cache key: a hash of its path and bytes. */
export function cacheKey(file: CorpusFile): string {
  return createHash('sha256').update(file.path).update('\0').update(file.bytes).digest('base64url');
}

/**
 * The pipeline version: a hash of every source file extraction runs (src/extraction, src/domain;
 * not tests) and of the lockfile (the libraries it uses, like the YAML parser). Any change to the
 * code that makes a record changes it, with no version number to forget to bump.
 */
export function pipelineVersion(root = resolve(import.meta.dirname, '../..')): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        hash.update(full.slice(root.length)).update('\0').update(readFileSync(full)).update('\0');
      }
    }
  };
  walk(join(root, 'src/extraction'));
  walk(join(root, 'src/domain'));
  const lock = join(root, 'package-lock.json');
  hash.update(existsSync(lock) ? readFileSync(lock) : readFileSync(join(root, 'package.json')));
  return hash.digest('base64url').slice(0, 16);
}
