import {
  ATTRIBUTION_VERBS, AUXILIARIES, DETERMINERS, MODALS_OF_FUTURE, PREPOSITIONS, SUBJECT_PRONOUNS, isGerund, isPastForm, wordTokens, type WordToken,
} from '../english-words.ts';
import { maskSpans } from '../date-phrase.ts';
import type { Clause, DateMention, PipelineStage, Sentence } from '../types.ts';
import { STANDALONE_LINE } from './split-sentences.ts';
import { findVerbGroup } from '../verb-groups.ts';

/**
 * Cuts each sentence into the clauses events are drawn from, so that one sentence can carry two
 * events ("Borrell emphasized the urgency to open the corridor, which has been blockaded since
 * December 12"). Cuts: a non-restrictive relative clause (", which ..."), a semicolon, a
 * coordinated clause with its own pronoun subject (", and they will ..."), ", but", and a reporting
 * tail (", the French presidency said." / ", according to ...") which is kept but marked
 * `attribution` so no event is drawn from it. Two more cuts need the date mentions:
 * - a subordinate or complement clause with its own verb and its own date, when the clause before
 *   it has a date too ("confirmed on Tuesday | that polling stations will open on February 23",
 *   "was found guilty in January | after a six-week trial that began on November 20, 2023");
 * - the end of a relative clause when the main clause resumes with a verb ("Ms X, who took office
 *   in May, | resigned on Friday"): the resumed clause takes the main clause's subject as antecedent.
 */

/**
 * How far (characters) the stage looks around a cue for the words it needs: a relative clause's
 * closing comma, the verb after a subordinator, the subject before a conjunction. Looking further only
 * made long sentences quadratic (issue 10); real clauses are far shorter.
 */
const REACH = 300;
/** A "sentence" longer than this (a line of 10,000 dates, 1 MB without a full stop) is not prose: no clauses, so no events. */
export const MAX_SENTENCE_CHARS = 3000;

interface Cut {
  /** Where the previous clause ends (exclusive) and the next begins, in document offsets. */
  prevEnd: number;
  nextStart: number;
  kind: 'relative' | 'semicolon' | 'coordinated' | 'attribution' | 'subordinate' | 'resume' | 'conjunct';
  /** For a coordinated verb phrase ("The law was passed in 2019 | and amended in 2021"): the shared subject. */
  subject?: { start: number; end: number };
  /** A relative cut that opens a participial phrase (", founded in 1990,"): the clause starts with its verb. */
  participle?: boolean;
  /** A coordinated past verb phrase with no date of its own: it happened with the clause before it. */
  inherits?: boolean;
  /** A bare verb after "and" that shares the modal of the clause before it ("will open ... | and close ..."). */
  sharesVerb?: boolean;
}

/** Where the main clause resumes after a relative/appositive clause starting at `after`: the comma closing it, if a verb follows. */
function resumeAfter(text: string, after: number, end: number, mentions: readonly DateMention[]): { prevEnd: number; nextStart: number } | undefined {
  const masked = maskSpans(text, after, Math.min(end, after + REACH), mentions);
  const close = /,\s+/.exec(masked);
  if (!close) return undefined;
  const resume = after + close.index + close[0].length;
  const words = wordTokens(text.slice(resume, Math.min(end, resume + REACH)), resume);
  // findVerbGroup skips a clause-initial verb (it opens "Founded in 1990, ..."); after a closing
  // comma a lower-case past form or auxiliary is the main clause's verb ("..., resigned on Friday").
  const first = words[0];
  const verbFirst = first !== undefined && /^\p{Ll}/u.test(first.text) && (isPastForm(first.lower) || AUXILIARIES.has(first.lower));
  // "..., which opened in 1998, would close in May": "would" resumes the main clause too (whether it
  // is a reported future or a hypothetical is the next stages' business, knowing the frame).
  const group = verbFirst ? findVerbGroup(words, { leadingVerb: true, reportedFuture: first.lower === 'would' }) : undefined;
  return group && group.first === 0 ? { prevEnd: after + close.index, nextStart: resume } : undefined;
}

const SUBORDINATORS = /\s(that|after|before|when|while|because|as|until|once|and|but)\s+/g;
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

