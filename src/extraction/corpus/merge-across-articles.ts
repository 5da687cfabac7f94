import type { EventDating, EventSource, TimelineEvent } from '../../domain/corpus.ts';
import { dayFromNumber, dayNumber } from '../../domain/calendar.ts';
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
  lo: string;
  hi: string;
}

function blockingWindow(d: EventDating): { lo: string; hi: string } {
  const w = startWindow(d);
  const from = w.from === null ? dayNumber(w.to) - REPORTED_WITHIN_DAYS : dayNumber(w.from);
  return { lo: dayFromNumber(from - MERGE_RULE.maxGapDays), hi: dayFromNumber(dayNumber(w.to) + MERGE_RULE.maxGapDays) };
}

function conflicts(a: Item, b: Item): boolean {
  const x = a.e.sketch;
  const y = b.e.sketch;
  const pa = a.prepared;
  const pb = b.prepared;
  if (x.kind !== y.kind || x.planned !== y.planned || personsConflict(pa.participants, pb.participants)) return true;
  if (figureListsConflict(pa.figures, pb.figures)) return true;
  return windowGap(pa.window, pb.window) > MERGE_RULE.maxGapDays;
}

export function mergeEvents(members: readonly CorpusEvent[], published: ReadonlyMap<string, string>): CorpusEvent {
  const key = (e: TimelineEvent): string => `${published.get(e.sources[0]?.docId ?? '') ?? ''}\u0000${e.sources[0]?.docId ?? ''}\u0000${e.id}`;
  const sorted = [...members].sort((a, b) => (key(a.event) < key(b.event) ? -1 : 1));
  const rep = sorted[0];
  if (!rep) throw new Error('mergeEvents: empty');
  if (sorted.length === 1) return rep;
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
    const items: Item[] = state.events.map((e, index) => {
      const dating: EventDating = { start: e.event.start, end: e.event.end, precision: e.event.precision };
      return { index, e, docs: [...new Set(e.event.sources.map((s) => s.docId))], dating, prepared: prepareComparable({ sketch: e.sketch, dating }), ...blockingWindow(dating) };
    });
    const buckets = new Map<string, Item[]>();
    for (const it of items) {
      const bucket = buckets.get(it.e.sketch.kind);
      if (bucket) bucket.push(it);
      else buckets.set(it.e.sketch.kind, [it]);
    }
    const edges: Array<{ a: number; b: number; score: number; ka: string; kb: string }> = [];
    for (const bucket of buckets.values()) {
      bucket.sort((p, q) => (p.lo < q.lo ? -1 : p.lo > q.lo ? 1 : p.e.event.id < q.e.event.id ? -1 : 1));
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
            const [ka, kb] = a.e.event.id < b.e.event.id ? [a.e.event.id, b.e.event.id] : [b.e.event.id, a.e.event.id];
            edges.push({ a: a.index, b: b.index, score: cmp.score, ka, kb });
          }
        }
      }
    }
    edges.sort((p, q) => q.score - p.score || (p.ka < q.ka ? -1 : p.ka > q.ka ? 1 : p.kb < q.kb ? -1 : p.kb > q.kb ? 1 : 0));
    const owner = items.map((_, i) => i);
    const members = items.map((it) => [it]);
    const find = (i: number): number => {
      let r = i;
      while (owner[r] !== r) r = owner[r] ?? r;
      owner[i] = r;
      return r;
    };
    const joined: string[] = [];
    for (const edge of edges) {
      const ra = find(edge.a);
      const rb = find(edge.b);
      if (ra === rb) continue;
      const A = members[ra] ?? [];
      const B = members[rb] ?? [];
      const docsA = new Set(A.flatMap((x) => x.docs));
      if (B.some((y) => y.docs.some((d) => docsA.has(d)))) continue;
      if (A.some((x) => B.some((y) => conflicts(x, y)))) continue;
      const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
      (members[keep] ?? []).push(...(members[drop] ?? []));
      members[drop] = [];
      owner[drop] = keep;
      joined.push(`${edge.ka} + ${edge.kb} (score ${edge.score})`);
    }
    const published = new Map(state.documents.map((d) => [d.document.id, d.document.published]));
    const events = members.filter((m) => m.length > 0).map((m) => mergeEvents(m.map((x) => x.e), published));
    return {
      ...state,
      events,
      trace: [...state.trace, { stage: 'mergeAcrossArticles', message: () => `${edges.length} candidate pairs, ${joined.length} joins\n${joined.join('\n')}` }],
    };
  },
};
