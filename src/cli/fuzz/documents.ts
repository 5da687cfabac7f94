import fc from 'fast-check';

/**
 * Generated and mutated documents for fuzzing extraction (fast-check arbitraries, so the property test
 * shrinks a failure to a small case and `npm run fuzz` draws the same documents for the same seed).
 * Generated documents are news-like: both formats, dates of every kind (including the calendar's edges),
 * clause shapes the pipeline cuts (relative, coordinated, reported speech, ranges), and archive text
 * (tokenized newswire, datelines, bylines, captions, headlines, HTML entities). Mutations then break
 * them the way real files break: spliced hostile fragments, cut or doubled ranges, control, bidi and
 * astral characters, a BOM, UTF-16, NUL bytes, invalid UTF-8, a truncated file.
 */

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

const SUBJECTS = ['The minister', 'Police', 'The council', 'Officials in Brussels', 'Ms Okafor, who took office in May,', 'The company', 'Protesters', 'The European Union and France', 'He', 'They', 'Sen. John Smith -LRB- R-Texas -RRB-', 'U.S. officials'];
const VERBS = ['resigned', 'said', 'met', 'announced', 'will meet', 'has been blockaded', 'signed the agreement', 'was arrested', 'called on Azerbaijan to end the blockade', 'reported a 14 percent rise', 'told reporters', 'would open a factory', 'closed the pier', 'is held'];
const DATES = [
  'on Monday', 'last week', 'on December 12, 2022', 'since December 12', 'in January', 'yesterday', 'three days later', 'in the coming weeks',
  'from May 3 to May 9', 'between 2015 and 2022', 'in early 2009', 'on 12 March 2021', 'the year to March', 'two weeks ago', 'in 1979',
  'on January 7, 10000', '99999999 days later', '3000 years ago', 'at 10 p.m.', 'every week', 'in the past two weeks', 'mid-December',
  'March 01 , 2008', 'on Feb. 29, 2023', 'in the third quarter', 'on 0000-01-01', 'next year', 'by the end of the year',
];
const TAILS = ['', ', the government said', ', according to the statement', ', and they expect more to leave next week', ', but the talks failed', '; the road stayed closed', ' after a six-week trial that began on November 20, 2023', ', which ends in January,'];
const ARCHIVE = [
  'WASHINGTON (Reuters) -', '`` We will not back down , \'\' he said .', 'By JANE DOE , Associated Press Writer', 'March 01 , 2008',
  'Photo : Protesters gather outside parliament . -LRB- AP Photo -RRB-', 'MINISTER RESIGNS AFTER PROTESTS', 'Shares fell &amp; rose &quot;sharply&quot; on Friday .',
  '# Talks resume in Brussels', '“We will not give up,” the mayor said on Wednesday.', '(AP) —',
];
const HOSTILE = [
  '<script>window.__pwned=1</script>', '\u202Ecilbup', '\u200B\u200D', '🎉', 'e\u0301', '\u0000', '\r\n', '\n\n', '---\n', 'date 2022-02-30 ',
  '—'.repeat(40), ' '.repeat(60), '"'.repeat(30), '.'.repeat(30), 'a'.repeat(200), ', which', ', and', ' that ', 'Mr. Dr. ', 'J. ', '\uD800', '\t', '&#x202E;',
];

const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...DATES), fc.constantFrom(...TAILS), fc.constantFrom('.', '.', '?', '!', ''))
  .map(([s, v, d, t, end]) => `${s} ${v} ${d}${t}${end}`);