/**
 * The words after "and" start with a bare verb: a lower-case word that is no determiner, pronoun,
 * preposition, number, past form or date ("close on June 30", not "the museum", "in May", "then").
 */
function isBareVerbStart(tokens: WordToken[], mentions: readonly DateMention[]): boolean {
  const first = tokens[0];
  if (!first || !/^\p{Ll}+$/u.test(first.text) || first.text.length < 3) return false;
  if (DETERMINERS.has(first.lower) || PREPOSITIONS.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower) || AUXILIARIES.has(first.lower)) return false;
  if (isPastForm(first.lower) || /(?:ly|ing)$/.test(first.lower) || mentions.some((m) => m.start <= first.start && m.end > first.start)) return false;
  return !/^(?:then|also|not|more|less|other|others|so|too|even|still|yet|now|there|here|many|some|all|most|each|both)$/.test(first.lower);
}
const BE_AUXILIARIES = new Set(['was', 'were', 'is', 'are']);
/** Past forms whose object is a stretch of time ("spent two decades", "served ten years"): never a shared passive. */
const TAKES_TIME_OBJECT = new Set(['spent', 'served', 'lasted', 'took', 'waited', 'needed', 'remained', 'stayed', 'endured', 'wasted']);
const INTERVENING_CLAUSE = /[,;:()—–]|\b(?:when|while|who|whom|which|that|after|before|because|as|if|where|whose|until|since)\b/i;

/** Whether `at` falls strictly inside a mention; `mentions` are sorted by start (binary search, not a scan per cue). */
function insideMention(at: number, mentions: readonly DateMention[]): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  // Mentions starting before `at`: derived ranges may overlap plain ones, so look back a few.
  for (let i = lo - 1; i >= 0 && i >= lo - 4; i--) {
    const m = mentions[i];
    if (m && at > m.start && at < m.end) return true;
  }
  return false;
}

/**
 * The subject a coordinated verb phrase shares with the clause before it: the words before that
 * clause's verb group, plus its "was/were" when both verbs are passive participles ("The law was |
 * passed in 2019 and amended in 2021" titles "The law was amended in 2021", never "The law amended").
 */
function sharedSubject(left: WordToken[], right: WordToken[], mentions: readonly DateMention[]): { start: number; end: number } | undefined {
  const group = findVerbGroup(left);
  const first = left[0];
  const beforeVerb = group ? left[group.first - 1] : undefined;
  if (!group || !first || !beforeVerb || group.first === 0) return undefined;
  const aux = left[group.first];
  // A participle followed by its object is active ("was born ... and studied architecture"); one
  // followed by a preposition or nothing shares the passive ("was passed in 2019 and amended in 2021").
  const after = right[1];
  // "was founded in 1901 and spent two decades ...": a verb that takes a stretch of time as its
  // object is active even when that object is a date or a duration ("spent 2019", "served ten years").
  const takesTime = TAKES_TIME_OBJECT.has(right[0]?.lower ?? '');
  const takesObject = after !== undefined && !PREPOSITIONS.has(after.lower) && after.lower !== 'to' && (takesTime || !mentions.some((m) => m.start === after.start));
  const passive = aux !== undefined && BE_AUXILIARIES.has(aux.lower) && group.head > group.first && isPastForm(right[0]?.lower ?? '') && !takesObject;
  const end = passive ? aux.end : beforeVerb.end;
  return { start: first.start, end };
}

/**
 * Subordinate clauses that carry an event of their own: the words after the subordinator have a
 * finite verb followed, within the same comma-free stretch, by a placed date, and the words before
 * it (back to the previous cut) have a verb and a placed date too. A gerund that introduces the
 * complement ("showing that") goes with the complement.
 */
