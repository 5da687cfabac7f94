import { AUXILIARIES, DETERMINERS, OPINION_VERBS, PREPOSITIONS, SPEECH_VERBS, isPastForm, wordTokens, type WordToken } from '../english-words.ts';
import type { Anchor, Clause, DateMention, EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { findVerbGroup } from '../verb-groups.ts';

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
 *   describes its antecedent: background, no event.
 */

const HEDGES = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'some', 'over', 'approximately']);
const NOUN_STOP = new Set([...PREPOSITIONS, ...AUXILIARIES, 'and', 'or', 'but', 'that', 'which', 'who', 'to']);

/** The noun phrase a date/duration modifies, from its determiner to its head (plus an "of X" complement). */
export function modifiedNounPhrase(text: string, clause: Clause, mention: DateMention): { start: number; end: number; text: string } | undefined {
  const before = wordTokens(text.slice(clause.start, mention.start), clause.start);
  let i = before.length - 1;
  while (i >= 0 && HEDGES.has(before[i]?.lower ?? '')) i--;
  const det = before[i];
  const possessive = /^[’']s\b/.test(text.slice(mention.end));
  const determined = det !== undefined && DETERMINERS.has(det.lower);
  if (!determined && !possessive) return undefined;
  // Words after the mention up to the head noun: lowercase words that are no preposition/verb.
  let end = possessive ? mention.end + 2 : mention.end;
  const after = wordTokens(text.slice(end, clause.end), end);
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
  const rest = /^\s+of\s+(?:the\s+)?[\p{L}\p{N}’'-]+(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*/u.exec(text.slice(end, clause.end));
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

/** True when no comma, semicolon or dash (outside date phrases) stands between the verb and the date. */
function inSameStretch(text: string, verb: { start: number; end: number }, m: DateMention, mentions: readonly DateMention[]): boolean {
  const from = Math.min(verb.end, m.end);
  const to = Math.max(verb.start, m.start);
  let between = text.slice(from, to);
  for (const other of mentions) {
    if (other.end <= from || other.start >= to) continue;
    const s = Math.max(other.start, from) - from;
    const e = Math.min(other.end, to) - from;
    between = between.slice(0, s) + ' '.repeat(e - s) + between.slice(e);
  }
  return !/[,;—–]/.test(between);
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
  const next = /^[ \t]+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(m.end, clause.end));
  const word = next?.[1];
  return word !== undefined && !NOT_A_HEAD_NOUN.has(word) && !isPastForm(word) && !word.endsWith('ly');
}

/** "three days of national mourning": a measure of something, not a time the clause happened in. */
function isMeasure(text: string, m: DateMention): boolean {
  return m.type === 'DURATION' && !m.interval && /^\s+of\b/.test(text.slice(m.end, m.end + 4));
}

function isAdverbial(text: string, clause: Clause, mention: DateMention): boolean {
  return modifiedNounPhrase(text, clause, mention) === undefined;
}

export const selectEventSentences: PipelineStage = {
  name: 'selectEventSentences',
  run(state) {
    const { text, id: docId } = state.doc;
    const candidates: EventCandidate[] = [];
    const trace: TraceEntry[] = [...state.trace];
    const note = (message: () => string): void => { trace.push({ stage: 'selectEventSentences', message }); };
    for (const clause of state.clauses) {
      const mentions = state.mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
      if (clause.attribution) {
        note(() => `attribution, no event: "${clause.text}"`);
        continue;
      }
      const tokens = wordTokens(clause.text, clause.start);
      const group = findVerbGroup(tokens, { leadingVerb: clause.resumesMain === true });
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
      for (const m of dates) {
        const phrase = modifiedNounPhrase(text, clause, m);
        if (phrase) {
          candidates.push(make({ kind: 'noun-modifier', mention: m, phrase }, m));
          note(() => `"${m.text}" modifies "${phrase.text}": noun event`);
        }
      }
      const adverbials = dates.filter((m) => isAdverbial(text, clause, m));
      // Prefer a placed date over a bare duration, and a true adverbial over a noun's pre-modifier
      // ("reported third-quarter profit on Wednesday" is dated Wednesday).
      // Among several placed dates, one in the verb's own comma-free stretch comes first ("Before
      // the vote on Tuesday, lawmakers met on Monday" is dated Monday).
      const sameStretch = (m: DateMention): boolean => head !== undefined && inSameStretch(text, head, m, dates);
      const placed = adverbials.filter((m) => m.interval).sort((a, b) => Number(sameStretch(b)) - Number(sameStretch(a)));
      const dating = placed.find((m) => !isPremodifier(text, clause, m, head?.end ?? clause.end)) ?? placed[0] ?? adverbials[0];
      const isSpeech = group !== undefined && SPEECH_VERBS.has(trigger?.text.toLowerCase() ?? '');
      if (dating && group && clause.antecedent && !clause.resumesMain && group.tense === 'present' && !group.perfect && !group.progressive) {
        note(() => `relative clause in the simple present describes "${clause.antecedent?.text}", no event: ${clause.text}`);
      } else if (dating && group && isSpeech && saysNothing(text, tokens, group.head, dating)) {
        note(() => `"${trigger?.text}" ${dating.text} with what was said in a clause of its own: reporting, no event: ${clause.text}`);
      } else if (dating && group && isSpeech && !speechDateFits(text, tokens, group.head, dating)) {
        note(() => `"${dating.text}" is inside what "${trigger?.text}" reports, which has no verb of its own; no event: ${clause.text}`);
      } else if (dating && group) {
        candidates.push(make({ kind: 'adverbial', mention: dating }, dating));
        note(() => `"${dating.text}" dates the clause: ${clause.text}`);
        for (const other of adverbials.filter((m) => m !== dating)) {
          note(() => `"${other.text}" is a second date of the same clause; kept only "${dating.text}"`);
        }
      } else if (group && group.tense === 'past' && SPEECH_VERBS.has(trigger?.text.toLowerCase() ?? '') && !reportsActionAfter(tokens, group.head)) {
        note(() => `speech verb "${trigger?.text}" with no reported action, no event: ${clause.text}`);
      } else if (group && group.tense === 'past') {
        candidates.push(make({ kind: 'reported' }, undefined));
        note(() => `reported action "${trigger?.text}": ${clause.text}`);
      } else {
        note(() => `no event (${group ? `${group.tense} verb "${trigger?.text}"` : 'no finite verb'}${dating ? `, date "${dating.text}"` : ''}): ${clause.text}`);
      }
    }
    return { ...state, candidates, trace };
  },
};
