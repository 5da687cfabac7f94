import { describe, expect, it } from 'vitest';
import { SEED_BYTES, SEED_DOC, SEED_PATH } from './fixtures/seed-fixture.ts';
import { documentIdOf, readDocument, titleFromText } from './read-document.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const reasonOf = (path: string, bytes: Uint8Array): string => {
  const r = readDocument(path, bytes);
  if (r.ok) throw new Error(`expected ${path} to be rejected`);
  return r.reason;
};

describe('readDocument: the seed format', () => {
  it('reads the seed: leading space, date header and body on the same line', () => {
    const r = readDocument(SEED_PATH, SEED_BYTES);
    if (!r.ok) throw new Error(r.reason);
    expect(r.document).toMatchObject({
      id: '000_5b3e6957073e45ff',
      path: 'seeds/000_5b3e6957073e45ff.txt',
      published: '2022-12-24',
      title: 'The European Union and France called on Azerbaijan to end the almost…',
    });
    expect(r.document.text).toBe(SEED_DOC.text);
    expect(r.document.text.startsWith('The European Union and France')).toBe(true);
  });

  it('accepts the body on the next line and Windows line ends', () => {
    const r = readDocument('a.txt', utf8('date 2022-12-20\r\nThe council met.\r\n\r\nIt voted.\r\n'));
    expect(r.ok && r.document.text).toBe('The council met.\n\nIt voted.');
  });
});

describe('readDocument: Markdown with front matter', () => {
  it('takes title, date, source and publisher from the front matter', () => {
    const md = '---\ntitle: Harbour reopens\ndate: 2022-12-21\nsource: https://example.org/a\npublisher: Gazette\n---\nThe pier reopened.\n';
    const r = readDocument('notes/harbour.md', utf8(md));
    if (!r.ok) throw new Error(r.reason);
    expect(r.document).toEqual({
      id: 'harbour', path: 'notes/harbour.md', title: 'Harbour reopens', published: '2022-12-21',
      text: 'The pier reopened.', source: 'https://example.org/a', publisher: 'Gazette',
    });
    expect(r.notes).toEqual([]);
  });

  it('falls back to the first sentence for a missing title and drops a non-http source with a note', () => {
    const r = readDocument('x.md', utf8('---\ndate: "2022-12-22"\nsource: "javascript:alert(1)"\n---\nThe mayor announced the plan. More text.'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.document.title).toBe('The mayor announced the plan.');
    expect(r.document.source).toBeUndefined();
    expect(r.notes).toEqual(['front matter `source` is not an http(s) URL; ignored']);
  });

  it('rejects front matter without a date, with a bad date, or that is not YAML', () => {
    expect(reasonOf('x.md', utf8('---\ntitle: t\n---\nBody.'))).toMatch(/no `date: YYYY-MM-DD`/);
    expect(reasonOf('x.md', utf8('---\ndate: 2022-02-30\n---\nBody.'))).toBe('front matter date 2022-02-30 is not a real calendar day');
    expect(reasonOf('x.md', utf8('---\ndate: [unclosed\n---\nBody.'))).toMatch(/not valid YAML/);
    expect(reasonOf('x.md', utf8('---\n- a\n- b\n---\nBody.'))).toMatch(/must be a YAML mapping/);
    expect(reasonOf('x.md', utf8('---\ndate: 2022-12-01\n---\n\n'))).toBe('no text after the front matter');
  });
});

describe('readDocument: bad input', () => {
  it('names the reason for each kind of bad file', () => {
    expect(reasonOf('a.txt', new Uint8Array())).toBe('empty file');
    expect(reasonOf('a.txt', utf8('  \n\t\n'))).toBe('empty file (only whitespace)');
    expect(reasonOf('a.txt', utf8('The council met.'))).toMatch(/no `date YYYY-MM-DD` header/);
    expect(reasonOf('a.txt', utf8('date 2022-02-30 The council met.'))).toBe('date header 2022-02-30 is not a real calendar day');
    expect(reasonOf('a.txt', utf8('date 22-12-01 The council met.'))).toBe('date header "22-12-01" is not a YYYY-MM-DD date');
    expect(reasonOf('a.txt', utf8('date 2022-12-24 \n'))).toBe('no text after the date header');
    expect(reasonOf('a.txt', new Uint8Array([100, 97, 116, 101, 0, 1, 2]))).toMatch(/binary file \(contains NUL bytes\)/);
    expect(reasonOf('a.txt', new Uint8Array([...utf8('date 2022-12-24 Caf'), 0xe9, 0x0a]))).toMatch(/not valid UTF-8/);
  });
});

describe('document ids and titles', () => {
  it('uses the file name without extension as id', () => {
    expect(documentIdOf('seeds/000_5b3e6957073e45ff.txt')).toBe('000_5b3e6957073e45ff');
    expect(documentIdOf('a/b.c.md')).toBe('b.c');
    expect(documentIdOf('README')).toBe('README');
  });

  it('shortens the first sentence at a word boundary', () => {
    const title = titleFromText(`${'word '.repeat(30)}end. Second.`);
    expect(title.length).toBeLessThanOrEqual(81);
    expect(title.endsWith('word…')).toBe(true);
    expect(titleFromText('Short one. Second.')).toBe('Short one.');
  });
});