function subordinateCuts(text: string, sentence: Sentence, mentions: readonly DateMention[], from: number): Cut[] {
  const cuts: Cut[] = [];
  const placed = mentions.filter((m) => m.interval && m.start >= sentence.start && m.end <= sentence.end);
  // One date is enough for a coordinated verb phrase that shares it ("inspected ... on Monday and said ...").
  if (placed.length < 1) return cuts;
  let leftStart = from;
  for (const m of sentence.text.matchAll(SUBORDINATORS)) {
    const at = sentence.start + (m.index ?? 0);
    const rightStart = at + m[0].length;
    if (insideMention(at, mentions)) continue;
    const leftFrom = Math.max(leftStart, at - REACH);
    if (!findVerbGroup(wordTokens(text.slice(leftFrom, at), leftFrom))) continue;
    const rightTokens = wordTokens(text.slice(rightStart, Math.min(sentence.end, rightStart + REACH)), rightStart);
    const word = m[1] ?? '';
    // "The museum has been closed since the theft and will reopen on 16 September": a conjunct that
    // turns to the future has its own event even when the part before it has no date, so the past
    // verb before it never dates the reopening.
    const turnsToFuture = (word === 'and' || word === 'but') && MODALS_OF_FUTURE.has(rightTokens[0]?.lower ?? '');
    if (!turnsToFuture && !placed.some((d) => d.start >= leftStart && d.end <= at)) continue;
    const leftTokens = wordTokens(text.slice(leftFrom, at), leftFrom);
    const leftGroup = findVerbGroup(leftTokens);
    // "will open on April 12 and close on June 30": a bare verb after "and" shares the modal before it.
    const modal = leftGroup ? leftTokens.slice(leftGroup.first, leftGroup.head + 1).find((t) => MODALS.has(t.lower)) : undefined;
    const bareVerb = word === 'and' && modal !== undefined && isBareVerbStart(rightTokens, mentions);
    if (bareVerb && modal && leftGroup && leftGroup.first > 0) {
      const first = rightTokens[0];
      const next = first ? placed.find((d) => d.start > first.end) : undefined;
      const own = first && next && next.start - first.end <= REACH && !/[,;:—–]/.test(maskSpans(text, first.end, next.start, mentions)) ? next : undefined;
      const subjectStart = leftTokens[0];
      if (own && subjectStart) {
        cuts.push({ prevEnd: at, nextStart: rightStart, kind: 'subordinate', subject: { start: subjectStart.start, end: modal.end }, sharesVerb: true });
        leftStart = rightStart;
      }
      continue;
    }
    const leadingVerb = isPastForm(rightTokens[0]?.lower ?? '') || AUXILIARIES.has(rightTokens[0]?.lower ?? '');
    const coordinatedVerb = (word === 'and' || word === 'but') && leadingVerb;
    // "a fire that destroyed a warehouse last Tuesday": "that" is the subject of its verb.
    const relativeThat = word === 'that' && leadingVerb;
    const group = findVerbGroup(rightTokens, { leadingVerb: coordinatedVerb || relativeThat });
    const head = group ? rightTokens[group.head] : undefined;
    if (!group || !head || group.first > 5) continue;
    // Only the nearest date after the verb can qualify: punctuation that stops it stops every later one.
    const nearest = placed.find((d) => d.start > head.end);
    const own = nearest && nearest.start - head.end <= REACH && !/[,;:—–]/.test(maskSpans(text, head.end, nearest.start, mentions)) ? nearest : undefined;
    // "inspected the plant on Monday and said the roof had held": a second past verb phrase of the
    // same subject with no date of its own happened with the first; it is cut and takes its date.
    // Only when the verb before is the left clause's own and nothing subordinate stands between
    // ("began on Tuesday, when the storm flooded the substation and left ..." shares the storm's subject).
    const leftHead = leftGroup ? leftTokens[leftGroup.head] : undefined;
    const inherits = !own && coordinatedVerb && group.first === 0 && group.tense === 'past' && leftGroup?.tense === 'past' &&
      leftHead !== undefined && !INTERVENING_CLAUSE.test(text.slice(leftHead.end, at)) && !mentions.some((d) => d.start >= rightStart && d.start < sentence.end);
    if (!own && !inherits) continue;
    let prevEnd = at;
    const before = wordTokens(text.slice(leftFrom, at), leftFrom);
    const last = before[before.length - 1];
    if (last && isGerund(last.lower) && before.length > 1) prevEnd = last.start;
    const cut: Cut = { prevEnd, nextStart: rightStart, kind: 'subordinate', ...(inherits ? { inherits } : {}) };
    if (coordinatedVerb && group.first === 0) {
      const subject = sharedSubject(before, rightTokens, mentions);
      if (!subject) continue;
      cut.subject = subject;
    } else if (relativeThat && group.first === 0) {
      const antecedent = antecedentBefore(text, sentence, at, mentions);
      if (!antecedent) continue;
      cut.subject = { start: antecedent.start, end: antecedent.end };
    }
    cuts.push(cut);
    leftStart = rightStart;
  }
  return cuts;
}

