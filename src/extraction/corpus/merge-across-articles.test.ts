import { describe, expect, it } from 'vitest';
import type { EventDating, Precision, SourceDocument, TimelineEvent } from '../../domain/corpus.ts';
import { windowGap } from '../../domain/date-agreement.ts';
import { comparePrepared, figureListsConflict, MERGE_RULE, personsConflict, prepareComparable, type PreparedComparable } from '../happenings/compare-happenings.ts';
import type { HappeningSketch } from '../types.ts';
import { createMergeAcrossArticles, MAX_COMPARISONS, mergeAcrossArticles, mergeEvents, type SegmentMemo } from './merge-across-articles.ts';
import type { CorpusEvent, CorpusState } from './types.ts';

/** A deterministic generator (no random test data): the same reports on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Reports of a few happenings in many articles, crowded so that clusters grow large and meet every
 * hard condition: two kinds, plans and things done, overlapping participant lists, figures, and day,
 * month and dateless datings a few days apart.
 */
function crowdedState(seed: number, documents: number, month = '03', prefix = 'doc'): CorpusState {
  const next = lcg(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const docs: SourceDocument[] = [];
  const events: CorpusEvent[] = [];
  for (let d = 0; d < documents; d++) {
    const id = `${prefix}-${String(d).padStart(3, '0')}`;
    const published = `2024-${month}-${String(10 + Math.floor(next() * 9)).padStart(2, '0')}`;
    docs.push({ id, path: `${id}.txt`, title: id, published, text: 'x'.repeat(40) } as SourceDocument);
    const reports = 1 + Math.floor(next() * 3);
    for (let r = 0; r < reports; r++) {
      const precision: Precision = pick(['day', 'day', 'day', 'month', 'reported']);
      const day = `2024-${month}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`;
      const dating: EventDating = precision === 'month' ? { start: `2024-${month}-01`, end: `2024-${month}-28`, precision } : precision === 'reported' ? { start: published, end: null, precision } : { start: day, end: null, precision };
      const persons = next() < 0.6 ? [pick(['ana', 'ben', 'cy'])].concat(next() < 0.3 ? [pick(['ana', 'ben', 'cy', 'dee'])] : []) : [];
      const places = next() < 0.7 ? ['harbour'] : [];
      const sketch: HappeningSketch = {
        kind: next() < 0.85 ? 'strike' : 'meet',
        stems: ['dock', pick(['pay', 'wage', 'port'])].concat(next() < 0.25 ? [pick(['4.5', '300', '12.25'])] : []),
        actors: [...new Set([...persons, ...places])],
        persons: [...new Set(persons)],
        places,
        planned: next() < 0.1,
        lead: r === 0,
      };
      const start = r * 10;
      const event: TimelineEvent = {
        id: `${id}-${start}-${start + 5}`,
        aliases: [],
        title: 'Dock workers strike',
        start: dating.start,
        end: dating.end,
        precision: dating.precision,
        timing: 'past',
        uncertain: false,
        salience: 0,
        actors: sketch.actors,
        sources: [{ docId: id, quote: { start, end: start + 5, text: 'xxxxx' }, datePhrase: null, date: dating }],
        stages: ['extract'],
      } as TimelineEvent;
      events.push({ event, sketch });
    }
  }
  return { documents: docs.map((document) => ({ document, analysis: { actors: [], sketches: [], days: [] } })), events, actors: [], warnings: [], trace: [] };
}

/** The stage's clustering as first written: every pair across two clusters tested for a conflict. */
function pairByPair(state: CorpusState): CorpusEvent[] {
  interface Item { index: number; e: CorpusEvent; docs: string[]; prepared: PreparedComparable }
  const items: Item[] = state.events.map((e, index) => ({ index, e, docs: [...new Set(e.event.sources.map((s) => s.docId))], prepared: prepareComparable({ sketch: e.sketch, dating: { start: e.event.start, end: e.event.end, precision: e.event.precision } }) }));
  const conflicts = (a: Item, b: Item): boolean =>
    a.e.sketch.kind !== b.e.sketch.kind ||
    a.e.sketch.planned !== b.e.sketch.planned ||
    personsConflict(a.prepared.participants, b.prepared.participants) ||
    figureListsConflict(a.prepared.figures, b.prepared.figures) ||
    windowGap(a.prepared.window, b.prepared.window) > MERGE_RULE.maxGapDays;
  // All pairs: the stage compares each report with at most MAX_COMPARISONS others of its kind, which
  // here is all of them (checked below); pairs it leaves out by date could never be the same.
  const edges: Array<{ a: number; b: number; score: number; ka: string; kb: string }> = [];
  for (const a of items) {
    for (const b of items) {
      if (b.index <= a.index || a.docs.some((d) => b.docs.includes(d))) continue;
      const cmp = comparePrepared(a.prepared, b.prepared, 'corpus');
      const [ka, kb] = a.e.event.id < b.e.event.id ? [a.e.event.id, b.e.event.id] : [b.e.event.id, a.e.event.id];
      if (cmp.same) edges.push({ a: a.index, b: b.index, score: cmp.score, ka, kb });
    }
  }
  edges.sort((p, q) => q.score - p.score || (p.ka < q.ka ? -1 : p.ka > q.ka ? 1 : p.kb < q.kb ? -1 : 1));
  const owner = items.map((_, i) => i);
  const members = items.map((it) => [it]);
  const find = (i: number): number => (owner[i] === i ? i : find(owner[i] ?? i));
  for (const edge of edges) {
    const ra = find(edge.a);
    const rb = find(edge.b);
    if (ra === rb) continue;
    const A = members[ra] ?? [];
    const B = members[rb] ?? [];
    if (A.some((x) => B.some((y) => x.docs.some((d) => y.docs.includes(d)) || conflicts(x, y)))) continue;
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    (members[keep] ?? []).push(...(members[drop] ?? []));
    members[drop] = [];
    owner[drop] = keep;
  }
  const published = new Map(state.documents.map((d) => [d.document.id, d.document.published]));
  return members.filter((m) => m.length > 0).map((m) => mergeEvents(m.map((x) => x.e), published));
}

describe('mergeAcrossArticles', () => {
  it.each([1, 2, 3, 4, 5])('joins exactly the clusters the pair-by-pair test joins (crowded reports, seed %i)', (seed) => {
    const state = crowdedState(seed, 25);
    for (const kind of ['strike', 'meet']) expect(state.events.filter((e) => e.sketch.kind === kind).length).toBeLessThan(MAX_COMPARISONS);
    const merged = mergeAcrossArticles.run(state).events;
    // The case is not trivial: several reports become one event, and some candidates are kept apart.
    expect(merged.length).toBeLessThan(state.events.length * 0.8);
    expect(merged.length).toBeGreaterThan(3);
    expect(merged).toEqual(pairByPair(state));
  });
});

/** Several crowded months of reports, one state: segments that an edit of one month leaves alone. */
function months(seed: number): CorpusState {
  const parts = ['01', '03', '05', '08'].map((month, i) => crowdedState(seed + i, 12, month, `m${month}`));
  return { documents: parts.flatMap((p) => p.documents), events: parts.flatMap((p) => p.events), actors: [], warnings: [], trace: [] };
}

/** A memo in memory; the digest is the text itself, so no two segments share one. */
function memoInMemory(): SegmentMemo & { hits: number; size: () => number } {
  const kept = new Map<string, ReadonlyArray<readonly number[]>>();
  return {
    hits: 0,
    digest: (text) => text,
    get(digest) {
      const clusters = kept.get(digest);
      if (clusters) this.hits++;
      return clusters;
    },
    set: (digest, clusters) => void kept.set(digest, clusters),
    size: () => kept.size,
  };
}

describe('mergeAcrossArticles with a segment memo', () => {
  const without = (state: CorpusState): CorpusEvent[] => mergeAcrossArticles.run(state).events;

  it('gives what the stage gives without one: cold, unchanged, and after a document is edited, added or removed', () => {
    const memo = memoInMemory();
    const withMemo = createMergeAcrossArticles(memo);
    const state = months(11);
    expect(withMemo.run(state).events).toEqual(without(state));
    expect(memo.hits).toBe(0);
    expect(memo.size()).toBeGreaterThanOrEqual(4);
    expect(withMemo.run(state).events).toEqual(without(state));
    expect(memo.hits).toBe(memo.size());

    // Edited: the reports of two May documents name someone else, so they can join no one they joined;
    // January, March and August keep their segments.
    const edited: CorpusState = {
      ...state,
      events: state.events.map((e) => (/^m05-00[0-5]/.test(e.event.id) ? { ...e, sketch: { ...e.sketch, persons: ['zed'], actors: ['zed'], places: [] } } : e)),
    };
    expect(without(edited).length).toBeGreaterThan(without(state).length);
    memo.hits = 0;
    expect(withMemo.run(edited).events).toEqual(without(edited));
    expect(memo.hits).toBeGreaterThanOrEqual(3);

    // Added: a document of another seed's March; removed: every report of one document of August.
    const more = crowdedState(99, 3, '03', 'new');
    const added: CorpusState = { ...edited, documents: [...edited.documents, ...more.documents], events: [...edited.events, ...more.events] };
    expect(withMemo.run(added).events).toEqual(without(added));
    const removed: CorpusState = { ...added, events: added.events.filter((e) => !e.event.id.startsWith('m08-002')) };
    expect(removed.events.length).toBeLessThan(added.events.length);
    expect(withMemo.run(removed).events).toEqual(without(removed));
  });

  it('a memo that knows a segment gives its clusters; another state never reuses them', () => {
    const memo = memoInMemory();
    const withMemo = createMergeAcrossArticles(memo);
    withMemo.run(months(21));
    const other = months(22);
    memo.hits = 0;
    expect(withMemo.run(other).events).toEqual(without(other));
    expect(memo.hits).toBe(0);
  });
});
