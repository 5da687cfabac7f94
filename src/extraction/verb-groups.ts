import {
  AUXILIARIES, DETERMINERS, INTENTION_VERBS, MODALS_OF_FUTURE, PREPOSITIONS, SCHEDULE_VERBS, STATIVE_VERBS, isPastForm, type WordToken,
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

/** Words in "-ly" that are no adverb: nouns, names and verbs. */
const LY_NOT_ADVERBS = new Set([
  'only', 'family', 'italy', 'july', 'rally', 'ally', 'supply', 'reply', 'assembly', 'apply', 'comply', 'imply', 'multiply',
  'rely', 'tally', 'bully', 'anomaly', 'monopoly', 'belly', 'jelly', 'holly', 'lily', 'firefly', 'butterfly',
]);

/** A "-ly" word that is an adverb ("partly", "quickly"), not "family", "Italy" or "the rally". */
function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOT_ADVERBS.has(lower);
}

/** Adverbs between an auxiliary and its verb: the listed ones and any "-ly" word ("was partly funded"). */
function isIntervening(lower: string): boolean {
  return INTERVENING.has(lower) || isLyAdverb(lower);
}

/**
 * Whether the word before a past form at `i` is an adverb that makes it no finite verb of its own
 * ("newly built", "recently opened"). A "-ly" word after a determiner or possessive is a noun ("The
 * family ran the mill", "the assembly voted"), and so is a capitalised one mid-clause ("Kelly won").
 */
function adverbBefore(tokens: WordToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !isLyAdverb(prev.lower) || isCapitalizedMidClause(tokens, i - 1)) return false;
  const before = tokens[i - 2]?.lower;
  return before === undefined || !(DETERMINERS.has(before) || /['’]s$/.test(before));
}

function nextContent(tokens: WordToken[], from: number): number {
  let i = from;
  while (i < tokens.length && isIntervening(tokens[i]?.lower ?? '')) i++;
  return i;
}

function isCapitalizedMidClause(tokens: WordToken[], i: number): boolean {
  return i > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '');
}

/** Index of the verb after "to" that an intention verb at `i` points to ("plan to march", "expect the river to peak"). */
function intendedVerb(tokens: WordToken[], i: number): number | undefined {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    const w = tokens[k];
    if (!w) return undefined;
    if (w.lower === 'to') return tokens[k + 1] && !DETERMINERS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : undefined;
    if (AUXILIARIES.has(w.lower) || PREPOSITIONS.has(w.lower) || w.afterComma) return undefined;
  }
  return undefined;
}

function verbGroup(first: number, head: number, tense: VerbGroup['tense'], aspect: { perfect?: boolean; progressive?: boolean } = {}): VerbGroup {
  return { first, head, tense, perfect: aspect.perfect ?? false, progressive: aspect.progressive ?? false };
}

const HYPOTHETICAL_MODALS = new Set(['would', 'should', 'can', 'could', 'may', 'might', 'must']);

/** How many words after a modal's verb a deadline ("until", "till") may come: "return overdue books without a fine until". */
const DEADLINE_REACH = 8;

/** An "until"/"till" within a few words after the verb at `j`, before any clause edge ("," or a conjunction). */
function deadlineAhead(tokens: WordToken[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + DEADLINE_REACH; k++) {
    const token = tokens[k];
    if (!token || token.afterComma) return false;
    const w = token.lower;
    if (w === 'until' || w === 'till') return true;
    if (w === 'and' || w === 'but' || w === 'or' || w === 'if' || w === 'because' || w === 'which' || w === 'who') return false;
  }
  return false;
}

/**
 * The verb group an auxiliary at `i` opens ("will talk", "has been blockaded", "was published"),
 * or where `findVerbGroup` resumes scanning when it opens none (`skipTo`; the scan goes on after it).
 */