// `(?<!\s)`: the spaces are matched from the start of their run only (a match never starts inside one, so
// the matches are the same); without it a long run of spaces was rescanned from each of its characters.
const CONJUNCT = /,?(?<!\s)\s+and\s+(?=(?:in|on|at|during|by)\s)/g;

/**
 * Coordinated adverbials that each carry a date: "The talks were held | in Geneva in May | and in
 * Vienna in June". The second conjunct has no verb of its own; it shares the words before the first
 * conjunct (subject and verb, "The talks were held"), which become its antecedent.
 */
function conjunctCuts(text: string, stretch: Sentence, mentions: readonly DateMention[]): Cut[] {
  const cuts: Cut[] = [];
  const placed = mentions.filter((m) => m.interval && m.start >= stretch.start && m.end <= stretch.end);
  for (const m of stretch.text.matchAll(CONJUNCT)) {
    const at = stretch.start + (m.index ?? 0);
    const rightStart = at + m[0].length;
    if (insideMention(at, mentions) || at - stretch.start > REACH) continue;
    const rightTokens = wordTokens(text.slice(rightStart, Math.min(stretch.end, rightStart + REACH)), rightStart);
    if (findVerbGroup(rightTokens, { leadingVerb: true }) || !placed.some((d) => d.start >= rightStart)) continue;
    const leftTokens = wordTokens(text.slice(stretch.start, at), stretch.start);
    const group = findVerbGroup(leftTokens);
    const preposition = rightTokens[0]?.lower;
    if (!group) continue;
    // The first conjunct opens with a preposition after the verb, and holds a date of its own.
    const opener = leftTokens.find((t, i) => i > group.head && t.lower === preposition);
    if (!opener || !placed.some((d) => d.start >= opener.start && d.end <= at)) continue;
    cuts.push({ prevEnd: at, nextStart: rightStart, kind: 'conjunct', subject: { start: stretch.start, end: trimSpan(text, stretch.start, opener.start).end } });
  }
  return cuts;
}


const EDGE_CHARS = new Set([...' \t\n\r\f\v\u00a0,;:—–-”"’\')']);
const LEAD_CHARS = new Set([...' \t\n\r\f\v\u00a0,;:—–-“"‘\'(']);
const TRAILING_CONJUNCTION = /\s+(?:and|but|or)$/;

/**
 * Trims punctuation and unmatched quotes at clause edges; returns document offsets. Character loops,
 * not `EDGE_TRAILING` on the slice: a `[...]+$` regex rescans a long run of dashes or spaces from each
 * of its characters (quadratic). The loops do what EDGE_LEADING and EDGE_TRAILING say.
 */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e;) {
    changed = false;
    while (s < e && (LEAD_CHARS.has(text[s] ?? '') || /\s/.test(text[s] ?? ''))) { s++; changed = true; }
    while (e > s && (EDGE_CHARS.has(text[e - 1] ?? '') || /\s/.test(text[e - 1] ?? ''))) { e--; changed = true; }
    const conj = TRAILING_CONJUNCTION.exec(text.slice(Math.max(s, e - 12), e));
    if (conj && e - conj[0].length >= s) { e -= conj[0].length; changed = true; }
  }
  return { start: s, end: e };
}

/** "the French presidency said", "he told reporters", "according to the statement". */
export function isAttributionTail(tail: string, offset = 0): boolean {
  const tokens = wordTokens(tail, offset);
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to') return true;
  const verbIndex = tokens.findIndex((t) => ATTRIBUTION_VERBS.has(t.lower) && t.lower !== 'according');
  if (verbIndex < 0 || verbIndex > 6) return false;
  const after = tokens.slice(verbIndex + 1);
  if (after.length > 4 || after[0]?.lower === 'that') return false;
  // Nothing before the verb may itself be a verb: "X said" only, not "X met Y and said".
  return tokens.slice(0, verbIndex).every((t) => !AUXILIARIES.has(t.lower) && !isPastForm(t.lower));
}

