import type { EventDating, EventSource, TimelineEvent } from '../../domain/corpus.ts';
import { dayNumber } from '../../domain/calendar.ts';
import { agreeDatings, startWindow, windowGap } from '../../domain/date-agreement.ts';
import { comparePrepared, figureListsConflict, MERGE_RULE, personsConflict, prepareComparable, REPORTED_WITHIN_DAYS, type PreparedComparable } from '../happenings/compare-happenings.ts';
import { mergeSketches } from '../stages/merge-within-article.ts';
import type { CorpusEvent, CorpusStage, CorpusState } from './types.ts';

/**
 * Corpus stage: one event per happening across articles.
 *
 * Blocking (never all pairs): events are bucketed by kind of happening and sorted by the window of
 * days their date allows (a dateless report: the week before publication), widened by
 * `MERGE_RULE.maxGapDays`; each event is compared only with the following events of its bucket whose
 * window starts before its own ends, at most `MAX_COMPARISONS` of them: O(n log n + n·k).
 *
 * Matching: `compareHappenings` in corpus scope (see its comment for the rule and thresholds).
 * Clustering: candidate pairs from the best score down (ties by id, so input order never matters);
 * two clusters join when no pair across them is a hard conflict (another kind, a plan vs a thing done,
 * different participants or figures, dates more than `maxGapDays` apart) and they share no document (two events of one
 * article were kept apart by the article stage, which sees more).
 *
 * The merged event: every report as a source (by publication date, document, position); its date is
 * what the sources agree on (`agreeDatings`: the most precise date they all allow; if they disagree, the
 * date most of them give, marked uncertain); its id is that of the earliest-published report's event
 * (ties: document id), so adding later articles never moves it, and every other report's id (and
 * alias) becomes an alias, so every link that ever opened one of them still opens the happening.
 */
export const MAX_COMPARISONS = 64;


interface Item {
  index: number;
  e: CorpusEvent;
  docs: string[];
  dating: EventDating;
  prepared: PreparedComparable;
  /** The comparison window (`prepared.window`: a dateless report, the week before publication), in day numbers. */
  from: number;
  to: number;
  /** The blocking window: the comparison window widened by `maxGapDays`. */
  lo: number;
  hi: number;
}

function itemOf(e: CorpusEvent, index: number): Item {
  const dating: EventDating = { start: e.event.start, end: e.event.end, precision: e.event.precision };
  const prepared = prepareComparable({ sketch: e.sketch, dating });
  const w = startWindow(dating);
  const to = dayNumber(w.to);
  const from = w.from === null ? to - REPORTED_WITHIN_DAYS : dayNumber(w.from);
  return { index, e, docs: [...new Set(e.event.sources.map((s) => s.docId))], dating, prepared, from, to, lo: from - MERGE_RULE.maxGapDays, hi: to + MERGE_RULE.maxGapDays };
}

/**
 * What the join test needs to know of a cluster, kept up to date as clusters join, so that "no pair
 * across two clusters conflicts" costs what is distinct in them, not |A|·|B| pairs (a happening
 * reported by 100 articles was tested pair by pair against each candidate: a third of the stage).
 * `conflicts(x, y)` is an OR of independent conditions, so "some pair conflicts" is the OR over the
 * conditions of "some pair fails this one", and each of those is decided on the distinct values:
 * kinds and plan flags as sets, participant and figure lists deduplicated (empty ones never
 * conflict), and start windows by their extremes (two sets of windows hold a pair more than
 * `maxGapDays` apart exactly when the latest start of one is that far after the earliest end of the
 * other), or pair by pair when a window is not a proper range.
 */
interface Cluster {
  members: Item[];
  docs: Set<string>;
  /** The members' kind and plan flag, or null once they have more than one. */
  kind: string | null;
  planned: boolean | null;
  /** Distinct non-empty lists (by their words); a shared empty map until the cluster has one. */
  participants: Map<string, readonly string[]>;
  figures: Map<string, readonly string[]>;
  /** Latest start and earliest end of the members' comparison windows, in day numbers. */
  maxFrom: number;
  minTo: number;
  /** Whether every window starts on or before its end (else windows are compared pair by pair). */
  proper: boolean;
}

