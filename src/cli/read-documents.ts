import { closeSync, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_DOCUMENT_BYTES, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';

/**
 * The documents folder -> files for `extractCorpus`. The only file I/O of extraction, and it never
 * throws for one entry: it lists the folder (sorted, not recursive) and reads the bytes of each `*.txt`
 * and `*.md` file. Paths are relative to the documents folder (`000_x.txt`), so a corpus never carries
 * a server path and is the same on every machine.
 * - `files`: the documents to extract.
 * - `unreadable`: entries named like documents that cannot be read (permission denied, a folder named
 *   `x.txt`, a broken or looping symbolic link, a link out of the folder, a file that vanished while it
 *   was read, a file over the size limit). They are warnings of the corpus, like a document that fails
 *   to parse: the app lists them and `--strict` fails.
 * - `ignored`: everything else (other extensions, sub-folders, hidden files), as notes.
 *
 * Symbolic links are followed only to a regular file inside the documents folder itself (its real
 * path, so `../` tricks and links to links are resolved first); a link that leads out of the folder
 * is not read. So `SOURCELINE_SEEDS=/some/folder` reads that folder and nothing beside it.
 */
export interface DocumentsFolder {
  files: CorpusFile[];
  unreadable: UnreadableEntry[];
  ignored: IgnoredEntry[];
}

/** A document-named entry that cannot be read; `reason` completes "PATH: REASON; skipped". */
export interface UnreadableEntry {
  path: string;
  reason: string;
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

/** A file-system error as words: "permission denied" rather than "EACCES: permission denied, open '/x'". */
function describe(error: unknown): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read (permission denied)';
    case 'ENOENT':
      return 'vanished while it was being read';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'a folder named like a document (folders are not read)';
    default:
      return `cannot be read (${code || (error instanceof Error ? error.message.split('\n')[0] : String(error))})`;
  }
}

/** Reads a whole file through one descriptor, so what is read is what was checked (size, kind). */
function readBytes(full: string): Uint8Array | { reason: string } {
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { reason: stat.isDirectory() ? 'a folder named like a document (folders are not read)' : 'not a regular file' };
    if (stat.size > MAX_DOCUMENT_BYTES) return { reason: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (${(stat.size / 1024 / 1024).toFixed(1)} MB), not a news article` };
    // Read to the end rather than trusting the size: a file may grow or shrink while it is read. One
    // buffer of the size and a byte (so growth shows), doubled if the file grew: a zero-filled 64 KB
    // chunk per file and a copy cost 1.6 s of 2 s of CPU when reading 10,000 unchanged documents.
    // Not from the shared pool (allocUnsafeSlow): the bytes go to worker threads, which copy a
    // view's whole buffer.
    let buffer = Buffer.allocUnsafeSlow(stat.size + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(larger, 0, 0, total);
        buffer = larger;
      }
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_DOCUMENT_BYTES) return { reason: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB, not a news article` };
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, total);
  } catch (error) {
    return { reason: describe(error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing to do: the bytes (or the reason) are already decided.
      }
    }
  }
}

/** Why a symbolic link named like a document is not read, or undefined when it leads to a file in the folder. */
function linkProblem(full: string, realDir: string): string | undefined {
  let target: string;
  try {
    target = realpathSync(full);
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    return code === 'ENOENT' ? 'a broken symbolic link (its target does not exist)' : code === 'ELOOP' ? 'a symbolic link loop' : describe(error);
  }
  const rel = relative(realDir, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return 'a symbolic link to a file outside the documents folder (links are followed only within the folder)';
  }
  return undefined;
}

/**
 * Lists and reads the documents folder `dir`. Throws only when the folder itself cannot be listed
 * (it does not exist, or is not a folder), with a message naming it.
 */
export function readDocumentsFolder(dir: string): DocumentsFolder {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`cannot read the documents folder ${dir}: ${describe(error).replace('vanished while it was being read', 'it does not exist')}`, { cause: error });
  }
  let realDir = dir;
  try {
    realDir = realpathSync(dir);
  } catch {
    // Listing worked, so the folder exists; keep the given path.
  }
  const files: CorpusFile[] = [];
  const unreadable: UnreadableEntry[] = [];
  const ignored: IgnoredEntry[] = [];
  for (const name of names) {
    const full = join(dir, name);
    const path = name; // relative to the documents folder
    const document = isDocumentFile(name);
    if (name.startsWith('.')) {
      ignored.push({ path, reason: 'a hidden file' });
      continue;
    }
    let link: ReturnType<typeof lstatSync>;
    try {
      link = lstatSync(full);
    } catch (error) {
      if (document) unreadable.push({ path, reason: describe(error) });
      continue;
    }
    if (link.isSymbolicLink()) {
      const problem = linkProblem(full, realDir);
      if (problem !== undefined) {
        if (document) unreadable.push({ path, reason: problem });
        else ignored.push({ path, reason: 'not a regular file' });
        continue;
      }
    }
    let kind: ReturnType<typeof statSync>;
    try {
      kind = link.isSymbolicLink() ? statSync(full) : link;
    } catch (error) {
      if (document) unreadable.push({ path, reason: describe(error) });
      continue;
    }
    if (kind.isDirectory()) {
      if (document) unreadable.push({ path, reason: 'a folder named like a document (folders are not read)' });
      else ignored.push({ path, reason: 'a sub-folder (folders are not read recursively)' });
    } else if (!kind.isFile()) {
      if (document) unreadable.push({ path, reason: 'not a regular file' });
      else ignored.push({ path, reason: 'not a regular file' });
    } else if (!hasDocumentExtension(name)) {
      ignored.push({ path, reason: 'not a .txt or .md file' });
    } else {
      const bytes = readBytes(full);
      if (bytes instanceof Uint8Array) files.push({ path, bytes });
      else unreadable.push({ path, reason: bytes.reason });
    }
  }
  return { files, unreadable, ignored };
}

/** The folder's unreadable entries as skipped files, for `assembleCorpus`. */
export function unreadableFiles(folder: DocumentsFolder): ExtractedFile[] {
  return folder.unreadable.map((u) => ({ ok: false, path: u.path, reason: u.reason }));
}

/** How to show the documents folder in messages: relative to the project root when inside it, else absolute; always with `/`. */
export function displayPath(full: string, root: string): string {
  const rel = relative(root, full);
  const shown = rel.startsWith('..') || rel === '' ? resolve(full) : rel;
  return shown.split(sep).join('/');
}
