import { wordTokens } from '../english-words.ts';
import { contentStems, KIND_STEMS, kindAt, stemOf } from '../language/content-words.ts';
import { ASPECTUAL_VERBS, FRAME_NOUNS, PLANNED_CUES } from '../language/happening-words.ts';
import type { ActorMention } from '../actors/recognise-actors.ts';
import type { DocumentState, EventCandidate, HappeningSketch, PipelineStage } from '../types.ts';

/**
 * Stage: a sketch of each report (see `HappeningSketch`): the kind of happening from its trigger
 * word (a verb, or the noun a date modifies; an aspectual verb - "began", "remains" - passes to its
 * subject: "The blackout started"), who and where it names, its stemmed content words, and whether
 * it is a plan. Actors come from the quote, plus those of its sentence that no other report of the
 * sentence quotes (an attribution tail: ", Northgate Power said").
 */

const FRAME_NOUN_STEMS = FRAME_NOUNS.map((n) => n.split(' ').map((w) => stemOf(w)));

function kindOf(text: string, c: EventCandidate): string {
  if (c.anchor.kind === 'noun-modifier') {
    const words = wordTokens(c.anchor.phrase.text);
    const stems = words.map((t) => stemOf(t.lower));
    for (let i = stems.length - 1; i >= 0; i--) {
      const k = kindAt(stems, i);
      if (k) return k;
    }
    const head = words.filter((t) => t.lower !== 'of').pop();
    return `~${stemOf(head?.lower ?? 'event')}`;
  }
  const tokens = wordTokens(text.slice(c.clause.start, c.clause.end), c.clause.start);
  const stems = tokens.map((t) => stemOf(t.lower));
  const at = c.trigger ? tokens.findIndex((t) => t.start === c.trigger?.start) : -1;
  if (at >= 0) {
    const direct = kindAt(stems, at);
    if (direct) return direct;
    // "plans to visit", "is due to visit": the verb after "to".
    for (let k = at + 1; k <= at + 3 && k < tokens.length - 1; k++) {
      if (tokens[k]?.lower === 'to') {
        const next = kindAt(stems, k + 1);
        if (next) return next;
        break;
      }
    }
    const trigger = tokens[at]?.lower ?? '';
    if (ASPECTUAL_VERBS.has(trigger)) {
      for (let k = at - 1; k >= 0; k--) {
        const before = kindAt(stems, k);
        if (before) return before;
      }
      for (let k = at + 1; k <= at + 2 && k < tokens.length; k++) {
        const after = kindAt(stems, k);
        if (after) return after;
      }
    }
  }
  // A light verb in a call or a meeting ("conveyed concerns during a telephone conversation").
  for (let i = 0; i < stems.length; i++) {
    if (FRAME_NOUN_STEMS.some((f) => f.every((s, j) => stems[i + j] === s))) {
      const k = kindAt(stems, i + (FRAME_NOUN_STEMS.find((f) => f.every((s, j) => stems[i + j] === s))?.length ?? 1) - 1);
      if (k) return k;
    }
  }
  return `~${at >= 0 ? (stems[at] ?? 'event') : 'event'}`;
}

function isPlanned(text: string, c: EventCandidate): boolean {
  if (c.timing === 'future') return true;
  const end = c.trigger ? Math.min(c.clause.end, c.trigger.end) : c.clause.end;
  const head = text.slice(c.clause.start, end);
  return PLANNED_CUES.test(head) || (c.trigger !== undefined && /^\s+to\s+be\b/.test(text.slice(c.trigger.end, c.trigger.end + 8)) && PLANNED_CUES.test(text.slice(c.clause.start, c.trigger.end + 12)));
}

function inside(m: { start: number; end: number }, r: { start: number; end: number }): boolean {
  return m.start >= r.start && m.end <= r.end;
}

/** Each actor's kind by key (made once per document: per report it cost time in reports x actors). */
function actorKinds(state: DocumentState): ReadonlyMap<string, string> {
  return new Map((state.actors?.actors ?? []).map((a) => [a.key, a.kind]));
}

export function sketchOf(state: DocumentState, c: EventCandidate, others: readonly EventCandidate[], kinds: ReadonlyMap<string, string> = actorKinds(state)): HappeningSketch {
  const { text } = state.doc;
  const sentence = state.sentences[c.clause.sentenceIndex];
  const all: readonly ActorMention[] = state.actors?.mentions ?? [];
  // Mentions are sorted by start: binary search to the sentence (or clause subject) and stop after it.
  const from = Math.min(sentence?.start ?? c.quote.start, c.clause.coordinatedSubject?.start ?? Infinity, c.quote.start);
  const to = Math.max(sentence?.end ?? c.quote.end, c.quote.end);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const mentions: ActorMention[] = [];
  for (let k = lo; k < all.length && (all[k]?.start ?? Infinity) < to; k++) mentions.push(all[k] as ActorMention);
  const subject = c.clause.coordinatedSubject;
  // "and they will ...": the coordinated clause's subject names who "they" are.
  const own = mentions.filter((m) => inside(m, c.quote) || (subject !== undefined && inside(m, subject)));
  const tail = sentence
    ? mentions.filter((m) => inside(m, sentence) && !inside(m, c.quote) && !others.some((o) => o !== c && o.clause.sentenceIndex === c.clause.sentenceIndex && inside(m, o.quote)))
    : [];
  const named = [...own, ...tail];
  const actors = [...new Set(named.map((m) => m.key))].sort();
  const kind = kindOf(text, c);
  const exclude = [...own, ...(c.anchor.kind === 'reported' ? [] : [c.anchor.mention])];
  const stems = contentStems(c.quote.text, c.quote.start, exclude).filter((s) => !KIND_STEMS.has(s) && `~${s}` !== kind).sort();
  return {
    kind,
    stems,
    actors,
    persons: actors.filter((k) => kinds.get(k) === 'person'),
    places: actors.filter((k) => kinds.get(k) === 'place'),
    planned: isPlanned(text, c),
    lead: c.clause.sentenceIndex === 0,
  };
}

export const describeHappenings: PipelineStage = {
  name: 'describeHappenings',
  run(state) {
    // Reports by sentence, so each sketch looks only at its own sentence's reports and mentions.
    const bySentence = new Map<number, EventCandidate[]>();
    for (const c of state.candidates) {
      const list = bySentence.get(c.clause.sentenceIndex);
      if (list) list.push(c);
      else bySentence.set(c.clause.sentenceIndex, [c]);
    }
    const kinds = actorKinds(state);
    const candidates = state.candidates.map((c) => ({ ...c, sketch: sketchOf(state, c, bySentence.get(c.clause.sentenceIndex) ?? [], kinds), stages: [...c.stages, 'describeHappenings'] }));
    return {
      ...state,
      candidates,
      trace: [...state.trace, { stage: 'describeHappenings', message: () => candidates.map((c) => `${c.id}: ${JSON.stringify(c.sketch)}`).join('\n') }],
    };
  },
};
