import { isoDayFromParts, lastDayOfMonth, weekdayOf, addDays, compareDays } from '../../domain/calendar.ts';
import { NOT_PAST_ED, PAST_WORDS, SCHEDULE_WORDS } from './verb-forms.ts';

/**
 * Anchoring underspecified expressions to the reference date (DCT): the tense of the clause around a
 * mention decides whether "December 12" or "Tuesday" points back or forward. News reports mostly
 * about the past, so an unknown tense leans to the nearest occurrence, and weekdays lean to the past.
 */

export type Tense = 'past' | 'future' | 'unknown';

export interface Reference {
  iso: string;
  year: number;
  month: number;
  day: number;
}

export function parseReference(iso: string): Reference {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m || isoDayFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === undefined) {
    throw new RangeError(`referenceDate must be a calendar day YYYY-MM-DD, got "${iso}"`);
  }
  return { iso: iso.slice(0, 10), year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const FUTURE_WORDS = [
  'will', "won't", 'wo', 'shall', "'ll", 'should', 'may', 'might', 'must', 'could', 'going to', 'next(?!\\s+to\\b)', 'upcoming',
  'coming', 'scheduled', 'plans?', 'planned', 'planning', 'expects?', 'expected', 'intends?', 'intended to',
  'due to', 'due', 'would', 'aims?', 'set to', 'set for', 'tomorrow', 'is to', 'are to', 'hopes? to', 'hoping to', 'likely to',
  'forecast to', 'projected to', 'predicted to', 'poised to', 'slated', 'ready to', 'wants? to', 'seeks? to',
];
/** Infinitives that point forward only when they lead up to the mention ("to be held on Friday"). */
const INFINITIVE_WORDS = ['to be', 'to take place', 'to begin', 'to start', 'to open', 'to close', 'to end'];

function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/'/g, "['’]")).join('|');
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex source matching exactly the given plain words, factored as a trie ("sa(?:id|w|t|ng)..."):
 * the engine then tries a handful of branches per position instead of hundreds of words, which keeps
 * the tense scan (run once per mention) cheap.
 */
function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => `${ch === ' ' ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${emit(child)}`);
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] ?? '' : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

// Future cues come first in the alternation so "scheduled"/"expected"/"set to" are not read as past forms.
const TENSE_CUE = new RegExp(
  `(?<![\\w'’-])(?:(${alternation(FUTURE_WORDS)})|(${alternation(INFINITIVE_WORDS)})|(${trieAlternation(SCHEDULE_WORDS)})|` +
    `(${trieAlternation(PAST_WORDS)})|([a-z]{3,}ed))(?![\\w'’-])`,
  'gi',
);
/**
 * Words right before a verb form that make it non-finite or present ("will cut", "to hit", "be held",
 * "is expected"), or a noun ("a cut", "the set"): such a form says nothing about the clause's tense.
 */
const NOT_FINITE_BEFORE =
  /(?:^|[^\w'’])(?:be|being|is|are|am|to|remain|remains|stay|stays|seem|seems|get|gets|become|becomes|will|would|can|could|may|might|must|should|shall|won['’]t|wo|['’]ll|do|does|don['’]t|doesn['’]t|cannot|can['’]t|not|never|a|an|the|its|their|his|her|our|this|these|those|\d(?:[\d,.]*\d)?|million|billion)\s+(?:(?:[a-z]+ly|still|yet|now|also|just|already|newly)\s+)?$|\w['’]s\s+$/i;
/** Future cues that are also nouns ("the plan", "its aims"). */
const NOUN_CUE = /^(?:plans?|aims?|hopes?)$/i;
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|our|this|that|these|those|new)\s+$/i;
/** A regular "-ed" form is also an adjective ("a limited offer"), so it counts as a little farther away. */
const WEAK_PENALTY = 8;
/** Cues after the mention count less than the verb before it, and much less across a comma. */
const AFTER_WEIGHT = 1.5;
const CLAUSE_PENALTY = 30;
/** Punctuation or a conjunction that starts another clause ("appeared on Monday and will return..."). */
const CLAUSE_EDGE = /[,;:—–]|\b(?:and|but|while|whereas|although|though|because|which|who|that)\b/i;
/** A mention that names a day: a weekday or a month with a day number. */
const DAY_MENTION = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d/;
/** A past auxiliary right before a future cue, or an adverb that puts the plan in the past ("as previously planned"). */
const PAST_AUXILIARY_BEFORE = /\b(?:(?:had|was|were)\s+(?:been\s+)?(?:[a-z]+ly\s+)?|(?:previously|originally|initially)\s+)$/i;
/** Verbs that move an event to a later date. */
const POSTPONE = /^(?:postpon|delay|adjourn|defer|reschedul|rearrang|extend|push|mov|brought)/i;
/** A short object, then "until"/"till" and the mention: "postponed a share sale until the". */
const POSTPONED_OBJECT_UNTIL = /^\s+(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,3}?(?:until|till)\s+(?:the\s+)?$/i;
/** Only a preposition between a verb and the mention. */
const ADJACENT_PREPOSITION = /^\s+(?:(?:on|in|at|by|from|since|until|till|to|for|during|through|before|after)\s+)?(?:the\s+)?$/i;
/** A verb, a particle ("took place", "broke off") and a preposition take the mention: "took place on March 3". */
const TAKES_MENTION = /^\s+(?:(?:place|off|up|out|down|back|over|talks|office|power)\s+)?(?:(?:on|in|at|by|from|since|until|till|to|for|during|through|before|after)\s+)?(?:the\s+)?$/i;
const SENTENCE_BREAK = /[.!?]\s+[A-Z"“]|\n/g;

/** The sentence of `window` that holds [s, e): a cue in another sentence says nothing about this one. */
function sentenceBounds(window: string, s: number, e: number): [number, number] {
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(window); m; m = SENTENCE_BREAK.exec(window)) {
    if (m.index < s) from = m.index + 1;
    else if (m.index >= e) return [from, m.index + 1];
  }
  return [from, window.length];
}

