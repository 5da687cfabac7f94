import {
  AUXILIARIES, DETERMINERS, MODALS_OF_FUTURE, PREPOSITIONS, STATIVE_VERBS, isParticiple, isPastForm, type WordToken,
} from './english-words.ts';

/**
 * Finds the finite verb group of a clause: the word(s) that make it report something happening.
 * `past` groups ("called", "has been blockaded", "was published") report an action that happened
 * on or before publication; `future` groups ("will once again talk") an announced one; `present`
 * groups (stative "include", "is") only describe.
 */
export interface VerbGroup {
  /** Index of the group's first token in the clause tokens. */
  first: number;
  /** Index of the main verb. */
  head: number;
  tense: 'past' | 'future' | 'present';
  /** Present perfect ("has been blockaded", "has moved"): a past event whose state may continue. */
  perfect: boolean;
  progressive: boolean;
}

const INTERVENING = new Set([
  'not', 'never', 'also', 'once', 'again', 'soon', 'likely', 'still', 'probably', 'then', 'now', 'ever',
  'already', 'even', 'jointly', 'finally', 'reportedly', 'allegedly', 'just', 'recently', 'repeatedly',
  'further', 'n’t', "n't",
]);

function nextContent(tokens: WordToken[], from: number): number {
  let i = from;
  while (i < tokens.length && INTERVENING.has(tokens[i]?.lower ?? '')) i++;
  return i;
}

function isCapitalizedMidClause(tokens: WordToken[], i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '');
}

/** The first finite verb group of `tokens`, or undefined when the clause has none. */
export function findVerbGroup(tokens: WordToken[]): VerbGroup | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1]?.lower;
    if (AUXILIARIES.has(t.lower) && i > 0 && !(prev && PREPOSITIONS.has(prev)) && prev !== 'to') {
      const j = nextContent(tokens, i + 1);
      const v = tokens[j];
      if (!v || DETERMINERS.has(v.lower) || PREPOSITIONS.has(v.lower) || isCapitalizedMidClause(tokens, j)) {
        if (STATIVE_VERBS.has(t.lower)) return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
        continue;
      }
      if (MODALS_OF_FUTURE.has(t.lower)) return { first: i, head: j, tense: 'future', perfect: false, progressive: false };
      if (['would', 'should', 'can', 'could', 'may', 'might', 'must'].includes(t.lower)) continue;
      if (['has', 'have', 'had'].includes(t.lower)) {
        let k = j;
        if (tokens[k]?.lower === 'been') k = nextContent(tokens, k + 1);
        const main = tokens[k];
        if (main && (isParticiple(main.lower) || main.lower.endsWith('ing'))) {
          return { first: i, head: k, tense: 'past', perfect: t.lower !== 'had', progressive: main.lower.endsWith('ing') };
        }
        continue;
      }
      if (['was', 'were', 'is', 'are', 'been', 'be'].includes(t.lower)) {
        const main = tokens[j];
        if (main && isParticiple(main.lower) && !isCapitalizedMidClause(tokens, j)) {
          return { first: i, head: j, tense: t.lower === 'was' || t.lower === 'were' ? 'past' : 'present', perfect: false, progressive: false };
        }
        if (main && main.lower.endsWith('ing') && main.lower.length > 4) {
          return { first: i, head: j, tense: t.lower === 'was' || t.lower === 'were' ? 'past' : 'present', perfect: false, progressive: true };
        }
        if (STATIVE_VERBS.has(t.lower)) return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
        continue;
      }
      if (t.lower === 'did') return { first: i, head: j, tense: 'past', perfect: false, progressive: false };
      continue;
    }
    if (i === 0) continue; // a clause-initial "-ed" word opens a participial phrase ("Founded in 1990, ...")
    if (isPastForm(t.lower) && t.spaced && !isCapitalizedMidClause(tokens, i)) {
      if (prev && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || prev === 'to' || prev.endsWith('ly'))) continue;
      // A participle right after a noun with a preposition after it can be a reduced relative
      // ("the article published in ..."); it still reports an action, so it counts.
      return { first: i, head: i, tense: 'past', perfect: false, progressive: false };
    }
    if (STATIVE_VERBS.has(t.lower)) return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
  }
  return undefined;
}
