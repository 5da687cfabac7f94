import type { PipelineStage, Sentence } from '../types.ts';

/**
 * Splits the body into sentences with character offsets into the document text. Paragraphs
 * (blank lines) and Markdown headings always end a sentence; inside a paragraph a sentence ends at
 * `.`, `!` or `?` (plus any closing quotes/brackets) followed by whitespace and a capital, digit
 * or opening quote, unless the period closes a known abbreviation or an initial ("J. Borrell").
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'rep',
  'sen', 'gov', 'pres', 'mt', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'etc', 'vs', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.k',
  'u.n', 'e.u', 'approx', 'est', 'fig', 'vol', 'rev', 'hon', 'ave', 'blvd', 'dept', 'univ',
]);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

export function splitSentenceSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // A block is a Markdown heading line, or a paragraph: lines up to a blank line or a heading.
  const blocks = /(?<=^|\n)[ \t]*#{1,6}[ \t][^\n]*|[^\n]+(?:\n(?![ \t]*\n)(?![ \t]*#{1,6}[ \t])[^\n]*)*/g;
  for (const block of text.matchAll(blocks)) {
    const blockStart = block.index ?? 0;
    for (const part of archiveParts(block[0])) {
      // A dateline opening the paragraph ("WASHINGTON (Reuters) -") is no part of its first sentence.
      const dateline = DATELINE.exec(part.text);
      const skip = dateline ? dateline[0].length : 0;
      splitBlock(part.text.slice(skip), blockStart + part.start + skip, spans);
    }
  }
  return spans;
}

/**
 * Archive text (wire copy, scraped pages) puts lines that are no prose inside paragraphs: a dateline
 * ("March 01 , 2008"), a byline ("By JANE DOE , Associated Press Writer"), a caption ("Photo : ..."),
 * an all-caps headline. Each such line is a part of its own, so no sentence (and no quote) runs from it
 * into the prose next to it; the other lines of the paragraph stay together.
 */
export const STANDALONE_LINE = new RegExp([
  /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u.source, // no lower-case letter: a headline, a dateline, a slug
  /^(?:By|From)\s+\p{Lu}/u.source, // a byline
  /^(?:Photo|Picture|Caption|File photo|Image)\s*:/iu.source, // a caption
  /^\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*,\s*\d{4}\s*$/u.source, // a date on its own line: "March 01 , 2008"
].join('|'), 'u');

/** "WASHINGTON (Reuters) -", "NEW YORK, March 1 (AP) —", "TOKYO —": an all-caps place, maybe an agency, a dash. */
const DATELINE = /^[ \t]*\p{Lu}[\p{Lu}.&'’ -]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?(?:\s*\([^)\n]{1,30}\))?\s+(?:-{1,2}|—|–)\s+(?=\S)/u;

function archiveParts(block: string): Array<{ start: number; text: string }> {
  if (!block.includes('\n')) return [{ start: 0, text: block }];
  const parts: Array<{ start: number; text: string }> = [];
  let from = 0;
  let at = 0;
  for (const line of block.split('\n')) {
    const end = at + line.length;
    if (STANDALONE_LINE.test(line.trim()) && line.trim() !== '') {
      if (at > from) parts.push({ start: from, text: block.slice(from, at) });
      parts.push({ start: at, text: line });
      from = end + 1;
    }
    at = end + 1;
  }
  if (from < block.length) parts.push({ start: from, text: block.slice(from) });
  return parts;
}

function splitBlock(block: string, offset: number, out: Array<{ start: number; end: number }>): void {
  let sentenceStart = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(block[s] ?? '')) s++;
    while (e > s && /\s/.test(block[e - 1] ?? '')) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(block.slice(s, e))) out.push({ start: offset + s, end: offset + e });
  };
  for (let i = 0; i < block.length; i++) {
    const ch = block[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < block.length && CLOSERS.includes(block[end] ?? '')) end++;
    if (end < block.length && !/\s/.test(block[end] ?? '')) continue;
    let next = end;
    while (next < block.length && /\s/.test(block[next] ?? '')) next++;
    if (next >= block.length) break;
    const following = block[next] ?? '';
    if (!(/[\p{Lu}\p{N}]/u.test(following) || OPENERS.includes(following))) continue;
    if (ch === '.' && endsWithAbbreviation(block, sentenceStart, i)) continue;
    push(sentenceStart, end);
    sentenceStart = next;
    i = next - 1;
  }
  push(sentenceStart, block.length);
}

/** The longest abbreviation ("approx", "u.s") is short; a longer run of letters and dots is a word. */
const MAX_ABBREVIATION = 12;

/**
 * Whether `block[from, at)` ends with an abbreviation or an initial. Walks back over letters and dots
 * (at most MAX_ABBREVIATION + 1 of them) instead of `/([\p{L}.]+)$/` on the slice, which was quadratic
 * in a long run of abbreviations or one very long word.
 */
function endsWithAbbreviation(block: string, from: number, at: number): boolean {
  let s = at;
  while (s > from && at - s <= MAX_ABBREVIATION && /[\p{L}.]/u.test(block[s - 1] ?? '')) s--;
  // Letters outside the BMP (two code units) are not in any abbreviation; stop there too.
  if (s === at || (s > from && /[\p{L}.]/u.test(block[s - 1] ?? ''))) return false;
  const word = block.slice(s, at);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Borrell"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Stage 1: sentences with offsets, because every later decision is made within one sentence. */
export const splitSentences: PipelineStage = {
  name: 'splitSentences',
  run(state) {
    const sentences: Sentence[] = splitSentenceSpans(state.doc.text).map((s, index) => ({
      index,
      start: s.start,
      end: s.end,
      text: state.doc.text.slice(s.start, s.end),
    }));
    return {
      ...state,
      sentences,
      trace: [...state.trace, { stage: 'splitSentences', message: () => `${sentences.length} sentences` }],
    };
  },
};
