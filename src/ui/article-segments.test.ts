import { describe, expect, it } from 'vitest';
import { segmentArticle } from './article-segments.ts';
import { splitQuote } from './quote-parts.ts';

const text = 'Alpha beta. Gamma delta on December 12. Epsilon.';
const join = (segments: { text: string }[]): string => segments.map((s) => s.text).join('');

describe('segmentArticle', () => {
  it('returns the text alone when there are no marks', () => {
    expect(segmentArticle(text, [], null)).toEqual([{ kind: 'text', start: 0, text }]);
  });

  it('marks each quote and keeps every character once', () => {
    const segments = segmentArticle(
      text,
      [
        { eventId: 'b', start: 12, end: 39 },
        { eventId: 'a', start: 0, end: 11 },
      ],
      'b',
    );
    expect(segments).toEqual([
      { kind: 'mark', start: 0, text: 'Alpha beta.', eventId: 'a', current: false },
      { kind: 'text', start: 11, text: ' ' },
      { kind: 'mark', start: 12, text: 'Gamma delta on December 12.', eventId: 'b', current: true },
      { kind: 'text', start: 39, text: ' Epsilon.' },
    ]);
    expect(join(segments)).toBe(text);
  });

  it('keeps the current quote whole when another quote overlaps it', () => {
    const segments = segmentArticle(
      text,
      [
        { eventId: 'wide', start: 0, end: 39 },
        { eventId: 'cur', start: 12, end: 23 },
      ],
      'cur',
    );
    expect(segments.filter((s) => s.kind === 'mark').map((s) => [s.text, s.kind === 'mark' && s.eventId])).toEqual([
      ['Alpha beta. ', 'wide'],
      ['Gamma delta', 'cur'],
      [' on December 12.', 'wide'],
    ]);
    expect(join(segments)).toBe(text);
  });

  it('gives an overlap to the earlier quote when neither is current', () => {
    const segments = segmentArticle(
      text,
      [
        { eventId: 'late', start: 6, end: 17 },
        { eventId: 'early', start: 0, end: 11 },
      ],
      null,
    );
    expect(segments.map((s) => (s.kind === 'mark' ? `${s.eventId}:${s.text}` : s.text))).toEqual([
      'early:Alpha beta.',
      'late: Gamma',
      ' delta on December 12. Epsilon.',
    ]);
  });

  it('clamps spans outside the text and drops empty ones', () => {
    const segments = segmentArticle('short', [{ eventId: 'x', start: 3, end: 99 }, { eventId: 'y', start: 2, end: 2 }], null);
    expect(segments).toEqual([
      { kind: 'text', start: 0, text: 'sho' },
      { kind: 'mark', start: 3, text: 'rt', eventId: 'x', current: false },
    ]);
  });

  it('keeps markup-like text as text', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> on December 12';
    expect(join(segmentArticle(hostile, [{ eventId: 'h', start: 0, end: hostile.length }], 'h'))).toBe(hostile);
  });
});

describe('splitQuote', () => {
  const quote = { start: 12, end: 39, text: 'Gamma delta on December 12.' };

  it('cuts the quote around its date phrase', () => {
    expect(splitQuote({ quote, datePhrase: { start: 27, end: 38, text: 'December 12' } })).toEqual({
      before: 'Gamma delta on ',
      phrase: 'December 12',
      after: '.',
      phraseOutside: null,
    });
  });

  it('leaves the quote whole without a date phrase', () => {
    expect(splitQuote({ quote, datePhrase: null })).toEqual({
      before: quote.text,
      phrase: null,
      after: '',
      phraseOutside: null,
    });
  });

  it('shows a date phrase from outside the quote apart', () => {
    expect(splitQuote({ quote, datePhrase: { start: 0, end: 5, text: 'Alpha' } })).toEqual({
      before: quote.text,
      phrase: null,
      after: '',
      phraseOutside: 'Alpha',
    });
  });
});