function findCuts(text: string, sentence: Sentence, mentions: readonly DateMention[]): Cut[] {
  const cuts: Cut[] = [];
  const s = sentence.text;
  const base = sentence.start;
  for (const m of s.matchAll(/,\s+(?=(?:which|who|whom|whose|where)\s|\p{Ll}+\s)/gu)) {
    const at = m.index ?? 0;
    // ", founded in 1990, ..." opens an appositive participial phrase (a reduced relative clause)
    // only when the main clause resumes after it; ", killing two" or ", and" do not.
    const participle = !/^,\s+(?:which|who|whom|whose|where)\s/.test(s.slice(at));
    if (participle) {
      const word = wordTokens(s.slice(at + m[0].length, at + m[0].length + 60), base + at + m[0].length)[0]?.lower ?? '';
      if (!isPastForm(word) || AUXILIARIES.has(word) || !resumeAfter(text, base + at + m[0].length, sentence.end, mentions)) continue;
    }
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'relative', ...(participle ? { participle: true } : {}) });
    // ", which ends in January, would be ...": the next comma closes the relative clause when the
    // words after it start with a finite verb (the main clause resuming).
    const resume = resumeAfter(text, base + at + m[0].length, sentence.end, mentions);
    if (resume) cuts.push({ ...resume, kind: 'resume' });
  }
  for (const m of s.matchAll(/;\s*/g)) {
    const at = m.index ?? 0;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'semicolon' });
  }
  // `(?<!\s)` as in CONJUNCT: linear on a long run of spaces.
  for (const m of s.matchAll(/,?(?<!\s)\s+(?:and|but)\s+(?=(?:they|he|she|we|it|I)\s+\p{Ll})/gu)) {
    const at = m.index ?? 0;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'coordinated' });
  }
  // ", and more than 40 roads were closed ...": a coordinated clause with its own subject and verb.
  const cutAt = new Set(cuts.map((c) => c.prevEnd));
  for (const m of s.matchAll(/,\s+and\s+/g)) {
    const at = m.index ?? 0;
    if (cutAt.has(base + at) || insideMention(base + at, mentions)) continue;
    const right = wordTokens(s.slice(at + m[0].length, at + m[0].length + REACH), base + at + m[0].length);
    const group = findVerbGroup(right);
    const leftFrom = Math.max(0, at - REACH);
    if (!group || group.first === 0 || group.tense === 'present' || !findVerbGroup(wordTokens(s.slice(leftFrom, at), base + leftFrom))) continue;
    if (right.slice(0, group.first).some((t) => AUXILIARIES.has(t.lower) || isPastForm(t.lower))) continue;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'coordinated' });
    cutAt.add(base + at);
  }
  for (const m of s.matchAll(/,\s+but\s+/g)) {
    const at = m.index ?? 0;
    if (!cutAt.has(base + at)) {
      cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'coordinated' });
    }
  }
  // The reporting tail: the last ", X said." after a comma or a closing quote (it is at most ~100
  // characters long, so only the sentence's end is searched).
  const tailFrom = Math.max(0, s.length - 200);
  const tail = /(?:,[”"’]?|[.!?][”"’]|[”"’])\s+([^,“”"]{1,90}?)[.!?]?$/u.exec(s.slice(tailFrom));
  if (tail && tail[1] !== undefined && isAttributionTail(tail[1], base + tailFrom + tail.index + tail[0].indexOf(tail[1]))) {
    const at = tailFrom + tail.index;
    cuts.push({ prevEnd: base + at, nextStart: base + at + tail[0].indexOf(tail[1]), kind: 'attribution' });
  }
  cuts.sort((a, b) => a.prevEnd - b.prevEnd);
  const kept = cuts.filter((c, i) => i === 0 || c.prevEnd >= (cuts[i - 1]?.nextStart ?? 0));
  // Subordinate cuts inside each stretch between the cuts found so far.
  const all = [...kept];
  let from = sentence.start;
  for (const c of [...kept, { prevEnd: sentence.end, nextStart: sentence.end, kind: 'semicolon' as const }]) {
    const stretch: Sentence = { ...sentence, start: from, end: c.prevEnd, text: text.slice(from, c.prevEnd) };
    all.push(...subordinateCuts(text, stretch, mentions, from), ...conjunctCuts(text, stretch, mentions));
    from = c.nextStart;
  }
  return all.sort((a, b) => a.prevEnd - b.prevEnd);
}