const NONE: ReadonlyMap<string, readonly string[]> = new Map();
const listsOf = (list: readonly string[]): Map<string, readonly string[]> => (list.length > 0 ? new Map([[list.join('\u0000'), list]]) : (NONE as Map<string, readonly string[]>));

function clusterOf(it: Item): Cluster {
  return {
    members: [it],
    docs: new Set(it.docs),
    kind: it.e.sketch.kind,
    planned: it.e.sketch.planned,
    participants: listsOf(it.prepared.participants),
    figures: listsOf(it.prepared.figures),
    maxFrom: it.from,
    minTo: it.to,
    proper: it.prepared.window.from !== null && it.from <= it.to,
  };
}

function someAcross<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, test: (x: T, y: T) => boolean): boolean {
  for (const x of a.values()) for (const y of b.values()) if (test(x, y)) return true;
  return false;
}

function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}

/** Whether some pair across the two clusters is a hard conflict (`conflicts`), decided on the clusters' summaries. */
function clustersConflict(A: Cluster, B: Cluster): boolean {
  if (A.kind === null || A.kind !== B.kind || A.planned === null || A.planned !== B.planned) return true;
  if (someAcross(A.participants, B.participants, personsConflict)) return true;
  if (someAcross(A.figures, B.figures, figureListsConflict)) return true;
  if (A.proper && B.proper) return B.maxFrom - A.minTo > MERGE_RULE.maxGapDays || A.maxFrom - B.minTo > MERGE_RULE.maxGapDays;
  return A.members.some((x) => B.members.some((y) => windowGap(x.prepared.window, y.prepared.window) > MERGE_RULE.maxGapDays));
}

/** `drop` joins `keep`. */
function joinClusters(keep: Cluster, drop: Cluster): void {
  keep.members.push(...drop.members);
  for (const d of drop.docs) keep.docs.add(d);
  if (keep.kind !== drop.kind) keep.kind = null;
  if (keep.planned !== drop.planned) keep.planned = null;
  const union = (a: Map<string, readonly string[]>, b: Map<string, readonly string[]>): Map<string, readonly string[]> => {
    if (b.size === 0) return a;
    const into = a === NONE ? new Map<string, readonly string[]>() : a;
    for (const [k, v] of b) into.set(k, v);
    return into;
  };
  keep.participants = union(keep.participants, drop.participants);
  keep.figures = union(keep.figures, drop.figures);
  keep.maxFrom = Math.max(keep.maxFrom, drop.maxFrom);
  keep.minTo = Math.min(keep.minTo, drop.minTo);
  keep.proper = keep.proper && drop.proper;
}

export function mergeEvents(members: readonly CorpusEvent[], published: ReadonlyMap<string, string>): CorpusEvent {
  if (members.length === 1 && members[0]) return members[0];
  const key = (e: TimelineEvent): string => `${published.get(e.sources[0]?.docId ?? '') ?? ''}\u0000${e.sources[0]?.docId ?? ''}\u0000${e.id}`;
  // Each member's key made once, not at every comparison of the sort.
  const sorted = members
    .map((m) => ({ m, k: key(m.event) }))
    .sort((a, b) => (a.k < b.k ? -1 : 1))
    .map((x) => x.m);
  const rep = sorted[0];
  if (!rep) throw new Error('mergeEvents: empty');
  const sources: Array<{ source: EventSource; owner: CorpusEvent }> = sorted.flatMap((m) => m.event.sources.map((source) => ({ source, owner: m })));
  const agreed = agreeDatings(sources.map((s) => s.source.date));
  const owner = agreed.from >= 0 ? (sources[agreed.from]?.owner ?? rep) : rep;
  const ids = new Set(sorted.flatMap((m) => [m.event.id, ...m.event.aliases]));
  ids.delete(rep.event.id);
  const stages = [...new Set([...sorted.flatMap((m) => m.event.stages ?? []), 'mergeAcrossArticles'])];
  const sketch = mergeSketches(sorted.map((m) => m.sketch));
  const event: TimelineEvent = {
    ...rep.event,
    aliases: [...ids].sort(),
    title: owner.event.title,
    start: agreed.dating.start,
    end: agreed.dating.end,
    precision: agreed.dating.precision,
    timing: owner.event.timing,
    uncertain: agreed.uncertain || sorted.some((m) => m.event.uncertain),
    actors: sketch.actors,
    sources: sources.map((s) => s.source),
    stages,
  };
  return { event, sketch };
}