/**
 * The tense of the clause around [start, end): the grammatical cue nearest the mention within its
 * sentence (at most `reach` characters away) wins. Cues: modals and plans (future); present-tense
 * schedule verbs ("opens on Monday": future); irregular and regular past forms, "had/was/were" and
 * reporting verbs (past). A verb form after an auxiliary, "to" or a determiner is skipped.
 */
export function tenseAround(text: string, start: number, end: number, reach = 90): Tense {
  return clauseAround(text, start, end, reach).tense;
}

/**
 * The tense of the clause around a mention, and whether the cue that decided it is a verb that
 * takes the mention's phrase ("collapsed on January 5": governed) rather than a verb elsewhere in
 * the clause ("announced a dividend payable Dec. 7": not governed).
 */
export interface ClauseTense {
  tense: Tense;
  governed: boolean;
}

export function clauseAround(text: string, start: number, end: number, reach = 90): ClauseTense {
  // Work on a bounded window so the cost per mention does not grow with the document.
  const lo = Math.max(0, start - reach);
  const window = text.slice(lo, Math.min(text.length, end + reach));
  const s = start - lo;
  const e = end - lo;
  const [from, to] = sentenceBounds(window, s, e);
  let best: Tense = 'unknown';
  let bestDistance = Infinity;
  let bestGoverns = false;
  // "an election for September 5", "a meeting for Friday": a day introduced by "for" is what a plan
  // aims at, so it leans ahead unless a verb right before it says otherwise.
  if (/\bfor\s+$/i.test(window.slice(Math.max(0, s - 5), s)) && DAY_MENTION.test(window.slice(s, e))) {
    best = 'future';
    bestDistance = 1;
  }
  TENSE_CUE.lastIndex = from;
  for (let m = TENSE_CUE.exec(window); m && m.index < to; m = TENSE_CUE.exec(window)) {
    const cueEnd = m.index + m[0].length;
    if (cueEnd > s && m.index < e) continue; // inside the mention itself ("last", "next")
    const after = m.index >= e;
    if (m[2] !== undefined && after) continue; // "on Monday to end a run": a purpose clause, not a plan
    // "shed 47 points to close at 2,082, down 6.8% from Oct. 13": the infinitive's clause ended at the comma.
    if (m[2] !== undefined && /[,;:]/.test(window.slice(cueEnd, s))) continue;
    const verb = m[4] ?? m[5];
    if (m[3] !== undefined && NOT_FINITE_BEFORE.test(window.slice(Math.max(0, m.index - 24), m.index))) continue;
    // "announced the plan Aug. 21", "its aim": a plan named by a noun is no future clause.
    if (m[1] !== undefined && NOUN_CUE.test(m[1]) && DETERMINER_BEFORE.test(window.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (verb !== undefined) {
      if (m[5] !== undefined && NOT_PAST_ED.test(verb.toLowerCase())) continue;
      if (NOT_FINITE_BEFORE.test(window.slice(Math.max(0, m.index - 24), m.index))) continue;
    }
    // The verb that takes the mention's phrase ("started on Monday", "rose in March") decides.
    const governs = !after && ADJACENT_PREPOSITION.test(window.slice(cueEnd, s));
    let distance = governs ? 0 : after ? (m.index - e) * AFTER_WEIGHT : s - cueEnd;
    if (after && CLAUSE_EDGE.test(window.slice(e, m.index))) distance += CLAUSE_PENALTY;
    if (m[5] !== undefined && !governs) distance += WEAK_PENALTY;
    if (distance < bestDistance) {
      bestDistance = distance;
      bestGoverns = !after && verb !== undefined && TAKES_MENTION.test(window.slice(cueEnd, s));
      // "was postponed until Friday", "delayed to March": the new date lies ahead of the decision.
      // "postponed a share sale until the autumn": the object may stand between the verb and "until".
      const postponed = verb !== undefined && POSTPONE.test(verb) && (governs ? /^\s+(?:until|till|to|for)\s/i.test(window.slice(cueEnd, s)) : POSTPONED_OBJECT_UNTIL.test(window.slice(cueEnd, s)));
      // "had expected to", "was due to", "were scheduled for": a plan seen from the past, which may
      // or may not lie ahead of the DCT, so the nearest reading is the honest one.
      const planInPast = verb === undefined && m[2] === undefined && PAST_AUXILIARY_BEFORE.test(window.slice(Math.max(0, m.index - 16), m.index));
      best = planInPast ? 'unknown' : verb !== undefined && !postponed ? 'past' : 'future';
    }
  }
  // "a vigil planned for Saturday was cancelled": the plan's participle modifies a noun and the
  // clause's own verb is past, so the day is the one gone by.
  if (best === 'future' && PLANNED_FOR_BEFORE.test(window.slice(Math.max(0, s - 40), s)) && PAST_MAIN_VERB_AFTER.test(window.slice(e, to))) {
    return { tense: 'past', governed: false };
  }
  // "picked partners for the trial to run through October", "asked it to respond by Oct. 31": a
  // purpose or an order looks ahead of the past verb that governs it.
  // An order's day with "on"/"at" ("were told to leave their homes on Friday night") is when it was
  // given as often as when it was due, so the past verb keeps it; a deadline ("by", "until") is the order's.
  if (best === 'past' && !bestGoverns && PURPOSE_INFINITIVE_BEFORE.test(window.slice(from, s)) &&
    !(ORDER_INFINITIVE_BEFORE.test(window.slice(from, s)) && (DAY_PREPOSITION_BEFORE.test(window.slice(Math.max(from, s - 4), s)) || /^(?:on|at)\s/i.test(window.slice(s, e))))) {
    return { tense: 'future', governed: false };
  }
  // "Cabin crew to strike on Friday": a headline's bare infinitive, with no verb of tense anywhere
  // in the clause, announces what is to come.
  if (best === 'unknown' && bestDistance === Infinity && HEADLINE_INFINITIVE_BEFORE.test(window.slice(from, s))) return { tense: 'future', governed: false };
  return { tense: best, governed: bestGoverns };
}

/** A noun, then a plan's participle and "for"/"on": "a vigil planned for", "the talks scheduled on". */
const PLANNED_FOR_BEFORE = /\b(?!(?:is|are|was|were|be|been|being|has|have|had)\b)[a-z]+\s+(?:planned|scheduled|set|due|slated)\s+(?:for|on)\s+$/i;
/** A past finite verb after the mention: "was cancelled", "were called off", "had been postponed". */
const PAST_MAIN_VERB_AFTER = /^[^,;.]{0,30}?\b(?:was|were|had been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|called|put|cut|set|shut|held|made|put off|called off)\b/i;
/** "for <noun phrase> to <verb>", "asked/told/ordered <someone> to <verb>", "were told to <verb>" with no clause edge after it. */
const PURPOSE_INFINITIVE_BEFORE = /\b(?:for\s+(?:the|a|an|its|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?|(?:asked|told|ordered|urged|allowed|required|directed|gave)\s+(?:it|them|him|her|us|the\s+[a-z]+|[A-Z][a-z]+)|(?:was|were|been|being)\s+(?:asked|told|ordered|urged|allowed|required|directed|instructed|advised))\s+to\s+[a-z]+\b[^,;:]*$/;

/** The order forms of PURPOSE_INFINITIVE_BEFORE ("told them to", "were told to"), not a purpose ("for the trial to"). */
const ORDER_INFINITIVE_BEFORE = /\b(?:asked|told|ordered|urged|allowed|required|directed|instructed|advised)\s+(?:(?:it|them|him|her|us|the\s+[a-z]+|[A-Z][a-z]+)\s+)?to\s+[a-z]+\b[^,;:]*$/;
const DAY_PREPOSITION_BEFORE = /\b(?:on|at)\s+$/i;

/** "to" + a lower-case verb (not a determiner or a name: "flights to Paris", "trips to the coast") and no clause edge after it. */
const HEADLINE_INFINITIVE_BEFORE = /\bto\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|my|our|your|be|date)\b)[a-z]{3,}\b[^,;:.!?]*$/;

const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/** A present perfect earlier in the sentence: "have been released", "has extended the ban". */
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en)\b[^.!?]*$/i;

