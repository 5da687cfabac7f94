import { AUXILIARIES, DETERMINERS, PREPOSITIONS, SPEECH_VERBS, isPastForm, wordTokens, type WordToken } from '../english-words.ts';
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
 * - reporting tails ("the French presidency said") give nothing.
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

/** True when the words after a speech verb hold a past action of their own ("said they made progress"). */
function reportsActionAfter(tokens: WordToken[], head: number): boolean {
  const rest = tokens.slice(head + 1);
  const group = findVerbGroup(rest);
  return group !== undefined && group.tense === 'past';
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
      const group = findVerbGroup(tokens);
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

      for (const m of mentions) {
        const phrase = modifiedNounPhrase(text, clause, m);
        if (phrase) {
          candidates.push(make({ kind: 'noun-modifier', mention: m, phrase }, m));
          note(() => `"${m.text}" modifies "${phrase.text}": noun event`);
        }
      }
      const adverbials = mentions.filter((m) => isAdverbial(text, clause, m));
      // Prefer a placed date over a bare duration as the clause's date.
      const dating = adverbials.find((m) => m.interval) ?? adverbials[0];
      if (dating && group) {
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
