import type { EventDating } from '../../domain/corpus.ts';
import { agreeDatings, datingsAgree } from '../../domain/date-agreement.ts';
import { wordTokens } from '../english-words.ts';
import { joinSameHappenings } from '../happenings/join-same-happenings.ts';
import { COMMUNICATIVE_VERBS, FRAME_ANAPHORS, FRAME_NOUNS } from '../language/happening-words.ts';
import type { DocumentState, EventCandidate, Happening, HappeningSketch, PipelineStage } from '../types.ts';

/**
 * Stage: one event per happening within the article. Two rules, in this order:
 *
 * 1. A frame and what was said in it. A report of a call or a meeting with named people ("Macron
 *    conveyed similar concerns during a telephone conversation with ... Aliyev") opens a frame; each
 *    following sentence's report joins it while it only tells what those people said or agreed in it:
 *    no stated date of its own (or the frame's), no person the frame does not have, and either one
 *    of the frame's people with a communicative verb ("expressed", "called on", "agreed") or a phrase
 *    that refers back to it ("During the meeting", "the two presidents"). The first report that does
 *    not fit closes the frame (a noun a date modifies inside a joined sentence - "the November 9, 2020
 *    ceasefire agreement" - is its own event and does not close it).
 * 2. The same happening named twice (the "almost two-week-long blockade" and the corridor "blockaded
 *    since December 12"): `compareHappenings` in article scope (same kind, agreeing dates, shared
 *    actors or words, no conflicting people).
 *
 * Why here and not in the corpus stage: it depends on one document only, so the merged event and its
 * id (the first report's, in article order; the others' become aliases) are fixed by the document
 * alone, cached with it, and never move when other documents are added.
 */

function datingOf(c: EventCandidate): EventDating {
  return { start: c.start ?? '', end: c.end ?? null, precision: c.precision ?? 'reported' };
}

function sketchOf(c: EventCandidate): HappeningSketch {
  if (!c.sketch) throw new Error(`mergeWithinArticle: ${c.id ?? c.quote.text} has no sketch (describeHappenings must run first)`);
  return c.sketch;
}

function union(list: readonly string[][]): string[] {
  return [...new Set(list.flat())].sort();
}

export function mergeSketches(sketches: readonly HappeningSketch[]): HappeningSketch {
  const first = sketches[0];
  if (!first) throw new Error('mergeSketches: empty');
  return {
    kind: first.kind,
    stems: union(sketches.map((s) => s.stems)),
    actors: union(sketches.map((s) => s.actors)),
    persons: union(sketches.map((s) => s.persons)),
    places: union(sketches.map((s) => s.places)),
    planned: first.planned,
    lead: sketches.some((s) => s.lead),
  };
}

interface Frame {
  members: EventCandidate[];
  persons: Set<string>;
  sentence: number;
  dating: EventDating;
  planned: boolean;
  kind: string;
}

const FRAME_KINDS = new Set(['call', 'meet']);

function opensFrame(c: EventCandidate): boolean {
  const s = sketchOf(c);
  return FRAME_KINDS.has(s.kind) && s.persons.length > 0 && c.anchor.kind !== 'noun-modifier';
}

function joinsFrame(state: DocumentState, c: EventCandidate, f: Frame): boolean {
  const s = sketchOf(c);
  if (c.anchor.kind === 'noun-modifier' || s.planned !== f.planned) return false;
  const dating = datingOf(c);
  if (dating.precision !== 'reported' && (f.dating.precision === 'reported' || !datingsAgree(dating, f.dating))) return false;
  if (s.persons.some((p) => !f.persons.has(p))) return false;
  const sentence = state.sentences[c.clause.sentenceIndex]?.text ?? '';
  if (FRAME_ANAPHORS.test(sentence)) return true;
  const verb = c.trigger?.text.toLowerCase() ?? wordTokens(c.clause.text)[0]?.lower ?? '';
  return s.persons.some((p) => f.persons.has(p)) && (COMMUNICATIVE_VERBS.has(verb) || s.kind === f.kind);
}