/**
 * "Both have been released on bail until June 14", "has extended the ban until Friday": a present
 * perfect reaches up to the DCT, so the end of the state it began lies ahead, whatever the past
 * participle suggests. `lead` is the text before the mention (its own sentence or more).
 */
export function untilAfterPerfect(lead: string): boolean {
  return UNTIL_BEFORE.test(lead.slice(-8)) && perfectBefore(lead);
}

export function perfectBefore(lead: string): boolean {
  return PERFECT_BEFORE.test(lead);
}

/** A calendar span (inclusive ISO days) used to compare candidate readings with the DCT. */
export interface Span {
  start: string;
  end: string;
}

/**
 * Picks the year for a partial date. `spanOf(year)` gives the span the expression denotes in that
 * year (undefined when impossible, e.g. February 29 in 2023). Past: the latest reading that has
 * started by the DCT; future: the earliest that has not ended before it; unknown: the nearest.
 */
export function chooseYear(ref: Reference, tense: Tense, spanOf: (year: number) => Span | undefined, options: YearOptions = {}): number | undefined {
  const readings: { year: number; span: Span }[] = [];
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const span = spanOf(year);
    if (span) readings.push({ year, span });
  }
  if (readings.length === 0) return undefined;
  const distance = (span: Span) => compareDays(span.end, ref.iso) < 0
    ? dayDistance(span.end, ref.iso)
    : compareDays(span.start, ref.iso) > 0
      ? dayDistance(ref.iso, span.start)
      : 0;
  const same = readings.find((r) => r.year === ref.year);
  if (tense === 'past') {
    const started = readings.filter((r) => compareDays(r.span.start, ref.iso) <= 0);
    const best = started.at(-1);
    // News leaves out the year of dates in the current year: a date a few weeks ahead is this
    // year's even in a past clause ("announced a dividend payable Dec. 7" on October 27), rather
    // than nearly a year back (which a writer would date "last December" or give its year), unless
    // the past verb takes the date itself ("fighting was reported on December 28").
    if (best && same && !options.governedPast && best.year < ref.year && distance(same.span) <= NEAR_AHEAD_DAYS && distance(best.span) > FAR_BACK_DAYS) return same.year;
    return best?.year ?? readings[0]?.year;
  }
  if (tense === 'future') {
    const grace = options.reportingGraceDays ?? 0;
    const open = readings.filter((r) => dayDistance(r.span.end, ref.iso) <= grace || compareDays(r.span.end, ref.iso) >= 0);
    return open[0]?.year ?? readings.at(-1)?.year;
  }
  // No tense: this year's reading, unless another lies much nearer the DCT ("in January" written
  // on December 20 is next month; "in March" written in October is this year's March).
  let best = same ?? readings[0];
  let bestDistance = best ? distance(best.span) - NEARER_BY_DAYS : Infinity;
  for (const r of readings) {
    if (r === same) continue;
    const d = distance(r.span);
    if (d < bestDistance) {
      bestDistance = d;
      best = r;
    }
  }
  return best?.year;
}

