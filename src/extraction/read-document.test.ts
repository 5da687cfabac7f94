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

describe('readDocument: hostile and broken input (issue 10)', () => {
  const utf16le = (s: string): Uint8Array => {
    const out = new Uint8Array(2 + s.length * 2);
    out[0] = 0xff;
    out[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      out[2 + i * 2] = s.charCodeAt(i) & 0xff;
      out[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    return out;
  };

  it('decodes UTF-16 with a byte order mark and names UTF-16 without one', () => {
    const r = readDocument('u.txt', utf16le('date 2022-12-24\nThe council met on Monday.'));
    expect(r.ok && r.document.text).toBe('The council met on Monday.');
    expect(reasonOf('u.txt', utf16le('date 2022-12-24 The council met.').slice(2))).toBe('looks like UTF-16 text without a byte order mark (save the file as UTF-8)');
  });

  it('names unclosed front matter as such', () => {
    expect(reasonOf('x.md', utf8('---\ndate: 2022-12-01\ntitle: T\nThe body.'))).toBe('front matter is not closed (no line `---` after it)');
  });

  it('keeps a YAML timestamp as the calendar day written, whatever its time zone', () => {
    const r = readDocument('x.md', utf8('---\ndate: !!timestamp 2022-12-24T01:30:00+05:00\n---\nThe pier reopened.'));
    expect(r.ok && r.document.published).toBe('2022-12-24');
    const plain = readDocument('x.md', utf8('---\ndate: 2022-12-24T23:30:00-08:00\n---\nThe pier reopened.'));
    expect(plain.ok && plain.document.published).toBe('2022-12-24');
  });

  it('drops a field with an unsupported YAML tag with a note (which --strict fails on)', () => {
    const r = readDocument('x.md', utf8('---\ndate: 2022-12-24\npublisher: !!js/function "function () { return 1 }"\n---\nThe pier reopened.'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.document.publisher).toBeUndefined();
    expect(r.notes).toEqual(['front matter `publisher` has the YAML tag !!js/function, which is not supported; ignored']);
    expect(reasonOf('x.md', utf8('---\ndate: 2022-12-24\ndate: 2022-12-25\n---\nBody.'))).toBe('front matter has the key `date` twice');
  });

  it('limits a front-matter title with an ellipsis and a note', () => {
    const r = readDocument('x.md', utf8(`---\ndate: 2022-12-24\ntitle: ${'Talks '.repeat(2000)}\n---\nThe pier reopened.`));
    if (!r.ok) throw new Error(r.reason);
    expect(r.document.title.length).toBeLessThanOrEqual(200);
    expect(r.document.title.endsWith('Talks…')).toBe(true);
    expect(r.notes).toEqual(['front matter `title` is longer than 200 characters; shortened']);
  });

  it('accepts years 0001 to 9999 only', () => {
    expect(reasonOf('a.txt', utf8('date 0000-01-01 The council met.'))).toBe('date header 0000-01-01 is outside the years 0001 to 9999');
    expect(readDocument('a.txt', utf8('date 0001-01-01 The council met.')).ok).toBe(true);
    expect(readDocument('a.txt', utf8('date 9999-12-31 The council met.')).ok).toBe(true);
  });

  it('cuts a text-derived title at a code point, never inside a surrogate pair', () => {
    const title = titleFromText(`${'😀'.repeat(100)} rest`);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(80);
    expect([...title.slice(0, -1)].every((ch) => ch === '😀')).toBe(true);
  });

  it('trims a body with a long run of inner spaces in linear time (was quadratic /\\s+$/)', () => {
    const r = readDocument('a.txt', utf8(`date 2022-12-24 a${' '.repeat(80_000)}b`));
    expect(r.ok && r.document.text.length).toBe(80_002);
  });
});

describe('readDocument: a source the app would reject is never kept (found by npm run fuzz)', () => {
  it('drops "https:🎉//example.org" with a note instead of writing a corpus that fails its schema', () => {
    const r = readDocument('x.md', utf8('---\ndate: 2022-12-24\nsource: https:🎉🎉//example.org/a\n---\nThe pier reopened.'));
    if (!r.ok) throw new Error(r.reason);
    expect(r.document.source).toBeUndefined();
    expect(r.notes).toEqual(['front matter `source` is not an http(s) URL; ignored']);
  });
});