const paragraph = fc.oneof(
  { weight: 4, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom(...ARCHIVE) },
);
const bodyOf = (maxParagraphs: number): fc.Arbitrary<string> => fc.array(paragraph, { minLength: 1, maxLength: maxParagraphs }).map((ps) => ps.join('\n\n'));
const day = fc.oneof(
  { weight: 8, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '0000-01-01', '2022-02-30', '2024-02-29', '22-12-01') },
);
const textOf = (maxParagraphs: number) => fc.tuple(fc.constantFrom('txt', 'md', 'md'), day, bodyOf(maxParagraphs), fc.constantFrom('', 'Talks resume', 'A'.repeat(300)), fc.constantFrom('', 'https://example.org/a', 'javascript:alert(1)', '!!js/function "f"'))
  .map(([format, date, b, title, source]) => ({
    format,
    content: format === 'txt'
      ? `date ${date}\n${b}\n`
      : `---\ndate: ${date}\n${title ? `title: ${title}\n` : ''}${source ? `source: ${source}\n` : ''}publisher: Example News\n---\n${b}\n`,
  }));

type Mutation = (s: string) => string;
const at = (s: string, n: number): number => (s.length === 0 ? 0 : n % (s.length + 1));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE, ...ARCHIVE, ...DATES)).map(([n, piece]): Mutation => (s) => s.slice(0, at(s, n)) + piece + s.slice(at(s, n))),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([n, len]): Mutation => (s) => s.slice(0, at(s, n)) + s.slice(at(s, n) + len)),
  fc.tuple(fc.nat(), fc.nat({ max: 300 })).map(([n, len]): Mutation => (s) => s.slice(0, at(s, n) + len) + s.slice(at(s, n))),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 20 })).map(([n, junk]): Mutation => (s) => s.slice(0, at(s, n)) + junk + s.slice(at(s, n))),
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE), fc.integer({ min: 2, max: 80 })).map(([n, piece, times]): Mutation => (s) => s.slice(0, at(s, n)) + piece.repeat(times) + s.slice(at(s, n))),
  fc.nat().map((n): Mutation => (s) => s.slice(0, at(s, n))),
);

function utf16le(s: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = 0xff;
    out[i++] = 0xfe;
  }
  for (let k = 0; k < s.length; k++) {
    const code = s.charCodeAt(k);
    out[i++] = code & 0xff;
    out[i++] = code >> 8;
  }
  return out;
}

const encoder = new TextEncoder();
type Encoding = 'utf8' | 'bom' | 'utf16' | 'utf16-no-bom' | 'latin1-byte' | 'nul';
function encode(s: string, how: Encoding): Uint8Array {
  switch (how) {
    case 'utf8':
      return encoder.encode(s);
    case 'bom':
      return encoder.encode(`\uFEFF${s}`);
    case 'utf16':
      return utf16le(s, true);
    case 'utf16-no-bom':
      return utf16le(s, false);
    case 'latin1-byte':
      return new Uint8Array([...encoder.encode(s), 0xe9, 0x0a]);
    case 'nul':
      return new Uint8Array([...encoder.encode(s), 0]);
  }
}

/** One fuzz document of up to `maxParagraphs` paragraphs: generated, then (half the time) mutated, then encoded. */
export const fuzzFileOf = (maxParagraphs: number): fc.Arbitrary<{ extension: string; bytes: Uint8Array }> => fc
  .tuple(textOf(maxParagraphs), fc.oneof(fc.constant([] as Mutation[]), fc.array(mutation, { minLength: 1, maxLength: 4 })), fc.constantFrom<Encoding>('utf8', 'utf8', 'utf8', 'utf8', 'utf8', 'utf8', 'bom', 'utf16', 'utf16-no-bom', 'latin1-byte', 'nul'))
  .map(([doc, mutations, how]) => {
    const mutated = mutations.reduce((s, m) => m(s), doc.content);
    return { extension: doc.format, bytes: encode(mutated, mutations.length > 0 ? how : 'utf8') };
  });

/** `count` fuzz files for `seed`, named `fuzz-00000.txt` ...: the same files for the same seed and count. */
export function fuzzFiles(count: number, seed: number): FuzzFile[] {
  return fc.sample(fuzzFileOf(8), { seed, numRuns: count }).map((f, i) => ({ name: `fuzz-${String(i).padStart(5, '0')}.${f.extension}`, bytes: f.bytes }));
}