export interface YearOptions {
  /** The past tense comes from a verb that takes the date itself ("collapsed on January 5"). */
  governedPast?: boolean;
  /**
   * A future clause may still mean a period that ended this many days before the DCT: results
   * for the quarter just ended are "expected to be reported" weeks later.
   */
  reportingGraceDays?: number;
}

/** See chooseYear: how far ahead a past clause's yearless date may still be this year's. */
const NEAR_AHEAD_DAYS = 75;
const FAR_BACK_DAYS = 300;
/** See chooseYear: how much nearer another year's reading must be to beat this year's, with no tense. */
const NEARER_BY_DAYS = 90;

function dayDistance(a: string, b: string): number {
  // Cheap ordinal distance; exactness does not matter for picking the nearest of three years.
  const toDays = (s: string) => Number(s.slice(0, 4)) * 372 + Number(s.slice(5, 7)) * 31 + Number(s.slice(8, 10));
  return Math.abs(toDays(b) - toDays(a));
}

export function monthSpan(year: number, month: number): Span {
  return { start: `${pad4(year)}-${pad2(month)}-01`, end: lastDayOfMonth(year, month) };
}

export function daySpan(year: number, month: number, day: number): Span | undefined {
  const iso = isoDayFromParts(year, month, day);
  return iso === undefined ? undefined : { start: iso, end: iso };
}

/**
 * The day a bare weekday name refers to: the DCT itself when it is that weekday (news says "on
 * Friday" about the day of publication), otherwise the previous such day, or the next one when the
 * clause is about the future.
 */
export function resolveWeekday(ref: Reference, weekday: number, tense: Tense): string {
  const today = weekdayOf(ref.iso);
  if (today === weekday) return ref.iso;
  if (tense === 'future') return addDays(ref.iso, (weekday - today + 7) % 7);
  return addDays(ref.iso, -((today - weekday + 7) % 7));
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function pad4(n: number): string {
  return String(n).padStart(4, '0');
}
