import {
  AUXILIARIES, DETERMINERS, MODALS_OF_FUTURE, PREPOSITIONS, SCHEDULE_VERBS, STATIVE_VERBS, isParticiple, isPastForm, type WordToken,
  wordTokens,
} from './english-words.ts';
import type { Clause } from './types.ts';

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

/** Adverbs between an auxiliary and its verb: the listed ones and any "-ly" word ("was partly funded"). */
function isIntervening(lower: string): boolean {
  return INTERVENING.has(lower) || (lower.length > 4 && lower.endsWith('ly') && !['only', 'family', 'italy', 'july', 'rally', 'ally', 'supply', 'reply', 'assembly'].includes(lower));
}

function nextContent(tokens: WordToken[], from: number): number {
  let i = from;
  while (i < tokens.length && isIntervening(tokens[i]?.lower ?? '')) i++;
  return i;
}

function isCapitalizedMidClause(tokens: WordToken[], i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '');
}

/**
 * The first finite verb group of `tokens`, or undefined when the clause has none. A clause-initial
 * past form is skipped (it opens a participial phrase: "Founded in 1990, ..."), unless
 * `leadingVerb` says the clause is known to start with its verb (a main clause resuming after a
 * relative clause: "The minister, who took office in May, | resigned on Friday").
 */
export function findVerbGroup(tokens: WordToken[], options: { leadingVerb?: boolean } = {}): VerbGroup | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1]?.lower;
    if (AUXILIARIES.has(t.lower) && (i > 0 || options.leadingVerb) && !(prev && PREPOSITIONS.has(prev)) && prev !== 'to') {
      const j = nextContent(tokens, i + 1);
      const v = tokens[j];
      if (!v || DETERMINERS.has(v.lower) || PREPOSITIONS.has(v.lower) || isCapitalizedMidClause(tokens, j)) {
        if (STATIVE_VERBS.has(t.lower)) return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
        continue;
      }
      if (MODALS_OF_FUTURE.has(t.lower)) return { first: i, head: j, tense: 'future', perfect: false, progressive: false };
      if (['would', 'should', 'can', 'could', 'may', 'might', 'must'].includes(t.lower)) {
        // A modal's group is hypothetical ("would be balanced by December"): skip it whole, so its
        // "be" + participle is not read as a present passive.
        let k = j;
        while (k < tokens.length && (AUXILIARIES.has(tokens[k]?.lower ?? '') || isIntervening(tokens[k]?.lower ?? ''))) k++;
        i = k;
        continue;
      }
      if (['has', 'have', 'had'].includes(t.lower)) {
        let k = j;
        if (tokens[k]?.lower === 'been') k = nextContent(tokens, k + 1);
        const main = tokens[k];
        if (main && (isParticiple(main.lower) || main.lower.endsWith('ing'))) {
          return { first: i, head: k, tense: 'past', perfect: t.lower !== 'had', progressive: main.lower.endsWith('ing') };
        }
        // "have been unable to reach", "has been closed to traffic": a state that began in the past
        // and still holds (perfect of "be" + adjective); "has been a member" (determiner) is excluded above.
        if (tokens[j]?.lower === 'been' && main && !isCapitalizedMidClause(tokens, k) && !PREPOSITIONS.has(main.lower) && !DETERMINERS.has(main.lower)) {
          return { first: i, head: j, tense: 'past', perfect: t.lower !== 'had', progressive: false };
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
    if (i === 0 && !(options.leadingVerb && isPastForm(t.lower))) continue;
    // ", closed since the pandemic, reopens on Saturday": a participle right after a comma opens an
    // appositive phrase about the subject when a finite verb follows it ("Harbor Mills, the flour
    // maker, reported ..." has none: there the word after the comma is the verb).
    if (i > 0 && t.afterComma && isPastForm(t.lower) && !AUXILIARIES.has(t.lower)) {
      const later = findVerbGroup(tokens.slice(i + 1));
      if (later) return { ...later, first: later.first + i + 1, head: later.head + i + 1 };
    }
    if (isPastForm(t.lower) && t.spaced && !isCapitalizedMidClause(tokens, i)) {
      // "that" before a past form is the relative pronoun ("a trial that began"), not a determiner.
      if (prev && ((DETERMINERS.has(prev) && prev !== 'that') || PREPOSITIONS.has(prev) || prev === 'to' || prev.endsWith('ly'))) continue;
      // A participle right after a noun with a preposition after it can be a reduced relative
      // ("the article published in ..."); it still reports an action, so it counts, unless an
      // auxiliary-led group follows: then the participle only modifies the subject ("Peace talks
      // mediated by Norway have been stalled") and the later group is the clause's verb.
      const next = tokens[i + 1]?.lower;
      if (next !== undefined && PREPOSITIONS.has(next)) {
        const later = findVerbGroup(tokens.slice(i + 1));
        const laterFirst = later ? tokens[i + 1 + later.first] : undefined;
        if (later && laterFirst && AUXILIARIES.has(laterFirst.lower)) {
          return { ...later, first: later.first + i + 1, head: later.head + i + 1 };
        }
      }
      return { first: i, head: i, tense: 'past', perfect: false, progressive: false };
    }
    if (STATIVE_VERBS.has(t.lower)) return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
    // "Campaigning officially begins next Monday": a present-tense verb of schedules. It only
    // becomes an event with a date of its own (selectEventSentences needs one for present groups).
    if ((t.lower === 'take' || t.lower === 'takes') && tokens[i + 1]?.lower === 'effect' && i > 0 && !(prev && (AUXILIARIES.has(prev) || prev === 'to'))) {
      return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
    }
    // Base forms only after a plural subject, never after an auxiliary/modal ("could end", "to open").
    if (SCHEDULE_VERBS.has(t.lower) && t.spaced && i > 0 && !isCapitalizedMidClause(tokens, i) &&
      !(prev && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || AUXILIARIES.has(prev) || prev === 'to'))) {
      return { first: i, head: i, tense: 'present', perfect: false, progressive: false };
    }
  }
  return undefined;
}

/** The verb group of a clause, knowing whether the clause starts with its verb (see `Clause.resumesMain`). */
export function clauseVerbGroup(clause: Pick<Clause, 'text' | 'start' | 'resumesMain'>): VerbGroup | undefined {
  return findVerbGroup(wordTokens(clause.text, clause.start), { leadingVerb: clause.resumesMain === true });
}
