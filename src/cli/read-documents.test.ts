import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { assembleCorpus, extractCorpus, extractFile } from '../extraction/index.ts';
import { documentsDir, displayPath, readDocumentsFolder, unreadableFiles } from './read-documents.ts';

const FIXTURES = 'src/extraction/fixtures/documents';

describe('readDocumentsFolder + extractCorpus on the bad-input fixtures', () => {
  const folder = readDocumentsFolder(resolve(FIXTURES));
  const corpus = extractCorpus(folder.files);

  it('lists .txt and .md files with paths relative to the documents folder and ignores the rest', () => {
    expect(folder.ignored).toEqual([{ path: 'notes.json', reason: 'not a .txt or .md file' }]);
    expect(folder.files.map((f) => f.path)).toContain('front-matter.md');
  });

  it('skips each bad file with its reason and extracts the good ones', () => {
    const reasons = Object.fromEntries(corpus.warnings.map((w) => [w.file, w.reason]));
    expect(reasons).toEqual({
      'binary.txt': 'binary file (contains NUL bytes), not a text document; skipped',
      'empty.txt': 'empty file; skipped',
      'front-matter-bad-source.md': 'front matter `source` is not an http(s) URL; ignored',
      'front-matter-no-date.md': 'front matter has no `date: YYYY-MM-DD`; skipped',
      'header-only.txt': 'no text after the date header; skipped',
      'impossible-date.txt': 'date header 2022-02-30 is not a real calendar day; skipped',
      'no-header.txt': 'no `date YYYY-MM-DD` header at the start (and no YAML front matter with a date); skipped',
      'not-utf8.txt': 'not valid UTF-8 text (save the file as UTF-8); skipped',
      'whitespace-only.txt': 'empty file (only whitespace); skipped',
    });
    expect(corpus.documents.map((d) => d.id)).toEqual(['front-matter', 'front-matter-bad-source', 'seed-style']);
    expect(parseCorpus(corpus).ok).toBe(true);
  });

  it('reads the Markdown front matter document and its events', () => {
    const doc = corpus.documents.find((d) => d.id === 'front-matter');
    expect(doc).toMatchObject({ title: 'Harbour reopens after storm', published: '2022-12-21', source: 'https://example.org/harbour', publisher: 'The Harbour Gazette' });
    const events = corpus.events.filter((e) => e.sources[0]?.docId === 'front-matter');
    expect(events.map((e) => [e.start, e.precision, e.timing, e.title])).toEqual([
      ['2022-12-14', 'day', 'past', 'The harbour authority closed the northern pier on December 14, 2022'],
      ['2022-12-18', 'day', 'past', 'Inspectors reopened the pier on December 18, 2022'],
      [expect.stringMatching(/^202[23]-/), 'approximate', 'future', 'Ferries will resume service in the coming weeks'],
    ]);
  });
});

describe('documentsDir', () => {
  it('prefers --seeds, then SOURCELINE_SEEDS, then seeds/', () => {
    expect(documentsDir('/p', 'x', { SOURCELINE_SEEDS: '/y' })).toBe('/p/x');
    expect(documentsDir('/p', undefined, { SOURCELINE_SEEDS: '/y' })).toBe('/y');
    expect(documentsDir('/p', undefined, {})).toBe('/p/seeds');
    expect(documentsDir('/p', undefined, { SOURCELINE_SEEDS: '' })).toBe('/p/seeds');
  });

  it('shows paths outside the root as absolute', () => {
    expect(displayPath('/p/seeds/a.txt', '/p')).toBe('seeds/a.txt');
    expect(displayPath('/tmp/x/a.txt', '/p')).toBe('/tmp/x/a.txt');
  });
});

describe('readDocumentsFolder on a temporary folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sorts files by name and skips sub-folders and dot files, saying which', () => {
    writeFileSync(join(dir, 'b.txt'), 'date 2022-12-01 B.');
    mkdirSync(join(dir, 'more.txt'));
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2022-12-01\n---\nA.');
    writeFileSync(join(dir, '.hidden.txt'), 'date 2022-12-01 H.');
    mkdirSync(join(dir, 'images'));
    const folder = readDocumentsFolder(dir);
    expect(folder.files.map((f) => f.path)).toEqual(['a.md', 'b.txt']);
    expect(folder.ignored).toEqual([
      { path: '.hidden.txt', reason: 'a hidden file' },
      { path: 'images', reason: 'a sub-folder (folders are not read recursively)' },
    ]);
    expect(folder.unreadable).toEqual([{ path: 'more.txt', reason: 'a folder named like a document (folders are not read)' }]);
  });
});

describe('readDocumentsFolder never throws for one entry', () => {
  const base = mkdtempSync(join(tmpdir(), 'sourceline-hostile-folder-'));
  const dir = join(base, 'docs');
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  mkdirSync(dir);
  writeFileSync(join(base, 'outside.txt'), 'date 2022-12-01 Outside the folder.');
  writeFileSync(join(dir, 'good.txt'), 'date 2022-12-01 The council met on Monday.');
  writeFileSync(join(dir, 'target.txt'), 'date 2022-12-02 The council met on Tuesday.');
  symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
  symlinkSync(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'));
  symlinkSync(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'));
  symlinkSync(join(base, 'outside.txt'), join(dir, 'escape.txt'));
  symlinkSync('/etc/passwd', join(dir, 'passwd.txt'));
  symlinkSync('target.txt', join(dir, 'alias.txt'));
  writeFileSync(join(dir, 'locked.txt'), 'date 2022-12-01 Locked.');
  chmodSync(join(dir, 'locked.txt'), 0o000);
  const asRoot = process.getuid?.() === 0; // root reads a file whatever its mode

  it('turns every unreadable document entry into a reason, follows links only inside the folder, and reads the rest', () => {
    const folder = readDocumentsFolder(dir);
    expect(folder.files.map((f) => f.path)).toEqual(['alias.txt', 'good.txt', ...(asRoot ? ['locked.txt'] : []), 'target.txt']);
    expect(folder.unreadable).toEqual([
      { path: 'dangling.txt', reason: 'a broken symbolic link (its target does not exist)' },
      { path: 'escape.txt', reason: 'a symbolic link to a file outside the documents folder (links are followed only within the folder)' },
      ...(asRoot ? [] : [{ path: 'locked.txt', reason: 'cannot be read (permission denied)' }]),
      { path: 'loop-a.txt', reason: 'a symbolic link loop' },
      { path: 'loop-b.txt', reason: 'a symbolic link loop' },
      { path: 'passwd.txt', reason: 'a symbolic link to a file outside the documents folder (links are followed only within the folder)' },
    ]);
    const corpus = assembleCorpus([...folder.files.map((f) => extractFile(f)), ...unreadableFiles(folder)]);
    expect(corpus.documents.map((d) => d.path)).toEqual(['alias.txt', 'good.txt', ...(asRoot ? ['locked.txt'] : []), 'target.txt']);
    expect(corpus.warnings.map((w) => w.file)).toEqual(['dangling.txt', 'escape.txt', ...(asRoot ? [] : ['locked.txt']), 'loop-a.txt', 'loop-b.txt', 'passwd.txt']);
    expect(JSON.stringify(corpus)).not.toContain(base);
  });

  it('names a missing folder in one line', () => {
    expect(() => readDocumentsFolder(join(base, 'missing'))).toThrow(/^cannot read the documents folder .*missing: it does not exist$/);
  });
});
