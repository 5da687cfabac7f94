import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDocumentTokens, wordTokens, type WordToken } from './english-words.ts';

/** The regex definition `wordTokens` scans by hand (what it was before it was hand-written). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*/gu;
function referenceTokens(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const at = m.index;
    const start = offset + at;
    const spaced = at === 0 || /[\s"“‘'([—–-]/.test(text[at - 1] ?? '');
    const afterComma = /[,—–]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    tokens.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase(), spaced, afterComma });
  }
  return tokens;
}

/** Characters where the word rules have edges: joiners, dashes, quotes, non-ASCII letters and digits, astral letters, lone surrogates, odd spaces. */
const PIECES = [
  'a', 'Z', '7', 'é', 'İ', 'ß', 'ǅ', '٣', '漢', '𝐀', '𝟘', '😀', '\ud800', '\udc00', "'", '’', '-', '.', '—', '–', ',', ' ', '\u00a0', '\u2009',
  '\t', '\n', '"', '“', '‘', '(', '[', ')', ':', '_', '$', 'U.S.', "don't", 'co-founded', '1,200', '3.5', ', ', ',\u00a0 ', '— ', 'x..y',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('wordTokens', () => {
  it('finds exactly the words, offsets and flags of its regex definition', () => {
    fc.assert(fc.property(text, fc.nat(50), (s, offset) => {
      expect(wordTokens(s, offset)).toEqual(referenceTokens(s, offset));
    }), { numRuns: 3000 });
  });

  it('gives a slice of the current document the same tokens as a scan of that slice', () => {
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (doc, a, b) => {
      const from = doc.length === 0 ? 0 : a % (doc.length + 1);
      const to = from + (doc.length === 0 ? 0 : b % (doc.length - from + 1));
      const slice = doc.slice(from, to);
      withDocumentTokens(doc, () => {
        expect(wordTokens(slice, from)).toEqual(referenceTokens(slice, from));
        // Offsets that do not place the slice in the document (relative tokens) are scanned as given.
        expect(wordTokens(slice)).toEqual(referenceTokens(slice));
        expect(wordTokens(slice, from + 1)).toEqual(referenceTokens(slice, from + 1));
      });
    }), { numRuns: 3000 });
  });

  it('keeps "spaced" and "afterComma" true to the slice at its start', () => {
    const doc = 'the union, which struck—on Monday';
    withDocumentTokens(doc, () => {
      const from = doc.indexOf('which');
      expect(wordTokens(doc.slice(from), from)[0]).toMatchObject({ text: 'which', spaced: true, afterComma: false });
      expect(wordTokens(doc.slice(from - 2), from - 2)[0]).toMatchObject({ text: 'which', afterComma: true });
      const on = doc.indexOf('on Monday');
      expect(wordTokens(doc.slice(on - 1), on - 1)[0]).toMatchObject({ text: 'on', spaced: true, afterComma: true });
      expect(wordTokens(doc.slice(on), on)[0]).toMatchObject({ text: 'on', spaced: true, afterComma: false });
      // A slice that cuts a word has that word's part, as a scan of the slice would.
      expect(wordTokens(doc.slice(2, 12), 2).map((t) => t.text)).toEqual(['e', 'union', 'w']);
    });
  });
});
