import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CorpusFile } from '../extraction/index.ts';

/**
 * The documents folder -> files for `extractCorpus`. The only file I/O of extraction: it lists
 * `*.txt` and `*.md` files (sorted, not recursive) and reads their bytes; everything else in the
 * folder is listed in `ignored`, with the reason, so the CLI and the dev server can say so. Paths are relative to `root` with `/`
 * separators (`seeds/000_x.txt`) so the corpus is the same on every machine.
 */
export interface DocumentsFolder {
  files: CorpusFile[];
  ignored: IgnoredEntry[];
}

/** A folder entry that is not read as a document; `reason` completes "PATH: REASON; ignored". */
export interface IgnoredEntry {
  path: string;
  reason: 'a sub-folder (folders are not read recursively)' | 'not a regular file' | 'not a .txt or .md file' | 'a hidden file';
}

const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** Where the documents are: `--seeds DIR`, else `SOURCELINE_SEEDS` (when not empty), else `seeds/`. */
export function documentsDir(root: string, flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['SOURCELINE_SEEDS'];
  return resolve(root, flag ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : 'seeds'));
}

export function isDocumentFile(name: string): boolean {
  return hasDocumentExtension(name) && !name.startsWith('.');
}

function hasDocumentExtension(name: string): boolean {
  return DOCUMENT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

export function readDocumentsFolder(dir: string, root: string = process.cwd()): DocumentsFolder {
  const names = readdirSync(dir).sort();
  const files: CorpusFile[] = [];
  const ignored: IgnoredEntry[] = [];
  for (const name of names) {
    const full = join(dir, name);
    const path = displayPath(full, root);
    const stat = statSync(full);
    if (stat.isDirectory()) ignored.push({ path, reason: 'a sub-folder (folders are not read recursively)' });
    else if (!stat.isFile()) ignored.push({ path, reason: 'not a regular file' });
    else if (!hasDocumentExtension(name)) ignored.push({ path, reason: 'not a .txt or .md file' });
    else if (name.startsWith('.')) ignored.push({ path, reason: 'a hidden file' });
    else files.push({ path, bytes: new Uint8Array(readFileSync(full)) });
  }
  return { files, ignored };
}

/** Relative to the project root when inside it, else absolute; always with `/`. */
export function displayPath(full: string, root: string): string {
  const rel = relative(root, full);
  const shown = rel.startsWith('..') || rel === '' ? resolve(full) : rel;
  return shown.split(sep).join('/');
}