/**
 * The noun phrase just before `commaAt`: back to its determiner, stopping at verbs and prepositions.
 * A date right before the comma ("a walkout on December 12–14, which ...") is stepped over with
 * its preposition: the relative clause is about the noun, not the date.
 */
function antecedentBefore(text: string, sentence: Sentence, commaAt: number, mentions: readonly DateMention[] = []): Clause['antecedent'] {
  const dateBefore = mentions.find((m) => m.end === commaAt && m.start > sentence.start);
  if (dateBefore) {
    const leadFrom = Math.max(sentence.start, dateBefore.start - 40);
    const lead = /(?:\s+(?:on|in|at|during|from|since|by|until))?\s*$/i.exec(text.slice(leadFrom, dateBefore.start));
    commaAt = dateBefore.start - (lead?.[0].length ?? 0);
  }
  // At most six words back: a window of REACH characters holds them.
  const from = Math.max(sentence.start, commaAt - REACH);
  const tokens = wordTokens(text.slice(from, commaAt), from);
  const picked: typeof tokens = [];
  for (let i = tokens.length - 1; i >= 0 && picked.length < 6; i--) {
    const t = tokens[i];
    if (!t) break;
    const gap = text.slice(t.end, picked[0]?.start ?? commaAt);
    if (picked.length > 0 && !/^\s+$/.test(gap)) break;
    if (PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower) || t.lower === 'to' || (isPastForm(t.lower) && picked.length > 0)) break;
    picked.unshift(t);
    if (DETERMINERS.has(t.lower)) break;
  }
  // "to match inflation": the word after "to" is a verb, not part of the noun phrase.
  const firstPicked = picked[0];
  const beforeFirst = firstPicked ? tokens[tokens.indexOf(firstPicked) - 1] : undefined;
  if (beforeFirst?.lower === 'to' && picked.length > 1) picked.shift();
  const first = picked[0];
  const last = picked[picked.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/**
 * The subject a main clause resuming after a relative clause takes. Usually the whole clause before
 * the relative one ("The minister"). When that clause has a verb and a "that" complement ("Police
 * said on Tuesday that the suspect, who fled in May, | was arrested on Sunday"), the subject is the
 * noun phrase after "that", and the clause before is cut back to the reporting frame ("Police said
 * on Tuesday"): left whole it would be a fragment ending in a subject without its verb.
 */
function resumedSubject(text: string, before: Clause, clauses: Clause[]): { antecedent: NonNullable<Clause['antecedent']>; speaker?: Clause['speaker'] } {
  const tokens = wordTokens(before.text, before.start);
  const group = findVerbGroup(tokens);
  const that = group ? tokens.findIndex((t, i) => i > group.head && t.lower === 'that') : -1;
  const subjectStart = tokens[that + 1];
  const thatToken = tokens[that];
  if (!group || that < 0 || !thatToken || !subjectStart) return { antecedent: { start: before.start, end: before.end, text: before.text } };
  const frame = trimSpan(text, before.start, thatToken.start);
  const at = clauses.indexOf(before);
  if (at >= 0) clauses[at] = { ...before, end: frame.end, text: text.slice(before.start, frame.end) };
  const antecedent = { start: subjectStart.start, end: before.end, text: text.slice(subjectStart.start, before.end) };
  // "The council said on Monday that the bridge, which opened in 1998, | would close in May": the
  // resumed clause is what was said; its "would" is the future seen from the speaking.
  const head = tokens[group.head];
  if (!head || !ATTRIBUTION_VERBS.has(head.lower)) return { antecedent };
  const speakerEnd = head.end;
  return { antecedent, speaker: { start: before.start, end: speakerEnd, text: text.slice(before.start, speakerEnd) } };
}

export function clausesOf(text: string, sentence: Sentence, mentions: readonly DateMention[] = []): Clause[] {
  const cuts = findCuts(text, sentence, mentions);
  const clauses: Clause[] = [];
  let from = sentence.start;
  let startedBy: Cut | undefined;
  /** The clause in front of the last relative clause: its subject resumes after it. */
  let beforeRelative: Clause | undefined;
  const emit = (end: number, by: Cut | undefined): void => {
    const span = trimSpan(text, from, end);
    if (span.end > span.start && /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end))) {
      const clause: Clause = {
        sentenceIndex: sentence.index,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        attribution: by?.kind === 'attribution',
      };
      if (by?.kind === 'relative') {
        const antecedent = antecedentBefore(text, sentence, by.prevEnd, mentions);
        if (antecedent) clause.antecedent = antecedent;
        if (by.participle) clause.resumesMain = true;
        beforeRelative = clauses[clauses.length - 1];
      }
      if (by?.subject) {
        clause.antecedent = { start: by.subject.start, end: by.subject.end, text: text.slice(by.subject.start, by.subject.end) };
        if (by.kind === 'conjunct' || by.sharesVerb) clause.sharesVerb = true;
        else clause.resumesMain = true;
      }
      if (by?.inherits) clause.inheritsDate = true;
      // ", but the vote was put off": a coordinated clause may take the date of the one before it
      // (selectEventSentences decides, knowing its dates and tense).
      if (by?.kind === 'coordinated') clause.inheritsDate = true;
      if (by?.kind === 'resume' && beforeRelative) {
        const resumed = resumedSubject(text, beforeRelative, clauses);
        clause.antecedent = resumed.antecedent;
        if (resumed.speaker) clause.speaker = resumed.speaker;
        clause.resumesMain = true;
      }
      if (by?.kind === 'coordinated') {
        const previous = clauses[clauses.length - 1];
        const firstWord = wordTokens(clause.text)[0]?.lower ?? '';
        if (previous && SUBJECT_PRONOUNS.has(firstWord)) {
          clause.coordinatedSubject = { start: previous.start, end: previous.end, text: previous.text };
        }
      }
      clauses.push(clause);
    }
  };
  for (const cut of cuts) {
    emit(cut.prevEnd, startedBy);
    from = cut.nextStart;
    startedBy = cut;
  }
  emit(sentence.end, startedBy);
  return clauses;
}

