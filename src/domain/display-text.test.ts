import { describe, expect, it } from 'vitest';
import { isolate, shortenText } from './display-text.ts';

describe('shortenText', () => {
  it('keeps short text, cuts long text at a word with an ellipsis', () => {
    expect(shortenText('Reuters', 10)).toBe('Reuters');
    expect(shortenText('The European Union and France called', 20)).toBe('The European Union…');
  });

  it('never splits a surrogate pair or a letter from its accent', () => {
    const emoji = '😀'.repeat(30);
    const cut = shortenText(emoji, 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const accents = 'e\u0301'.repeat(20);
    expect(shortenText(accents, 5)).toBe(`${'e\u0301'.repeat(4)}…`);
  });

  it('counts an accent just past the cut with its letter (plain text up to there is cut by characters)', () => {
    // Five graphemes in six code units: whole. Then a sixth grapheme: cut.
    expect(shortenText('abcde\u0301', 5)).toBe('abcde\u0301');
    expect(shortenText('abcde\u0301f', 5)).toBe('abcd…');
    expect(shortenText('abcdefgh', 5)).toBe('abcd…');
  });

  it('isolates composed text with FSI/PDI', () => {
    expect(isolate('\u202Ecilbup')).toBe('\u2068\u202Ecilbup\u2069');
  });
});
