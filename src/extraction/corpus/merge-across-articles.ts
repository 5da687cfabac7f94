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
  /** The comparison window (`comparisonWindow`: a dateless report, the week before publication), in day numbers. */
  from: number;
  to: number;
  /** The blocking window: the comparison window widened by `maxGapDays`. */
  lo: number;
  hi: number;
}

function itemOf(e: CorpusEvent, index: number): Item {
  const dating: EventDating = { start: e.event.start, end: e.event.end, precision: e.event.precision };
  const w = startWindow(dating);
  const to = dayNumber(w.to);
  const from = w.from === null ? to - REPORTED_WITHIN_DAYS : dayNumber(w.from);
  return { index, e, docs: [...new Set(e.event.sources.map((s) => s.docId))], dating, from, to, lo: from - MERGE_RULE.maxGapDays, hi: to + MERGE_RULE.maxGapDays };
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
  /** The members' positions in their segment. */
  positions: number[];
  /** The members' comparison windows (for the pair-by-pair test when one is not a proper range). */
  windows: Array<PreparedComparable['window']>;
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

function clusterOf(it: Item, prepared: PreparedComparable, position: number): Cluster {
  return {
    positions: [position],
    windows: [prepared.window],
    docs: new Set(it.docs),
    kind: it.e.sketch.kind,
    planned: it.e.sketch.planned,
    participants: listsOf(prepared.participants),
    figures: listsOf(prepared.figures),
    maxFrom: it.from,
    minTo: it.to,
    proper: prepared.window.from !== null && it.from <= it.to,
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
  return A.windows.some((x) => B.windows.some((y) => windowGap(x, y) > MERGE_RULE.maxGapDays));
}

/** `drop` joins `keep`. */
function joinClusters(keep: Cluster, drop: Cluster): void {
  keep.positions.push(...drop.positions);
  keep.windows.push(...drop.windows);
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

/**
 * What the stage may keep between runs (the CLI keeps it beside the extraction cache): the clusters
 * of each segment, by a digest of the segment's reports. A segment is a run of reports of one kind
 * whose blocking windows overlap in a chain (sorted by window, each starts before the furthest end
 * so far); no report is ever compared with one of another segment, so a segment's clusters depend on
 * its reports alone, and a segment whose reports are all unchanged has the clusters it had. On
 * 10,000 synthetic documents 153,077 reports fall in 9,439 segments (a report's segment holds 146
 * reports on average), so one edited document re-clusters a few segments instead of every report.
 */
export interface SegmentMemo {
  /** A strong digest of `text` (two segments with one digest are taken to be the same). */
  digest(text: string): string;
  /** The clusters of more than one report, as positions in the segment's order. */
  get(digest: string): ReadonlyArray<readonly number[]> | undefined;
  set(digest: string, clusters: ReadonlyArray<readonly number[]>): void;
}

/** The segments of one bucket (sorted by `lo`, then id): where the next window starts after every window so far has ended. */
function segmentsOf(bucket: readonly Item[]): Item[][] {
  const segments: Item[][] = [];
  let current: Item[] = [];
  let end = -Infinity;
  for (const it of bucket) {
    if (current.length > 0 && it.lo > end) {
      segments.push(current);
      current = [];
    }
    current.push(it);
    end = Math.max(end, it.hi);
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

/** What decides a segment's clusters: its reports, in order, as they are. */
const segmentText = (segment: readonly Item[]): string => segment.map((it) => `${JSON.stringify(it.e.event)}\u0000${JSON.stringify(it.e.sketch)}`).join('\n');

/**
 * One segment's clusters (positions in `segment`; only those of more than one report) and the
 * candidate pairs that joined, for the trace: the clustering described at the top, on these reports.
 */
function clusterSegment(segment: readonly Item[], rank: readonly number[]): { clusters: number[][]; candidates: number; joined: Array<[Item, Item, number]> } {
  // Made here, not for every report: a segment the memo knows is never compared.
  const prepared = segment.map((it) => prepareComparable({ sketch: it.e.sketch, dating: it.dating }));
  // Candidate pairs as columns of numbers (hundreds of thousands of them in a big corpus: no object each).
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeScore: number[] = [];
  const rankAt = (p: number): number => rank[(segment[p] as Item).index] as number;
  for (let i = 0; i < segment.length; i++) {
    const a = segment[i] as Item;
    let compared = 0;
    for (let j = i + 1; j < segment.length && compared < MAX_COMPARISONS; j++) {
      const b = segment[j] as Item;
      if (b.lo > a.hi) break;
      if (a.docs.some((d) => b.docs.includes(d))) continue;
      compared++;
      const cmp = comparePrepared(prepared[i] as PreparedComparable, prepared[j] as PreparedComparable, 'corpus');
      if (cmp.same) {
        // The pair by its ids: the one first in byte order first.
        const aFirst = rankAt(i) < rankAt(j);
        edgeA.push(aFirst ? i : j);
        edgeB.push(aFirst ? j : i);
        edgeScore.push(cmp.score);
      }
    }
  }
  // Best score first, then by the pair's ids (the sort is stable: equal keys keep their order).
  const edges = edgeA.map((_, k) => k);
  edges.sort((p, q) => (edgeScore[q] as number) - (edgeScore[p] as number) || rankAt(edgeA[p] as number) - rankAt(edgeA[q] as number) || rankAt(edgeB[p] as number) - rankAt(edgeB[q] as number));
  const owner = segment.map((_, i) => i);
  const clusters: Array<Cluster | undefined> = segment.map((it, i) => clusterOf(it, prepared[i] as PreparedComparable, i));
  const find = (i: number): number => {
    let r = i;
    while (owner[r] !== r) r = owner[r] ?? r;
    owner[i] = r;
    return r;
  };
  const joined: Array<[Item, Item, number]> = [];
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
    joined.push([segment[edgeA[k] as number] as Item, segment[edgeB[k] as number] as Item, edgeScore[k] as number]);
  }
  const multi = clusters.flatMap((c) => (c && c.positions.length > 1 ? [[...c.positions].sort((x, y) => x - y)] : []));
  return { clusters: multi, candidates: edges.length, joined };
}

/**
 * The stage, keeping each segment's clusters in `memo` when one is given (the output is the same with
 * or without it, and whatever the memo held from other runs: a segment whose digest it knows had
 * exactly these reports).
 */
export function createMergeAcrossArticles(memo?: SegmentMemo): CorpusStage {
  return {
    name: 'mergeAcrossArticles',
    run(state: CorpusState): CorpusState {
      const items: Item[] = state.events.map(itemOf);
      // Each event id's place in byte order: reports and pairs are ordered by their ids, compared as numbers.
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
      // Each happening's reports, with the smallest index among them: events come out in that order.
      const groups: Array<{ first: number; members: Item[] }> = [];
      const joined: Array<[Item, Item, number]> = [];
      let candidates = 0;
      let remembered = 0;
      for (const bucket of buckets.values()) {
        bucket.sort((p, q) => p.lo - q.lo || (rank[p.index] as number) - (rank[q.index] as number));
        for (const segment of segmentsOf(bucket)) {
          const digest = memo && segment.length > 1 ? memo.digest(segmentText(segment)) : undefined;
          let clusters = digest === undefined ? undefined : memo?.get(digest);
          if (clusters) remembered++;
          else if (segment.length > 1) {
            const done = clusterSegment(segment, rank);
            candidates += done.candidates;
            joined.push(...done.joined);
            clusters = done.clusters;
            if (digest !== undefined) memo?.set(digest, clusters);
          }
          const inCluster = new Set<number>();
          for (const positions of clusters ?? []) {
            const members = positions.map((p) => segment[p] as Item);
            for (const p of positions) inCluster.add(p);
            groups.push({ first: Math.min(...members.map((m) => m.index)), members });
          }
          segment.forEach((it, p) => {
            if (!inCluster.has(p)) groups.push({ first: it.index, members: [it] });
          });
        }
      }
      groups.sort((a, b) => a.first - b.first);
      const published = new Map(state.documents.map((d) => [d.document.id, d.document.published]));
      const events = groups.map((g) => mergeEvents(g.members.map((x) => x.e), published));
      const pair = ([a, b, score]: [Item, Item, number]): string => `${a.e.event.id} + ${b.e.event.id} (score ${score})`;
      return {
        ...state,
        events,
        trace: [
          ...state.trace,
          { stage: 'mergeAcrossArticles', message: () => `${candidates} candidate pairs, ${joined.length} joins${remembered > 0 ? ` (${remembered} segments as the memo kept them)` : ''}\n${joined.map(pair).join('\n')}` },
        ],
      };
    },
  };
}

export const mergeAcrossArticles: CorpusStage = createMergeAcrossArticles();