/** Stage 4: clauses, so that one sentence can give one event per happening it tells. */
export const splitClauses: PipelineStage = {
  name: 'splitClauses',
  run(state) {
    const bySentence = new Map<number, DateMention[]>();
    for (const m of state.mentions) {
      const list = bySentence.get(m.sentenceIndex);
      if (list) list.push(m);
      else bySentence.set(m.sentenceIndex, [m]);
    }
    const overlong = state.sentences.filter((s) => s.end - s.start > MAX_SENTENCE_CHARS);
    const notProse = state.sentences.filter((s) => STANDALONE_LINE.test(s.text) || /^(?:AP|Reuters|AFP)\s+Photo\b|\((?:AP|Reuters|AFP)\s+Photo\b/i.test(s.text));
    const skipped = new Set([...overlong, ...notProse]);
    const clauses = state.sentences.flatMap((s) => (skipped.has(s) ? [] : clausesOf(state.doc.text, s, bySentence.get(s.index) ?? [])));
    return {
      ...state,
      clauses,
      trace: [
        ...state.trace,
        ...notProse.map((s) => ({
          stage: 'splitClauses',
          message: () => `s${s.index} is no prose (a headline, dateline, byline or caption): no events: ${s.text.slice(0, 80)}`,
        })),
        ...overlong.map((s) => ({
          stage: 'splitClauses',
          message: () => `s${s.index} [${s.start}, ${s.end}) is ${s.end - s.start} characters long, more than a sentence can be (${MAX_SENTENCE_CHARS}): no clauses, no events`,
        })),
        ...clauses.map((c) => ({
          stage: 'splitClauses',
          message: () => `s${c.sentenceIndex} [${c.start}, ${c.end})${c.attribution ? ' attribution' : ''}${c.antecedent ? ` antecedent "${c.antecedent.text}"` : ''}: ${c.text}`,
        })),
      ],
    };
  },
};
