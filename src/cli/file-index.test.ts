import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey } from './cache-keys.ts';
import { FileIndex } from './file-index.ts';
import { readDocumentsFolder, readVouched, type DocumentsFolder } from './read-documents.ts';

const keysOf = (folder: DocumentsFolder): Map<string, string> => new Map(folder.files.map((f) => [f.path, cacheKey(f)]));
/** The files of this test are milliseconds old: a negative settling time trusts their stamps anyway. */
const TRUST_NEW = { settleMs: -60_000 };

describe('the stat index of a documents folder', () => {
  const base = mkdtempSync(join(tmpdir(), 'sourceline-file-index-'));
  const dir = join(base, 'docs');
  const cache = join(base, 'cache');
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);

  it('vouches for unchanged files without reading them, and reads what changed in any stat field', () => {
    mkdirSync(dir);
    write('a.txt', 'date 2022-12-01 A.');
    write('b.txt', 'date 2022-12-01 B.');
    write('c.txt', 'date 2022-12-01 C.');
    write('d.txt', 'date 2022-12-01 D.');
    symlinkSync('a.txt', join(dir, 'link.txt'));
    // Whole seconds, so that setting the time back below gives exactly the same nanoseconds.
    utimesSync(join(dir, 'b.txt'), 1_600_000_000, 1_600_000_000);
    const first = readDocumentsFolder(dir, { known: FileIndex.open(cache, dir, TRUST_NEW) });
    expect(first.vouched).toEqual([]);
    expect(first.files.map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'link.txt']);
    FileIndex.open(cache, dir, TRUST_NEW).save(first, keysOf(first));

    // b: same size, same mtime (set back), other bytes: only ctime moved. c: replaced by a rename (another inode). d: grew.
    write('b.txt', 'date 2022-12-01 X.');
    utimesSync(join(dir, 'b.txt'), 1_600_000_000, 1_600_000_000);
    expect(statSync(join(dir, 'b.txt'), { bigint: true }).mtimeNs).toBe(1_600_000_000_000_000_000n);
    write('c.new', 'date 2022-12-01 C.');
    renameSync(join(dir, 'c.new'), join(dir, 'c.txt'));
    write('d.txt', 'date 2022-12-01 D and more.');
    const index = FileIndex.open(cache, dir, TRUST_NEW);
    const second = readDocumentsFolder(dir, { known: index });
    // A link is always read: its own stat says nothing of its target's bytes.
    expect(second.files.map((f) => f.path)).toEqual(['b.txt', 'c.txt', 'd.txt', 'link.txt']);
    expect(second.vouched).toEqual([{ path: 'a.txt', key: keysOf(first).get('a.txt') }]);

    // Read after all, the folder is what a run without the index reads.
    const whole = readVouched(dir, second);
    const plain = readDocumentsFolder(dir);
    expect(whole.files).toStrictEqual(plain.files);
    expect(whole.unreadable).toStrictEqual(plain.unreadable);
    expect(whole.vouched).toEqual([]);
  });

  it('forgets removed files and files that became unreadable, and keeps no stamp of a file changed just before it was read', () => {
    const index = FileIndex.open(cache, dir, TRUST_NEW);
    const folder = readDocumentsFolder(dir, { known: index });
    index.save(folder, keysOf(folder));
    expect(readDocumentsFolder(dir, { known: FileIndex.open(cache, dir) }).files.map((f) => f.path)).toEqual(['link.txt']);

    rmSync(join(dir, 'a.txt'));
    rmSync(join(dir, 'b.txt'));
    symlinkSync('nowhere.txt', join(dir, 'b.txt'));
    const after = readDocumentsFolder(dir, { known: FileIndex.open(cache, dir) });
    expect(after.vouched.map((v) => v.path)).toEqual(['c.txt', 'd.txt']);
    expect(readVouched(dir, after).unreadable).toEqual(readDocumentsFolder(dir).unreadable);

    // With the real settling time, files written milliseconds ago are read again next time.
    write('e.txt', 'date 2022-12-01 E.');
    const strict = FileIndex.open(cache, dir);
    const withNew = readVouched(dir, readDocumentsFolder(dir, { known: strict }));
    strict.save(withNew, keysOf(withNew));
    const next = readDocumentsFolder(dir, { known: FileIndex.open(cache, dir) });
    expect(next.files.map((f) => f.path)).toEqual(expect.arrayContaining(['e.txt']));
  });

  it('keeps one index per folder', () => {
    const other = join(base, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'c.txt'), 'date 2022-12-01 C.');
    expect(readDocumentsFolder(other, { known: FileIndex.open(cache, other, TRUST_NEW) }).vouched).toEqual([]);
  });
});