function auxiliaryGroup(tokens: WordToken[], i: number, t: WordToken, reportedFuture = false): VerbGroup | { skipTo: number } {
  const j = nextContent(tokens, i + 1);
  const v = tokens[j];
  // "Insurers have until 30 May to file": a deadline held; "have" is the verb.
  if (v && (v.lower === 'until' || v.lower === 'till') && (t.lower === 'has' || t.lower === 'have' || t.lower === 'had')) {
    return verbGroup(i, i, t.lower === 'had' ? 'past' : 'present');
  }
  if (!v || DETERMINERS.has(v.lower) || PREPOSITIONS.has(v.lower) || isCapitalizedMidClause(tokens, j)) {
    return STATIVE_VERBS.has(t.lower) ? verbGroup(i, i, 'present') : { skipTo: i };
  }
  // In reported speech "would" is the future seen from the speaking ("said it would delay the launch").
  if (MODALS_OF_FUTURE.has(t.lower) || (reportedFuture && t.lower === 'would')) return verbGroup(i, j, 'future');
  // "Borrowers can return books without a fine until 30 April": a permission that holds up to a
  // deadline is stated now, of a state that runs to the date; "could"/"would" stay hypothetical.
  if ((t.lower === 'can' || t.lower === 'may') && deadlineAhead(tokens, j)) return verbGroup(i, j, 'present');
  if (HYPOTHETICAL_MODALS.has(t.lower)) {
    // A modal's group is hypothetical ("would be balanced by December"): skip it whole, so its
    // "be" + participle is not read as a present passive.
    let k = j;
    while (k < tokens.length && (AUXILIARIES.has(tokens[k]?.lower ?? '') || isIntervening(tokens[k]?.lower ?? ''))) k++;
    return { skipTo: k };
  }
  if (t.lower === 'has' || t.lower === 'have' || t.lower === 'had') {
    const perfect = t.lower !== 'had';
    const k = tokens[j]?.lower === 'been' ? nextContent(tokens, j + 1) : j;
    const main = tokens[k];
    if (main && (isPastForm(main.lower) || main.lower.endsWith('ing'))) {
      return verbGroup(i, k, 'past', { perfect, progressive: main.lower.endsWith('ing') });
    }
    // "have been unable to reach", "has been closed to traffic": a state that began in the past
    // and still holds (perfect of "be" + adjective); "has been a member" (determiner) is excluded above.
    if (tokens[j]?.lower === 'been' && main && !isCapitalizedMidClause(tokens, k) && !PREPOSITIONS.has(main.lower) && !DETERMINERS.has(main.lower)) {
      return verbGroup(i, j, 'past', { perfect });
    }
    return { skipTo: i };
  }
  if (['was', 'were', 'is', 'are', 'been', 'be'].includes(t.lower)) {
    const tense = t.lower === 'was' || t.lower === 'were' ? 'past' : 'present';
    if (isPastForm(v.lower)) return verbGroup(i, j, tense);
    if (v.lower.endsWith('ing') && v.lower.length > 4) return verbGroup(i, j, tense, { progressive: true });
    return STATIVE_VERBS.has(t.lower) ? verbGroup(i, i, 'present') : { skipTo: i };
  }
  return t.lower === 'did' ? verbGroup(i, j, 'past') : { skipTo: i };
}

/**
 * Where a window searched by `groupAfter` lies in the clause's token array (its root): windows are slices,
 * and a window opened inside a window is cut from the root, not from its parent.
 */
const windowOf = new WeakMap<WordToken[], { root: WordToken[]; offset: number }>();

/**
 * The verb group found in the window that starts at each root index, in root indices (null: none).
 * Without it, a clause of many "which ..." with no verb after them searched every suffix again from
 * every position: exponential (a 550-character sentence ran for minutes; issue 10's fuzzer found it).
 * Windows are cut from the root so that each start has exactly one window: cut from their parent
 * window, a start had one per parent end (up to LATER_REACH of them, each searched with its own nested
 * windows), and 400 "which" in one sentence took LATER_REACH² token visits per word. Now each window is
 * searched once: linear in the clause, LATER_REACH visits per word.
 */
const groupsOfWindow = new WeakMap<WordToken[], Map<number, VerbGroup | null>>();

/** How many words after a relative or participial verb the main verb may come: far more than any relative clause runs. */
const LATER_REACH = 40;

/** The token at `i` of `tokens`, also when `i` lies past the end of a window (a group found by a nested window may). */
function tokenAt(tokens: WordToken[], i: number): WordToken | undefined {
  const w = windowOf.get(tokens);
  return w ? w.root[w.offset + i] : tokens[i];
}

/** The first verb group within LATER_REACH words after token `i`, with indices into `tokens`. */
function groupAfter(tokens: WordToken[], i: number): VerbGroup | undefined {
  const { root, offset } = windowOf.get(tokens) ?? { root: tokens, offset: 0 };
  const start = offset + i + 1;
  if (start >= root.length) return undefined;
  let found = groupsOfWindow.get(root);
  if (!found) {
    found = new Map();
    groupsOfWindow.set(root, found);
  }
  let later = found.get(start);
  if (later === undefined) {
    const window = root.slice(start, start + LATER_REACH);
    windowOf.set(window, { root, offset: start });
    const group = findVerbGroup(window);
    later = group ? { ...group, first: group.first + start, head: group.head + start } : null;
    found.set(start, later);
  }
  return later ? { ...later, first: later.first - offset, head: later.head - offset } : undefined;
}

/** After a determiner, preposition, auxiliary or "to", a base form is a noun or an infinitive, not a finite verb. */
function followsFunctionWord(prev: string | undefined): boolean {
  return prev !== undefined && (DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || AUXILIARIES.has(prev) || prev === 'to');
}

/**
 * The first finite verb group of `tokens`, or undefined when the clause has none. A clause-initial
 * past form is skipped (it opens a participial phrase: "Founded in 1990, ..."), unless
 * `leadingVerb` says the clause is known to start with its verb (a main clause resuming after a
 * relative clause: "The minister, who took office in May, | resigned on Friday").
 */
