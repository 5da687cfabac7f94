import {
  ATTRIBUTION_VERBS, AUXILIARIES, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, isPastForm, wordTokens,
} from '../english-words.ts';
import type { Clause, PipelineStage, Sentence } from '../types.ts';

/**
 * Cuts each sentence into the clauses events are drawn from, so that one sentence can carry two
 * events ("Borrell emphasized the urgency to open the corridor, which has been blockaded since
 * December 12"). Cuts: a non-restrictive relative clause (", which ..."), a semicolon, a
 * coordinated clause with its own pronoun subject (", and they will ..."), ", but", and a reporting
 * tail (", the French presidency said." / ", according to ...") which is kept but marked
 * `attribution` so no event is drawn from it.
 */

interface Cut {
  /** Where the previous clause ends (exclusive) and the next begins, in document offsets. */
  prevEnd: number;
  nextStart: number;
  kind: 'relative' | 'semicolon' | 'coordinated' | 'attribution';
}

const EDGE_LEADING = /^[\s,;:—–\-“"‘'(]+/;
const EDGE_TRAILING = /[\s,;:—–\-”"’')]+$|\s+(?:and|but|or)$/;

/** Trims punctuation and unmatched quotes at clause edges; returns document offsets. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e;) {
    changed = false;
    const lead = EDGE_LEADING.exec(text.slice(s, e));
    if (lead && lead[0].length > 0) { s += lead[0].length; changed = true; }
    const trail = EDGE_TRAILING.exec(text.slice(s, e));
    if (trail && trail[0].length > 0) { e -= trail[0].length; changed = true; }
  }
  return { start: s, end: e };
}

/** "the French presidency said", "he told reporters", "according to the statement". */
export function isAttributionTail(tail: string): boolean {
  const tokens = wordTokens(tail);
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to') return true;
  const verbIndex = tokens.findIndex((t) => ATTRIBUTION_VERBS.has(t.lower) && t.lower !== 'according');
  if (verbIndex < 0 || verbIndex > 6) return false;
  const after = tokens.slice(verbIndex + 1);
  if (after.length > 4 || after[0]?.lower === 'that') return false;
  // Nothing before the verb may itself be a verb: "X said" only, not "X met Y and said".
  return tokens.slice(0, verbIndex).every((t) => !AUXILIARIES.has(t.lower) && !isPastForm(t.lower));
}

function findCuts(sentence: Sentence): Cut[] {
  const cuts: Cut[] = [];
  const s = sentence.text;
  const base = sentence.start;
  for (const m of s.matchAll(/,\s+(?=(?:which|who|whom|whose|where)\s)/g)) {
    const at = m.index ?? 0;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'relative' });
  }
  for (const m of s.matchAll(/;\s*/g)) {
    const at = m.index ?? 0;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'semicolon' });
  }
  for (const m of s.matchAll(/,?\s+(?:and|but)\s+(?=(?:they|he|she|we|it|I)\s+\p{Ll})/gu)) {
    const at = m.index ?? 0;
    cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'coordinated' });
  }
  for (const m of s.matchAll(/,\s+but\s+/g)) {
    const at = m.index ?? 0;
    if (!cuts.some((c) => c.prevEnd === base + at)) {
      cuts.push({ prevEnd: base + at, nextStart: base + at + m[0].length, kind: 'coordinated' });
    }
  }
  // The reporting tail: the last ", X said." after a comma or a closing quote.
  const tail = /(?:,[”"’]?|[.!?][”"’]|[”"’])\s+([^,“”"]{1,90}?)[.!?]?$/u.exec(s);
  if (tail && tail[1] !== undefined && isAttributionTail(tail[1])) {
    const at = tail.index;
    cuts.push({ prevEnd: base + at, nextStart: base + at + tail[0].indexOf(tail[1]), kind: 'attribution' });
  }
  cuts.sort((a, b) => a.prevEnd - b.prevEnd);
  return cuts.filter((c, i) => i === 0 || c.prevEnd >= (cuts[i - 1]?.nextStart ?? 0));
}

/** The noun phrase just before `commaAt`: back to its determiner, stopping at verbs and prepositions. */
function antecedentBefore(text: string, sentence: Sentence, commaAt: number): Clause['antecedent'] {
  const tokens = wordTokens(text.slice(sentence.start, commaAt), sentence.start);
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
  const first = picked[0];
  const last = picked[picked.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

export function clausesOf(text: string, sentence: Sentence): Clause[] {
  const cuts = findCuts(sentence);
  const clauses: Clause[] = [];
  let from = sentence.start;
  let startedBy: Cut | undefined;
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
        const antecedent = antecedentBefore(text, sentence, by.prevEnd);
        if (antecedent) clause.antecedent = antecedent;
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

export const splitClauses: PipelineStage = {
  name: 'splitClauses',
  run(state) {
    const clauses = state.sentences.flatMap((s) => clausesOf(state.doc.text, s));
    return {
      ...state,
      clauses,
      trace: [
        ...state.trace,
        ...clauses.map((c) => ({
          stage: 'splitClauses',
          message: () => `s${c.sentenceIndex} [${c.start}, ${c.end})${c.attribution ? ' attribution' : ''}${c.antecedent ? ` antecedent "${c.antecedent.text}"` : ''}: ${c.text}`,
        })),
      ],
    };
  },
};
