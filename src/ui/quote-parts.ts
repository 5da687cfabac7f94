import type { EventSource } from '../domain/corpus.ts';

/**
 * A quote cut around its date phrase, so the phrase can be highlighted. Offsets are document
 * offsets; the phrase is placed inside the quote only when it lies wholly within it, otherwise it
 * is returned apart (`phraseOutside`) rather than guessed at.
 */
export interface QuoteParts {
  before: string;
  phrase: string | null;
  after: string;
  /** A date phrase from outside the quote (e.g. the previous sentence), shown separately. */
  phraseOutside: string | null;
}

export function splitQuote(source: Pick<EventSource, 'quote' | 'datePhrase'>): QuoteParts {
  const { quote, datePhrase } = source;
  if (datePhrase === null) return { before: quote.text, phrase: null, after: '', phraseOutside: null };
  const from = datePhrase.start - quote.start;
  const to = datePhrase.end - quote.start;
  if (from < 0 || to > quote.text.length || quote.text.slice(from, to) !== datePhrase.text) {
    return { before: quote.text, phrase: null, after: '', phraseOutside: datePhrase.text };
  }
  return { before: quote.text.slice(0, from), phrase: datePhrase.text, after: quote.text.slice(to), phraseOutside: null };
}