export function findVerbGroup(tokens: WordToken[], options: { leadingVerb?: boolean; reportedFuture?: boolean } = {}): VerbGroup | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1]?.lower;
    if (AUXILIARIES.has(t.lower) && (i > 0 || options.leadingVerb) && !(prev && PREPOSITIONS.has(prev)) && prev !== 'to') {
      const found = auxiliaryGroup(tokens, i, t, options.reportedFuture === true);
      if ('tense' in found) return found;
      i = found.skipTo;
      continue;
    }
    if (i === 0 && !(options.leadingVerb && isPastForm(t.lower))) continue;
    // ", closed since the pandemic, reopens on Saturday": a participle right after a comma opens an
    // appositive phrase about the subject when a finite verb follows it ("Harbor Mills, the flour
    // maker, reported ..." has none: there the word after the comma is the verb).
    if (i > 0 && t.afterComma && isPastForm(t.lower) && !AUXILIARIES.has(t.lower)) {
      const later = groupAfter(tokens, i);
      if (later) return later;
    }
    // "Margaret Okafor, the architect who designed the library, died on Sunday": the verb of a
    // relative clause inside the subject gives way to the main verb after it, when there is one.
    if ((prev === 'who' || prev === 'which') && i > 1) {
      const later = groupAfter(tokens, i);
      if (later) return later;
    }
    if (isPastForm(t.lower) && t.spaced && !isCapitalizedMidClause(tokens, i)) {
      // "that" before a past form is the relative pronoun ("a trial that began"), not a determiner.
      if (prev && ((DETERMINERS.has(prev) && prev !== 'that') || PREPOSITIONS.has(prev) || prev === 'to' || adverbBefore(tokens, i))) continue;
      // A participle right after a noun with a preposition after it can be a reduced relative
      // ("the article published in ..."); it still reports an action, so it counts, unless an
      // auxiliary-led group follows: then the participle only modifies the subject ("Peace talks
      // mediated by Norway have been stalled") and the later group is the clause's verb.
      // A clause known to start with its verb has no subject for a participle to modify ("..., said in
      // a statement that it had replaced ..." is the main clause resuming, not a reduced relative).
      const next = tokens[i + 1]?.lower;
      if (next !== undefined && PREPOSITIONS.has(next) && !(i === 0 && options.leadingVerb)) {
        const later = groupAfter(tokens, i);
        if (later && AUXILIARIES.has(tokenAt(tokens, later.first)?.lower ?? '')) return later;
      }
      return verbGroup(i, i, 'past');
    }
    // "Said to be worth a fortune, the cup was made in 1571": an infinitive is no finite verb.
    if (STATIVE_VERBS.has(t.lower) && prev !== 'to') return verbGroup(i, i, 'present');
    // "Campaigning officially begins next Monday": a present-tense verb of schedules. It only
    // becomes an event with a date of its own (selectEventSentences needs one for present groups).
    if ((t.lower === 'take' || t.lower === 'takes') && tokens[i + 1]?.lower === 'effect' && i > 0 && !(prev && (AUXILIARIES.has(prev) || prev === 'to'))) {
      return verbGroup(i, i, 'present');
    }
    // "Farmers plan to march on Saturday": an intention in the present points to a future action,
    // whose verb (after "to") heads the group.
    // "Forecasters expect the river to peak by Thursday": a short object may stand before "to".
    const to = INTENTION_VERBS.has(t.lower) ? intendedVerb(tokens, i) : undefined;
    if (to !== undefined && i > 0 && !isCapitalizedMidClause(tokens, i) && !/['’]s$/.test(prev ?? '') &&
      !followsFunctionWord(prev)) {
      return verbGroup(i, to, 'future');
    }
    // Base forms only after a plural subject, never after an auxiliary/modal ("could end", "to open").
    // "Tax returns rose": a schedule word right before a verb is a noun.
    const next = tokens[i + 1]?.lower ?? '';
    if (SCHEDULE_VERBS.has(t.lower) && t.spaced && i > 0 && !isCapitalizedMidClause(tokens, i) && !isPastForm(next) && !AUXILIARIES.has(next) &&
      !followsFunctionWord(prev)) {
      return verbGroup(i, i, 'present');
    }
  }
  return undefined;
}

type ClauseWords = Pick<Clause, 'text' | 'start' | 'resumesMain' | 'sharesVerb' | 'antecedent' | 'speaker'>;

/** The clause's word tokens, preceded by its antecedent's when it shares that antecedent's verb (`Clause.sharesVerb`). */
export function clauseTokens(clause: ClauseWords): WordToken[] {
  const own = wordTokens(clause.text, clause.start);
  return clause.sharesVerb && clause.antecedent ? [...wordTokens(clause.antecedent.text, clause.antecedent.start), ...own] : own;
}

/** The verb group of a clause, knowing whether the clause starts with its verb (see `Clause.resumesMain`). */
export function clauseVerbGroup(clause: ClauseWords): VerbGroup | undefined {
  return findVerbGroup(clauseTokens(clause), { leadingVerb: clause.resumesMain === true, reportedFuture: clause.speaker !== undefined });
}