export const mergeAcrossArticles: CorpusStage = {
  name: 'mergeAcrossArticles',
  run(state: CorpusState): CorpusState {
    const items: Item[] = state.events.map(itemOf);
    // Each event id's place in byte order: pairs are ordered by their ids, compared as numbers.
    const ids = items.map((it) => it.e.event.id);
    const rank = new Array<number>(items.length);
    items
      .map((_, i) => i)
      .sort((p, q) => ((ids[p] as string) < (ids[q] as string) ? -1 : (ids[p] as string) > (ids[q] as string) ? 1 : 0))
      .forEach((i, r, order) => (rank[i] = r > 0 && ids[order[r - 1] as number] === ids[i] ? (rank[order[r - 1] as number] as number) : r));
    const buckets = new Map<string, Item[]>();
    for (const it of items) {
      const bucket = buckets.get(it.e.sketch.kind);
      if (bucket) bucket.push(it);
      else buckets.set(it.e.sketch.kind, [it]);
    }
    // Candidate pairs as columns of numbers (hundreds of thousands of them: no object each).
    const edgeA: number[] = [];
    const edgeB: number[] = [];
    const edgeScore: number[] = [];
    for (const bucket of buckets.values()) {
      bucket.sort((p, q) => p.lo - q.lo || (rank[p.index] as number) - (rank[q.index] as number));
      for (let i = 0; i < bucket.length; i++) {
        const a = bucket[i] as Item;
        let compared = 0;
        for (let j = i + 1; j < bucket.length && compared < MAX_COMPARISONS; j++) {
          const b = bucket[j] as Item;
          if (b.lo > a.hi) break;
          if (a.docs.some((d) => b.docs.includes(d))) continue;
          compared++;
          const cmp = comparePrepared(a.prepared, b.prepared, 'corpus');
          if (cmp.same) {
            // The pair by its ids: the one first in byte order first.
            const aFirst = (rank[a.index] as number) < (rank[b.index] as number);
            edgeA.push(aFirst ? a.index : b.index);
            edgeB.push(aFirst ? b.index : a.index);
            edgeScore.push(cmp.score);
          }
        }
      }
    }
    // Best score first, then by the pair's ids (the sort is stable: equal keys keep their order).
    const edges = edgeA.map((_, k) => k);
    const rankOf = (column: number[], k: number): number => rank[column[k] as number] as number;
    edges.sort((p, q) => (edgeScore[q] as number) - (edgeScore[p] as number) || rankOf(edgeA, p) - rankOf(edgeA, q) || rankOf(edgeB, p) - rankOf(edgeB, q));
    const owner = items.map((_, i) => i);
    const clusters: Array<Cluster | undefined> = items.map(clusterOf);
    const find = (i: number): number => {
      let r = i;
      while (owner[r] !== r) r = owner[r] ?? r;
      owner[i] = r;
      return r;
    };
    const joined: number[] = [];
    for (const k of edges) {
      const ra = find(edgeA[k] as number);
      const rb = find(edgeB[k] as number);
      if (ra === rb) continue;
      const A = clusters[ra];
      const B = clusters[rb];
      if (!A || !B || sharesAny(A.docs, B.docs) || clustersConflict(A, B)) continue;
      const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
      joinClusters(keep === ra ? A : B, keep === ra ? B : A);
      clusters[drop] = undefined;
      owner[drop] = keep;
      joined.push(k);
    }
    const published = new Map(state.documents.map((d) => [d.document.id, d.document.published]));
    const events = clusters.flatMap((c) => (c ? [mergeEvents(c.members.map((x) => x.e), published)] : []));
    const pair = (k: number): string => `${ids[edgeA[k] as number]} + ${ids[edgeB[k] as number]} (score ${edgeScore[k]})`;
    return {
      ...state,
      events,
      trace: [...state.trace, { stage: 'mergeAcrossArticles', message: () => `${edges.length} candidate pairs, ${joined.length} joins\n${joined.map(pair).join('\n')}` }],
    };
  },
};