/** "Macron’s telephone conversation with Aliyev": subject, frame noun and partner, all words of the frame's sentence. */
function frameTitle(state: DocumentState, c: EventCandidate): string | undefined {
  const { text } = state.doc;
  const lower = c.clause.text.toLowerCase();
  const noun = FRAME_NOUNS.find((n) => new RegExp(`\\b${n}\\s+with\\b`).test(lower));
  if (!noun) return undefined;
  const at = c.clause.start + lower.search(new RegExp(`\\b${noun}\\s+with\\b`));
  const mentions = (state.actors?.mentions ?? []).filter((m) => m.start >= c.clause.start && m.end <= c.clause.end);
  const people = new Set(state.actors?.actors.filter((a) => a.kind === 'person').map((a) => a.key));
  const persons = mentions.filter((m) => people.has(m.key));
  const partner = persons.find((m) => m.start > at);
  const subject = persons.find((m) => m.key !== partner?.key && (m.start < at || m.start > (partner?.end ?? Infinity)));
  if (!partner || !subject) return undefined;
  const surname = (m: { start: number; end: number }): string => text.slice(m.start, m.end).split(/\s+/).pop() ?? '';
  const words = text.slice(at, at + noun.length);
  return `${surname(subject)}’s ${words} with ${surname(partner)}`;
}

function articleOrder(a: EventCandidate, b: EventCandidate): number {
  const pa = a.anchor.kind === 'reported' ? -1 : a.anchor.mention.start;
  const pb = b.anchor.kind === 'reported' ? -1 : b.anchor.mention.start;
  return a.quote.start - b.quote.start || pa - pb;
}

export const mergeWithinArticle: PipelineStage = {
  name: 'mergeWithinArticle',
  run(state) {
    const order = state.candidates.map((c) => ({ ...c, stages: [...c.stages, 'mergeWithinArticle'] })).sort(articleOrder);
    // 1. Frames.
    const groups: Array<{ members: EventCandidate[]; rule: Happening['rule']; frameTitle?: string }> = [];
    let frame: Frame | undefined;
    for (const c of order) {
      if (frame && c.clause.sentenceIndex > frame.sentence) {
        if (joinsFrame(state, c, frame)) {
          frame.members.push(c);
          continue;
        }
        if (c.anchor.kind !== 'noun-modifier') frame = undefined;
      }
      const group: (typeof groups)[number] = { members: [c], rule: 'single' };
      groups.push(group);
      if (!frame && opensFrame(c)) {
        const s = sketchOf(c);
        const title = frameTitle(state, c);
        if (title) group.frameTitle = title;
        frame = { members: group.members, persons: new Set(s.persons), sentence: c.clause.sentenceIndex, dating: datingOf(c), planned: s.planned, kind: s.kind };
      }
    }
    for (const g of groups) if (g.members.length > 1) g.rule = 'frame';

    // 2. The same happening named twice (see join-same-happenings.ts): best-scoring pairs first, a pair
    // joins only if every report of the one group matches every report of the other (no chaining).
    const summaries = groups.map((g) => ({ sketch: mergeSketches(g.members.map(sketchOf)), dating: agreeDatings(g.members.map(datingOf)).dating }));
    const live = joinSameHappenings(groups, summaries, (c) => ({ sketch: sketchOf(c), dating: datingOf(c) }), articleOrder);

    const happenings: Happening[] = live.filter((g) => g.alive).map((g) => {
      const members = g.members;
      const first = members[0] as EventCandidate;
      const agreed = agreeDatings(members.map(datingOf));
      const chosen = agreed.from >= 0 ? (members[agreed.from] as EventCandidate) : first;
      const id = first.id ?? '';
      return {
        id,
        aliases: members.slice(1).map((m) => m.id ?? '').filter((x) => x !== '' && x !== id).sort(),
        members,
        title: g.frameTitle ?? (g.rule === 'frame' ? first.title : chosen.title) ?? '',
        dating: agreed.dating,
        timing: chosen.timing ?? 'past',
        uncertain: agreed.uncertain || chosen.uncertain === true,
        sketch: mergeSketches(members.map(sketchOf)),
        rule: g.rule,
      };
    });
    return {
      ...state,
      candidates: order,
      happenings,
      trace: [...state.trace, { stage: 'mergeWithinArticle', message: () => happenings.filter((h) => h.members.length > 1).map((h) => `${h.rule}: ${h.id} + ${h.aliases.join(', ')} "${h.title}"`).join('\n') }],
    };
  },
};
