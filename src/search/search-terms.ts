import { stemmer } from 'stemmer';

/**
 * How text becomes search terms, the same at index time (extraction/build, Node) and at query time
 * (the browser): words split on anything that is not a letter or digit, lower-cased, accents folded
 * ("Zürich" = "zurich"), English word forms reduced to one stem (Porter: "meetings", "met" stay
 * apart, "meeting" = "meetings"). Highlighting uses the same rules, so what is marked is what matched.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Case- and accent-folded form of a word (no stemming). */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’]s$/u, '')
    .replace(/['’]/gu, '')
    .toLowerCase();
}

/** The term a word is indexed and searched as; '' for a word that is not searched (a lone letter). */
export function termOf(word: string): string {
  const folded = foldWord(word);
  if (folded.length === 0) return '';
  // Numbers and short words as they are; the stemmer is for English words.
  return /^\d+$/.test(folded) || folded.length < 3 ? folded : stemmer(folded);
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words of `text` with their offsets, for highlighting. */
export function wordsWithOffsets(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Both forms a word is indexed under: its stem (word forms) and its folded whole (typing a prefix). */
export function indexTermsOf(word: string): string[] {
  const folded = foldWord(word);
  const stem = termOf(word);
  if (stem === '') return [];
  return stem === folded ? [stem] : [stem, folded];
}

/** One word of a query: its stem, its folded form, and whether it is the last (typed as a prefix). */
export interface QueryWord {
  stem: string;
  folded: string;
  prefix: boolean;
}

/** The words of a query, in order, each once. */
export function parseQuery(query: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const word of tokenize(query)) {
    const stem = termOf(word);
    if (stem === '' || seen.has(stem)) continue;
    seen.add(stem);
    words.push({ stem, folded: foldWord(word), prefix: false });
  }
  const last = words[words.length - 1];
  if (last && /[\p{L}\p{N}]$/u.test(query.trimEnd()) && query === query.trimEnd()) last.prefix = true;
  return words;
}

/** Whether a word of the text matches a word of the query (its stem, or its start for the prefix word). */
function wordMatches(word: string, query: QueryWord): boolean {
  if (termOf(word) === query.stem) return true;
  return query.prefix && query.folded.length >= 2 && foldWord(word).startsWith(query.folded);
}

/** Where the query's words occur in `text`: sorted, non-overlapping `[start, end)` ranges. */
export function matchRanges(text: string, words: readonly QueryWord[]): Array<{ start: number; end: number }> {
  if (words.length === 0) return [];
  const ranges: Array<{ start: number; end: number }> = [];
  for (const { word, start, end } of wordsWithOffsets(text)) {
    if (words.some((q) => wordMatches(word, q))) ranges.push({ start, end });
  }
  return ranges;
}
