import { isBareClockTime, maskSpans, namesMonthWithoutYear, namesRecurringDate } from '../date-phrase.ts';
import { AUXILIARIES, DETERMINERS, HABITUAL_CUES, HEDGES, OPINION_VERBS, PREPOSITIONS, REPORTING_VERBS, RETARGETING_VERBS, SPEECH_VERBS, isPastForm, wordTokens, type WordToken } from '../english-words.ts';
import { ORDINAL_WORD } from '../temporal/lexicon.ts';
import type { Anchor, Clause, DateMention, EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { clauseTokens, clauseVerbGroup, findVerbGroup, type VerbGroup } from '../verb-groups.ts';

/**
 * Chooses the clauses that carry events and says what dates each one:
 * - a date phrase that modifies a noun ("the November 9, 2020 ceasefire agreement", "the almost
 *   two-week-long blockade") dates that noun: one event for the noun phrase;
 * - an adverbial date phrase ("since December 12", "Just weeks ago", "in the coming weeks") dates
 *   the clause's verb: one event for the clause;
 * - a clause with no adverbial date becomes a `reported` event only if its verb reports a past
 *   action ("called on", "conveyed", "tweeted", "was published"); a stative or present-tense
 *   clause ("The signatories include ...") is background and gives nothing;
 * - reporting tails ("the French presidency said") give nothing;
 * - a speech verb is dated by a date right after it ("said on Monday that ..."); a date further on
 *   belongs to what was said, so the clause is an event only if that content has a verb of its own
 *   ("Prosecutors said he moved ... between 2015 and 2022"; not "said sales in fiscal 2023");
 * - a measure ("declared three days of mourning", "two decades of growth") dates nothing;
 * - a non-restrictive relative clause in the simple present ("fiscal 2023, which ends in January")
 *   describes its antecedent: background, no event;
 * - a speech verb reporting a future ("said it would open a factory early next year") with a date
 *   after publication announces a planned action: a future event;
 * - some placed dates date nothing: a yearless month or weekday in a habitual clause ("is held in
 *   August every year", "has been held in August since 1950"), a month after a superlative ("the
 *   wettest October on record"), a clock time with no day of its own ("shortly before 10 p.m."), and
 *   "until X" after a finished action ("released on bail until June 14"; "postponed until September"
 *   moves the happening, so it dates it);
 * - a copula counted "since X" ("It is the third stabbing since January") describes: no event;
 * - one happening, one event: a clause about a dated noun subject ("Sunday's election was marred")
 *   gives no undated duplicate of that noun's event.
 */

/** Characters around a date phrase that hold the words of the noun phrase it modifies (far more than six words). */
const WINDOW = 200;

const NOUN_STOP = new Set([...PREPOSITIONS, ...AUXILIARIES, 'and', 'or', 'but', 'that', 'which', 'who', 'to']);

/** The noun phrase a date/duration modifies, from its determiner to its head (plus an "of X" complement). */
export function modifiedNounPhrase(text: string, clause: Clause, mention: DateMention): { start: number; end: number; text: string } | undefined {
  // The determiner is a few words before the date and the head a few after: windows, not the whole
  // clause (tokenizing it per mention was quadratic in a clause with thousands of dates).
  const beforeFrom = Math.max(clause.start, mention.start - WINDOW);
  const before = wordTokens(text.slice(beforeFrom, mention.start), beforeFrom);
  let i = before.length - 1;
  while (i >= 0 && HEDGES.has(before[i]?.lower ?? '')) i--;
  const det = before[i];
  const possessive = /^[’']s\b/.test(text.slice(mention.end));
  const determined = det !== undefined && DETERMINERS.has(det.lower);
  if (!determined && !possessive) return undefined;
  // Words after the mention up to the head noun: lowercase words that are no preposition/verb.
  let end = possessive ? mention.end + 2 : mention.end;
  const after = wordTokens(text.slice(end, Math.min(clause.end, end + WINDOW)), end);
  let k = 0;
  const first = after[0];
  if (first && /^(?:long|old)$/.test(first.lower) && /^[\s-]*$/.test(text.slice(end, first.start))) {
    end = first.end;
    k = 1;
  }
  let nouns = 0;
  for (; k < after.length; k++) {
    const t = after[k];
    if (!t) break;
    const gap = text.slice(end, t.start);
    if (!/^\s+$/.test(gap)) break;
    if (NOUN_STOP.has(t.lower) || /^\p{Lu}/u.test(t.text) || isPastForm(t.lower)) break;
    end = t.end;
    nouns++;
    if (nouns >= 3) break;
  }
  if (nouns === 0) return undefined;
  // "of the Lachin Corridor": a short complement that names what the noun is about.
  const rest = /^\s+of\s+(?:the\s+)?[\p{L}\p{N}’'-]+(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*/u.exec(text.slice(end, Math.min(clause.end, end + WINDOW)));
  if (rest) end += rest[0].length;
  const start = determined ? det.start : mention.start;
  return { start, end, text: text.slice(start, end) };
}

/**
 * True when the words after a speech verb hold a past action of their own ("said they made
 * progress"); an opinion ("said the players deserved the applause") is no action.
 */
function reportsActionAfter(tokens: WordToken[], head: number): boolean {
  const rest = tokens.slice(head + 1);
  const group = findVerbGroup(rest);
  return group !== undefined && group.tense === 'past' && !OPINION_VERBS.has(rest[group.head]?.lower ?? '');
}

/** Words that may stand between a speech verb and the date of the speaking ("told reporters on Tuesday"). */
const SPEAKING_DATE_GAP = new Set([...PREPOSITIONS, ...DETERMINERS, 'reporters', 'journalists', 'lawmakers', 'parliament', 'officials']);

/**
 * Whether `dating` may date a clause whose verb is the speech verb at `head`: yes when the date
 * follows the verb directly (the speaking's own date) or comes before it; when it sits inside what
 * was said, only if that content has a verb group of its own.
 */
function speechDateFits(text: string, tokens: WordToken[], head: number, dating: DateMention): boolean {
  const verb = tokens[head];
  if (!verb || dating.start < verb.end) return true;
  // "reported a 14 percent rise ... on Wednesday": an object, not a reported clause; the act is dated.
  const object = tokens[head + 1];
  if (/^report/.test(verb.lower) && object && (DETERMINERS.has(object.lower) || /^\d/.test(object.lower))) return true;
  const gap = wordTokens(text.slice(verb.end, dating.start));
  if (gap.every((t) => SPEAKING_DATE_GAP.has(t.lower))) return true;
  const content = tokens.slice(head + 1);
  const group = findVerbGroup(content);
  return group !== undefined && (content[group.head]?.start ?? Infinity) < dating.start;
}

/**
 * "The chairman said on Monday | that the company had filed for bankruptcy in March": once the
 * content is a clause (and event) of its own, the speech verb and its date are only reporting.
 */
function saysNothing(text: string, tokens: WordToken[], head: number, dating: DateMention): boolean {
  const verb = tokens[head];
  if (!verb) return false;
  const after = wordTokens(text.slice(verb.end, tokens[tokens.length - 1]?.end ?? verb.end), verb.end);
  return after.every((t) => (t.start >= dating.start && t.end <= dating.end) || SPEAKING_DATE_GAP.has(t.lower));
}

/**
 * For one clause: whether no comma, semicolon or dash (outside date phrases) stands between the verb
 * and a date. The clause is masked once and the breaks counted by prefix sums, so each date costs O(1)
 * (masking per date was quadratic in a clause with thousands of dates).
 */
function sameStretchAs(text: string, clause: Clause, verb: { start: number; end: number }, mentions: readonly DateMention[]): (m: DateMention) => boolean {
  const masked = maskSpans(text, clause.start, clause.end, mentions, ' ');
  const breaks = new Int32Array(masked.length + 1);
  for (let i = 0; i < masked.length; i++) {
    // A break: , ; — – (code units compared, not a regex test and a one-character string per character).
    const code = masked.charCodeAt(i);
    breaks[i + 1] = (breaks[i] ?? 0) + (code === 0x2c || code === 0x3b || code === 0x2014 || code === 0x2013 ? 1 : 0);
  }
  const count = (from: number, to: number): number => {
    const a = Math.min(Math.max(from - clause.start, 0), masked.length);
    const b = Math.min(Math.max(to - clause.start, 0), masked.length);
    return b > a ? (breaks[b] ?? 0) - (breaks[a] ?? 0) : 0;
  };
  return (m) => count(Math.min(verb.end, m.end), Math.max(verb.start, m.start)) === 0;
}

/** Words that can follow a date phrase without making it a noun's pre-modifier. */
const NOT_A_HEAD_NOUN = new Set([
  ...NOUN_STOP, 'unless', 'if', 'when', 'while', 'because', 'than', 'so', 'where', 'until', 'whereas', 'though',
  'although', 'once', 'then', 'alone', 'ago', 'later', 'earlier', 'again', 'too', 'only', 'already', 'yet', 'now',
  'onwards', 'onward', 'as', 'nor', 'not', 'there', 'here', 'this', 'next', 'last',
]);

/**
 * "in third-quarter profit": a date directly followed by a lower-case noun, with no determiner
 * (so not a noun event), names what the noun is about; it does not date the clause's verb. So does
 * a period after "for"/"of" ("results for the fourth quarter") and a date that is the verb's object
 * ("ended the year"). Used only to choose among several dates of one clause.
 */
function isPremodifier(text: string, clause: Clause, m: DateMention, verbEnd: number): boolean {
  // "report results for the fourth quarter next week": after the verb, the period an object covers,
  // not when the verb happens ("Net income for Q3 reached ...", before the verb, is the subject's time).
  if (m.start > verbEnd && /\b(?:for|of)\s+$/i.test(text.slice(Math.max(clause.start, m.start - 5), m.start))) return true;
  // "Markets ended the year lower on Friday": a determined date right after the verb is its object
  // (never "will strike from January 23 ...", "met last week": those are adverbials).
  if (m.start > verbEnd && /^\s+$/.test(text.slice(verbEnd, m.start)) && /^(?:the|this|that|its|their)\s/i.test(m.text)) return true;
  const next = /^[ \t]+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(m.end, Math.min(clause.end, m.end + WINDOW)));
  const word = next?.[1];
  return word !== undefined && !NOT_A_HEAD_NOUN.has(word) && !isPastForm(word) && !word.endsWith('ly');
}

/** "three days of national mourning": a measure of something, not a time the clause happened in. */
function isMeasure(text: string, m: DateMention): boolean {
  return m.type === 'DURATION' && !m.interval && /^\s+of\b/.test(text.slice(m.end, m.end + 4));
}

/** "since 1950", "since December 12": the date a state or habit runs from. */
function opensWithSince(text: string, m: DateMention): boolean {
  return /\bsince\s*$/i.test(text.slice(Math.max(0, m.start - 6), m.start)) || /^since\b/i.test(m.text);
}

/**
 * The dates of a habitual clause that name a recurring time, not one date: a month or weekday
 * without a year in a clause with a habitual cue ("is held in August every year", "usually meets on
 * Mondays"), or beside the "since" of a present perfect ("has been held in August since 1950").
 */
function recurringDates(text: string, tokens: WordToken[], group: VerbGroup | undefined, dates: readonly DateMention[]): DateMention[] {
  const cued = tokens.some((t) => HABITUAL_CUES.has(t.lower));
  const since = group?.perfect === true ? dates.filter((m) => opensWithSince(text, m)) : [];
  if (!cued && since.length === 0) return [];
  return dates.filter((m) => !since.includes(m) && namesRecurringDate(m.text));
}

/**
 * "It is the fourth food recall in the region so far this year": a copula whose complement counts
 * (an ordinal after "the") over a period that holds publication describes how many there were; the
 * date bounds the count, no happening.
 * ("The vote is on Tuesday" names no ordinal and stays a scheduled event.)
 */
function countsOrdinal(tokens: WordToken[], group: VerbGroup): boolean {
  return tokens[group.head + 1]?.lower === 'the' && ORDINAL.test(tokens[group.head + 2]?.lower ?? '');
}

const ORDINAL = new RegExp(`^${ORDINAL_WORD}$`);

/** A period the count runs over up to publication ("so far this year", "this month"), not a date inside the count ("since a stoppage in 1994"). */
function holdsPublication(m: DateMention, published: string): boolean {
  return m.interval !== undefined && m.interval.start <= published && m.interval.end >= published;
}

/** A present "is/are" heading its own group: the clause describes ("It is the third stabbing ..."). */
function isCopula(tokens: WordToken[], group: VerbGroup): boolean {
  return group.tense === 'present' && group.head === group.first && /^(?:is|are)$/.test(tokens[group.head]?.lower ?? '');
}

/**
 * "The company said it would open a factory early next year": a future in reported speech ("would"
 * or "will" + verb after the speech verb) with a date after publication announces a planned action.
 * A past date keeps the modal hypothetical ("said last month the budget would be balanced by December").
 */
function announcesAfter(tokens: WordToken[], head: number, dating: DateMention, published: string): boolean {
  const verb = tokens[head];
  if (!verb || dating.start < verb.end || !dating.interval) return false;
  const modal = futureModalAt(tokens, head, dating.start);
  if (modal === undefined) return false;
  // "said it will finish on 14 March" is about that day whatever side of publication it falls (the
  // timeline rules then weigh it); "would" with a date already gone stays hypothetical.
  return dating.interval.start > published || tokens[modal]?.lower !== 'would';
}

/**
 * The index of a "would"/"will" + verb after the speech verb at `head` and before `before` ("said it
 * would delay", "said the rules would be completed"), or undefined.
 */
function futureModalAt(tokens: WordToken[], head: number, before: number): number | undefined {
  for (let i = head + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.end > before) return undefined;
    if (!/^(?:would|will|['’]ll)$/.test(t.lower)) continue;
    let next = tokens[i + 1];
    // "would be completed", "will have finished": the auxiliary leads to the verb.
    if (next && /^(?:be|have|now|also|not|soon|then)$/.test(next.lower)) next = tokens[i + 2] && /^(?:be|been)$/.test(tokens[i + 2]?.lower ?? '') ? tokens[i + 3] : tokens[i + 2];
    if (next && /^\p{Ll}/u.test(next.text) && !AUXILIARIES.has(next.lower)) return i;
  }
  return undefined;
}

/** Verbs of an order or a request, whose "to" + verb is the action asked for. */
const ORDER_VERBS = new Set(['told', 'asked', 'ordered', 'urged', 'instructed', 'advised', 'required', 'directed']);

/**
 * "Passengers were told to rebook by Friday", "asked the bank to respond by Dec. 2": an order whose
 * action is due at a date after publication; the event is that deadline, like an announced happening.
 */
function ordersBy(tokens: WordToken[], head: number, dating: DateMention, published: string): boolean {
  const verb = tokens[head];
  if (!verb || !ORDER_VERBS.has(verb.lower) || !dating.interval || dating.interval.start <= published || dating.start < verb.end) return false;
  for (let i = head + 1; i < tokens.length - 1 && i <= head + 5; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t || !next || next.end > dating.start) return false;
    if (t.lower === 'to' && /^\p{Ll}+$/u.test(next.text) && !DETERMINERS.has(next.lower)) return true;
  }
  return false;
}

/**
 * What a speech verb reports, as a clause of its own: from after the verb (and the speaking's own
 * date, and "that") to the clause's end. Its leading pronoun ("it would delay") is the speaker's.
 */
function reportedContent(text: string, clause: Clause, tokens: WordToken[], head: number, speakingDate: DateMention | undefined): Clause | undefined {
  const verb = tokens[head];
  if (!verb) return undefined;
  let i = head + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) return undefined;
    // Step over the speaking's own date and the words before it ("said on Tuesday", "told reporters on Monday").
    if (speakingDate !== undefined && t.end <= speakingDate.end && (t.start >= speakingDate.start || SPEAKING_DATE_GAP.has(t.lower))) continue;
    break;
  }
  if (tokens[i]?.lower === 'that') i++;
  const first = tokens[i];
  if (!first || first.start >= clause.end) return undefined;
  const speaker = { start: clause.antecedent?.start ?? clause.start, end: verb.end, text: text.slice(clause.antecedent?.start ?? clause.start, verb.end) };
  return { sentenceIndex: clause.sentenceIndex, start: first.start, end: clause.end, text: text.slice(first.start, clause.end), attribution: false, speaker };
}

/**
 * Why a date phrase, although placed by the tagger, says nothing about when this clause happened:
 * - "the wettest October on record": a superlative makes a yearless month a kind, not a date;
 * - "shortly before 10 p.m.": a clock time whose day is not in its words (the tagger borrowed one);
 * - "have been released on bail until June 14": "until" bounds a state the finished action began.
 */
function whyNoDate(text: string, m: DateMention, group: VerbGroup | undefined, verb: string | undefined, onlyDate: boolean): string | undefined {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (namesMonthWithoutYear(m.text) && /\b(?:the|its|their|a)\s+(?:\p{L}+est|most\s+\p{L}+|least\s+\p{L}+)\s+$/iu.test(before)) {
    return 'follows a superlative: a kind of month, not a date';
  }
  if (isBareClockTime(m.type, m.text)) return 'is a time of day with no day of its own';
  // "said the route would stay closed until Sunday": the "until" belongs to the reported future, not
  // to the past verb, and with no other date it is the one the clause has (with one, "said on Tuesday
  // it would delay the launch until next year", the announcement and the happening are two events).
  if (group?.tense === 'past' && !group.progressive && !RETARGETING_VERBS.has(verb ?? '') && /\b(?:until|till)\s+$/i.test(before) &&
    !(onlyDate && /\b(?:would|will|shall)\s+(?:[a-z]+\s+){1,3}(?:until|till)\s+$/i.test(text.slice(Math.max(0, m.start - 60), m.start)))) {
    return 'bounds a state after the finished action';
  }
  return undefined;
}

/** What `decideVerbEvent` needs to know about a clause. */
interface ClauseView {
  text: string;
  published: string;
  clause: Clause;
  tokens: WordToken[];
  group: VerbGroup | undefined;
  trigger: string | undefined;
  /**
   * What this speech clause said is a clause of its own about the future ("The council said on
   * Monday | that the bridge, which opened in 1998, | would close in May"): the speaking is the
   * announcement, an event of its own beside the announced happening.
   */
  announcesFuture?: boolean;
}

/** The clause's own event (a dated one, a reported one, or none) and the reason, for the trace. */
interface Decision {
  anchor: Anchor | undefined;
  /** The date is that of an announced future happening, not of the speaking. */
  announced?: boolean;
  why: () => string;
}

/**
 * Whether the clause's verb makes an event, given the date chosen for it (`dating`) and whether a
 * dated noun event is already its subject. Each early return is one rule of the stage comment.
 */
function decideVerbEvent(v: ClauseView, dating: DateMention | undefined, datedSubject: string | undefined): Decision {
  const { text, clause, tokens, group, trigger } = v;
  const none = (why: () => string): Decision => ({ anchor: undefined, why });
  if (!group) return none(() => `no event (no finite verb${dating ? `, date "${dating.text}"` : ''}): ${clause.text}`);
  const isSpeech = SPEECH_VERBS.has(trigger?.toLowerCase() ?? '');
  if (dating) {
    if (clause.antecedent && !clause.resumesMain && group.tense === 'present' && !group.perfect && !group.progressive) {
      return none(() => `relative clause in the simple present describes "${clause.antecedent?.text}", no event: ${clause.text}`);
    }
    if (isCopula(tokens, group) && (opensWithSince(text, dating) || (countsOrdinal(tokens, group) && holdsPublication(dating, v.published)))) {
      return none(() => `a copula counted "${dating.text}" ("the third stabbing since January") describes, no event: ${clause.text}`);
    }
    if (isSpeech && announcesAfter(tokens, group.head, dating, v.published)) {
      return { anchor: { kind: 'adverbial', mention: dating }, announced: true, why: () => `"${trigger}" reports an announced future action dated "${dating.text}": ${clause.text}` };
    }
    if (isSpeech && !v.announcesFuture && saysNothing(text, tokens, group.head, dating)) {
      return none(() => `"${trigger}" ${dating.text} with what was said in a clause of its own: reporting, no event: ${clause.text}`);
    }
    if (isSpeech && ordersBy(tokens, group.head, dating, v.published)) {
      return { anchor: { kind: 'adverbial', mention: dating }, announced: true, why: () => `"${trigger}" orders an action due "${dating.text}": ${clause.text}` };
    }
    if (isSpeech && !speechDateFits(text, tokens, group.head, dating)) {
      return none(() => `"${dating.text}" is inside what "${trigger}" reports, which has no verb of its own; no event: ${clause.text}`);
    }
    return { anchor: { kind: 'adverbial', mention: dating }, why: () => `"${dating.text}" dates the clause: ${clause.text}` };
  }
  if (group.tense !== 'past') return none(() => `no event (${group.tense} verb "${trigger}"): ${clause.text}`);
  if (isSpeech && !reportsActionAfter(tokens, group.head)) {
    return none(() => `speech verb "${trigger}" with no reported action, no event: ${clause.text}`);
  }
  if (datedSubject !== undefined) {
    // One happening, one event: what the clause says of a dated noun ("Sunday's election was
    // marred by violence") is told by that noun's event, whose quote is this clause.
    return none(() => `the clause tells of "${datedSubject}", already a dated event; no undated duplicate: ${clause.text}`);
  }
  return { anchor: { kind: 'reported' }, why: () => `reported action "${trigger}": ${clause.text}` };
}

/** Whether the clause before `clause`, in the same sentence, is about the future ("will close ..."). */
function followsFutureClause(clauses: readonly Clause[], clause: Clause): boolean {
  const at = clauses.indexOf(clause);
  const previous = at > 0 ? clauses[at - 1] : undefined;
  return previous !== undefined && previous.sentenceIndex === clause.sentenceIndex && clauseVerbGroup(previous)?.tense === 'future';
}

/** Draws event candidates from clauses (see the rules at the top of this file): noun events, then the clause's own. */
export const selectEventSentences: PipelineStage = {
  name: 'selectEventSentences',
  run(state) {
    const { text, id: docId } = state.doc;
    const candidates: EventCandidate[] = [];
    const trace: TraceEntry[] = [...state.trace];
    const note = (message: () => string): void => { trace.push({ stage: 'selectEventSentences', message }); };
    // Mentions sorted by start, so each clause finds its own by binary search (not a scan per clause).
    const sorted = [...state.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const firstAtOrAfter = (at: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid]?.start ?? 0) < at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    /** The last clause dated by an adverbial, for a coordinated clause that shares its date. */
    let lastDated: { sentenceIndex: number; mention: DateMention; tense: VerbGroup['tense'] } | undefined;
    /** Starts of speech clauses whose content, cut off as a clause of its own, is about the future. */
    const announcingFuture = new Set<number>();
    for (const clause of state.clauses) {
      if (clause.speaker && clauseVerbGroup(clause)?.tense === 'future') announcingFuture.add(clause.speaker.start);
    }
    for (const clause of state.clauses) {
      const mentions: DateMention[] = [];
      for (let i = firstAtOrAfter(clause.start); i < sorted.length; i++) {
        const m = sorted[i];
        if (!m || m.start >= clause.end) break;
        if (m.end <= clause.end) mentions.push(m);
      }
      // "The school will close from 4 March, the council said on Tuesday": an announcement of what
      // is to come, dated on its own, is an event of its own (the announcement on its day, beside
      // the happening at its date). Otherwise a trailing "officials said" only attributes.
      if (clause.attribution && !(mentions.some((m) => m.interval) && followsFutureClause(state.clauses, clause))) {
        note(() => `attribution, no event: "${clause.text}"`);
        continue;
      }
      const tokens = clauseTokens(clause);
      const group = clauseVerbGroup(clause);
      const head = group ? tokens[group.head] : undefined;
      const trigger = head ? { start: head.start, end: head.end, text: head.text } : undefined;
      const quoteStart = clause.antecedent ? clause.antecedent.start : clause.start;
      const quote = { start: quoteStart, end: clause.end, text: text.slice(quoteStart, clause.end) };
      const baseStages = (m: DateMention | undefined): string[] => [
        'splitSentences',
        ...(m ? ['findDateMentions'] : []),
        ...(m?.derived ? ['mergeDateRanges'] : []),
        'splitClauses',
        'selectEventSentences',
      ];
      const make = (anchor: Anchor, m: DateMention | undefined): EventCandidate => ({
        docId, clause, quote, anchor, ...(trigger ? { trigger } : {}), stages: baseStages(m),
      });

      for (const m of mentions.filter((x) => isMeasure(text, x))) {
        note(() => `"${m.text}" measures a noun ("${text.slice(m.start, m.end + 20)}…"): dates nothing`);
      }
      const dates = mentions.filter((x) => !isMeasure(text, x));
      /** A dated noun event that is the clause's subject ("Sunday's election | was marred ..."). */
      let datedSubject: string | undefined;
      const nounPhrases = new Map(dates.map((m) => [m, modifiedNounPhrase(text, clause, m)] as const));
      for (const [m, phrase] of nounPhrases) {
        if (phrase) {
          candidates.push(make({ kind: 'noun-modifier', mention: m, phrase }, m));
          note(() => `"${m.text}" modifies "${phrase.text}": noun event`);
          if (m.interval && head && phrase.end <= (tokens[group?.first ?? 0]?.start ?? 0)) datedSubject = phrase.text;
        }
      }
      const recurring = new Set(recurringDates(text, tokens, group, dates));
      const undated = new Set<DateMention>();
      const placedCount = dates.filter((d) => d.interval).length;
      for (const m of dates) {
        const why = recurring.has(m) ? 'names a recurring time in a habitual clause' : whyNoDate(text, m, group, trigger?.text.toLowerCase(), placedCount === 1);
        if (why === undefined) continue;
        undated.add(m);
        note(() => `"${m.text}" ${why}: dates nothing: ${clause.text}`);
      }
      const adverbials = dates.filter((m) => nounPhrases.get(m) === undefined && !undated.has(m));
      // Prefer a placed date over a bare duration, and a true adverbial over a noun's pre-modifier
      // ("reported third-quarter profit on Wednesday" is dated Wednesday).
      // Among several placed dates, one in the verb's own comma-free stretch comes first ("Before
      // the vote on Tuesday, lawmakers met on Monday" is dated Monday).
      const inStretch = head !== undefined ? sameStretchAs(text, clause, head, dates) : undefined;
      const stretch = new Map(adverbials.map((m) => [m, inStretch !== undefined && inStretch(m)] as const));
      const sameStretch = (m: DateMention): boolean => stretch.get(m) === true;
      const placed = adverbials.filter((m) => m.interval).sort((a, b) => Number(sameStretch(b)) - Number(sameStretch(a)));
      let dating = placed.find((m) => !isPremodifier(text, clause, m, head?.end ?? clause.end)) ?? placed[0] ?? adverbials[0];
      let inheritedDate = false;
      const isSpeech = SPEECH_VERBS.has(trigger?.text.toLowerCase() ?? '');
      const previous = lastDated;
      // "was first debated on June 4, but the vote was put off": a coordinated past clause with no
      // date of its own happened with the one before it (not a speech of a new subject, which may be later).
      // A present perfect reaches publication ("started in the spring of 2021 and has cost 180 million
      // euros so far"): it happened over the time since, not with the clause before it.
      if (!dating && clause.inheritsDate && group?.tense === 'past' && !group.perfect && previous && previous.sentenceIndex === clause.sentenceIndex &&
        previous.tense === 'past' && (clause.antecedent !== undefined || !isSpeech)) {
        dating = previous.mention;
        inheritedDate = true;
        const inherited = previous.mention;
        note(() => `no date of its own; coordinated with the clause before, takes its date "${inherited.text}": ${clause.text}`);
      }
      const decision = decideVerbEvent({
        text, published: state.doc.published, clause, tokens, group, trigger: trigger?.text, announcesFuture: announcingFuture.has(clause.start) || (clause.attribution === true && followsFutureClause(state.clauses, clause)),
      }, dating, datedSubject);
      note(decision.why);
      lastDated = decision.anchor?.kind === 'adverbial' && group
        ? { sentenceIndex: clause.sentenceIndex, mention: decision.anchor.mention, tense: group.tense }
        : previous?.sentenceIndex === clause.sentenceIndex ? previous : undefined;
      const content = group && REPORTING_VERBS.has(trigger?.text.toLowerCase() ?? '') ? reportedContent(text, clause, tokens, group.head, decision.announced ? undefined : dating) : undefined;
      if (decision.anchor) {
        // An announcement dated only by what it announces: the event is the happening, titled by what was said.
        const announcedClause = decision.announced && content ? content : undefined;
        // A shared date with a shared subject: the quote is the clause's own words, so its id (quote
        // start + date start) is not the first clause's.
        const ownQuote = inheritedDate && clause.antecedent ? { quote: { start: clause.start, end: clause.end, text: clause.text } } : {};
        candidates.push({ ...make(decision.anchor, decision.anchor.kind === 'reported' ? undefined : decision.anchor.mention), ...(announcedClause ? { clause: announcedClause } : {}), ...ownQuote });
        for (const other of adverbials.filter((m) => decision.anchor?.kind === 'adverbial' && m !== dating)) {
          note(() => `"${other.text}" is a second date of the same clause; kept only "${dating?.text}"`);
        }
      }
      // "The carmaker said on Tuesday it would delay the launch until next year": the announcement on
      // its day, and the announced happening at its own date, as a second event.
      const happening = !decision.announced && content && group && dating && decision.anchor?.kind === 'adverbial'
        ? dates.find((m) => m !== dating && m.interval && nounPhrases.get(m) === undefined && m.start >= content.start && m.interval.start > state.doc.published &&
          futureModalAt(tokens, group.head, m.start) !== undefined)
        : undefined;
      if (happening && content) {
        const quoteOfContent = { start: content.start, end: content.end, text: content.text };
        candidates.push({ ...make({ kind: 'adverbial', mention: happening }, happening), clause: content, quote: quoteOfContent });
        note(() => `"${trigger?.text}" announces a happening dated "${happening.text}": a second event: ${content.text}`);
      }
    }
    return { ...state, candidates, trace };
  },
};
