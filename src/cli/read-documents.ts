import { closeSync, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../extraction/document-size.ts';
import type { CorpusFile, ExtractedFile } from '../extraction/index.ts';

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
 *
 * Given `known` (file-index.ts: the stat index of the last run), a regular file whose stat it vouches
 * for is not opened: it is listed in `vouched` with the cache key of its bytes, and `readVouched`
 * reads those when they are needed after all.
 */
export interface DocumentsFolder {
  files: CorpusFile[];
  unreadable: UnreadableEntry[];
  ignored: IgnoredEntry[];
  /** Files not read because `known` vouched for them, in name order (empty without `known`). */
  vouched: VouchedFile[];
  /** The stat of each file read that is not a symbolic link, and when it was taken: for the stat index. */
  stamps: Map<string, ReadStamp>;
}

/** What a stat index knows of a folder: the cache key of a file's bytes, when its stat is the one recorded. */
export interface KnownFiles {
  keyOf(path: string, stat: BigIntStats): string | undefined;
}

/** A file listed but not read: `known` says its bytes are those whose cache key is `key`. */
export interface VouchedFile {
  path: string;
  key: string;
}

export interface ReadStamp {
  stat: BigIntStats;
  /** Date.now() just before the stat. */
  readAt: number;
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

/** Reads a whole file through one descriptor, so what is read is what was checked (size, kind); with that stat. */
function readBytes(full: string): { bytes: Uint8Array; stamp: ReadStamp } | { reason: string } {
  let fd: number | undefined;
  try {
    fd = openSync(full, 'r');
    const readAt = Date.now();
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return { reason: stat.isDirectory() ? 'a folder named like a document (folders are not read)' : 'not a regular file' };
    const size = Number(stat.size);
    if (size > MAX_DOCUMENT_BYTES) return { reason: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (${(size / 1024 / 1024).toFixed(1)} MB), not a news article` };
    // Read to the end rather than trusting the size: a file may grow or shrink while it is read. One
    // buffer of the size and a byte (so growth shows), doubled if the file grew: a zero-filled 64 KB
    // chunk per file and a copy cost 1.6 s of 2 s of CPU when reading 10,000 unchanged documents.
    // Not from the shared pool (allocUnsafeSlow): the bytes go to worker threads, which copy a
    // view's whole buffer.
    let buffer = Buffer.allocUnsafeSlow(size + 1);
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
    return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, total), stamp: { stat, readAt } };
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

/** One entry of the folder, read (or vouched for), as what it turned out to be. */
type Entry =
  | { file: CorpusFile; stamp?: ReadStamp }
  | { vouched: VouchedFile }
  | { unreadable: UnreadableEntry }
  | { ignored: IgnoredEntry }
  | undefined;

function readEntry(dir: string, realDir: string, name: string, known?: KnownFiles): Entry {
  const full = join(dir, name);
  const path = name; // relative to the documents folder
  const document = isDocumentFile(name);
  if (name.startsWith('.')) return { ignored: { path, reason: 'a hidden file' } };
  let link: BigIntStats;
  try {
    link = lstatSync(full, { bigint: true });
  } catch (error) {
    return document ? { unreadable: { path, reason: describe(error) } } : undefined;
  }
  if (link.isSymbolicLink()) {
    const problem = linkProblem(full, realDir);
    if (problem !== undefined) return document ? { unreadable: { path, reason: problem } } : { ignored: { path, reason: 'not a regular file' } };
  }
  let kind: BigIntStats;
  try {
    kind = link.isSymbolicLink() ? statSync(full, { bigint: true }) : link;
  } catch (error) {
    return document ? { unreadable: { path, reason: describe(error) } } : undefined;
  }
  if (kind.isDirectory()) {
    return document ? { unreadable: { path, reason: 'a folder named like a document (folders are not read)' } } : { ignored: { path, reason: 'a sub-folder (folders are not read recursively)' } };
  }
  if (!kind.isFile()) return document ? { unreadable: { path, reason: 'not a regular file' } } : { ignored: { path, reason: 'not a regular file' } };
  if (!hasDocumentExtension(name)) return { ignored: { path, reason: 'not a .txt or .md file' } };
  // Only a file that is not a link is vouched for: a link's own stat says nothing of its target's bytes.
  const key = link.isSymbolicLink() ? undefined : known?.keyOf(path, link);
  if (key !== undefined) return { vouched: { path, key } };
  const read = readBytes(full);
  if ('reason' in read) return { unreadable: { path, reason: read.reason } };
  return link.isSymbolicLink() ? { file: { path, bytes: read.bytes } } : { file: { path, bytes: read.bytes }, stamp: read.stamp };
}

function collect(dir: string, realDir: string, names: readonly string[], known?: KnownFiles): DocumentsFolder {
  const folder: DocumentsFolder = { files: [], unreadable: [], ignored: [], vouched: [], stamps: new Map() };
  for (const name of names) {
    const entry = readEntry(dir, realDir, name, known);
    if (entry === undefined) continue;
    if ('file' in entry) {
      folder.files.push(entry.file);
      if (entry.stamp) folder.stamps.set(entry.file.path, entry.stamp);
    } else if ('vouched' in entry) folder.vouched.push(entry.vouched);
    else if ('unreadable' in entry) folder.unreadable.push(entry.unreadable);
    else folder.ignored.push(entry.ignored);
  }
  return folder;
}

function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    // Listing worked, so the folder exists; keep the given path.
    return dir;
  }
}

/**
 * Lists and reads the documents folder `dir`. Throws only when the folder itself cannot be listed
 * (it does not exist, or is not a folder), with a message naming it.
 */
export function readDocumentsFolder(dir: string, { known }: { known?: KnownFiles } = {}): DocumentsFolder {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new Error(`cannot read the documents folder ${dir}: ${describe(error).replace('vanished while it was being read', 'it does not exist')}`, { cause: error });
  }
  return collect(dir, realFolder(dir), names, known);
}

const byPath = <T extends { path: string }>(a: T, b: T): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * `folder` with its vouched files read after all (as `readDocumentsFolder` reads any entry: one that
 * changed in between is whatever it is now), every list in name order: the folder as read without an index.
 */
export function readVouched(dir: string, folder: DocumentsFolder): DocumentsFolder {
  if (folder.vouched.length === 0) return folder;
  const rest = collect(dir, realFolder(dir), folder.vouched.map((v) => v.path));
  return {
    files: [...folder.files, ...rest.files].sort(byPath),
    unreadable: [...folder.unreadable, ...rest.unreadable].sort(byPath),
    ignored: [...folder.ignored, ...rest.ignored].sort(byPath),
    vouched: [],
    stamps: new Map([...folder.stamps, ...rest.stamps]),
  };
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
