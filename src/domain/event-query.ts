import { compareDays, type IsoDay } from './calendar.ts';
import type { CorpusIndex, DocumentMeta, SourceRef } from './corpus-index.ts';
import type { Precision, Timing } from './corpus.ts';
import type { IndexedEvent } from './corpus-index.ts';

/**
 * Which events are shown: the one seam every consumer goes through (chart items, the Events list,
 * stepping, the nearest event of a `?date=` link, the default and "fit all" windows, the overview
 * band). Search, filters and, later, loaded shards all narrow the set here, so no view can show an
 * event another view hides.
 */

/** How the precision filter groups the five precisions (and how the legend names them). */
export type PrecisionClass = 'exact' | 'approximate' | 'reported';
export const PRECISION_CLASSES: readonly PrecisionClass[] = ['exact', 'approximate', 'reported'];
export const TIMINGS: readonly Timing[] = ['past', 'ongoing', 'future'];

/** `day` (a stated day, or two stated days) is exact; month, year and hedged ranges are approximate. */
export function precisionClassOf(precision: Precision): PrecisionClass {
  return precision === 'day' ? 'exact' : precision === 'reported' ? 'reported' : 'approximate';
}

/** A choice among named things: only some of them, or all but some. `null` is "all". */
export type Selection = { readonly only: readonly string[] } | { readonly except: readonly string[] } | null;

export function selects(selection: Selection, name: string): boolean {
  if (selection === null) return true;
  return 'only' in selection ? selection.only.includes(name) : !selection.except.includes(name);
}

/** Both ends inclusive; a missing end is open. */
export interface DayRange {
  from: IsoDay | null;
  to: IsoDay | null;
}

export interface EventFilters {
  /** By document id: an event passes when one of its sources' documents is selected. */
  documents: Selection;
  /** By publisher name, the same way (documents without a publisher pass only an `except` selection). */
  publishers: Selection;
  /** Allowed precision classes; null: all. */
  precision: readonly PrecisionClass[] | null;
  /** Allowed timings; null: all. */
  timing: readonly Timing[] | null;
  /** Events naming at least one of these actor ids; null: all. */
  actors: readonly string[] | null;
  /** Events with a day inside the range; null: all. */
  range: DayRange | null;
}

export const NO_FILTERS: EventFilters = {
  documents: null,
  publishers: null,
  precision: null,
  timing: null,
  actors: null,
  range: null,
};

/** How many of the filter groups narrow the events (for "Filters (2)"). */
export function activeFilterCount(filters: EventFilters): number {
  return [filters.documents, filters.publishers, filters.precision, filters.timing, filters.actors, filters.range].filter(
    (f) => f !== null,
  ).length;
}

export interface EventQuery {
  filters: EventFilters;
  /** Ids of the events the search matched; null when there is no search. */
  matches: ReadonlySet<string> | null;
}

export const SHOW_ALL: EventQuery = { filters: NO_FILTERS, matches: null };

/** The events shown, in the index's reading order. */
export interface VisibleEvents {
  events: readonly IndexedEvent[];
  /** Position of each shown event in `events`. */
  positionById: ReadonlyMap<string, number>;
  /** Events in the corpus before any narrowing. */
  total: number;
}

function sourcePasses(filters: EventFilters, doc: DocumentMeta | undefined, docId: string): boolean {
  if (!selects(filters.documents, docId)) return false;
  if (filters.publishers === null) return true;
  const publisher = doc?.publisher;
  return publisher === undefined ? 'except' in filters.publishers : selects(filters.publishers, publisher);
}

/** Every filter but the source ones (documents, publishers), and the search. */
function passesOthers(event: IndexedEvent, query: EventQuery): boolean {
  const { filters, matches } = query;
  if (matches !== null && !matches.has(event.id)) return false;
  if (filters.precision !== null && !filters.precision.includes(precisionClassOf(event.precision))) return false;
  if (filters.timing !== null && !filters.timing.includes(event.timing)) return false;
  if (filters.actors !== null && !event.actors.some((a) => filters.actors?.includes(a))) return false;
  const range = filters.range;
  if (range !== null) {
    if (range.to !== null && compareDays(event.start, range.to) > 0) return false;
    if (range.from !== null && compareDays(event.end ?? event.start, range.from) < 0) return false;
  }
  return true;
}

function passesSources(index: CorpusIndex, event: IndexedEvent, filters: EventFilters): boolean {
  if (filters.documents === null && filters.publishers === null) return true;
  return event.sources.some((s) => sourcePasses(filters, index.documentById.get(s.docId), s.docId));
}

export function isShown(index: CorpusIndex, event: IndexedEvent, query: EventQuery): boolean {
  return passesOthers(event, query) && passesSources(index, event, query.filters);
}

const allCache = new WeakMap<CorpusIndex, VisibleEvents>();

/** The events `query` leaves shown, in reading order. O(n); the unfiltered set is shared per index. */
export function visibleEvents(index: CorpusIndex, query: EventQuery): VisibleEvents {
  const unfiltered = query.matches === null && activeFilterCount(query.filters) === 0;
  if (unfiltered) {
    const cached = allCache.get(index);
    if (cached) return cached;
    const all = { events: index.events, positionById: index.positionById, total: index.events.length };
    allCache.set(index, all);
    return all;
  }
  const events = index.events.filter((event) => isShown(index, event, query));
  return { events, positionById: new Map(events.map((e, i) => [e.id, i])), total: index.events.length };
}

/** Per option of each filter: how many events it would show, given every other filter and the search. */
export interface FacetCounts {
  documents: ReadonlyMap<string, number>;
  publishers: ReadonlyMap<string, number>;
  precision: Readonly<Record<PrecisionClass, number>>;
  timing: Readonly<Record<Timing, number>>;
  actors: ReadonlyMap<string, number>;
}

const bump = (map: Map<string, number>, key: string): void => {
  map.set(key, (map.get(key) ?? 0) + 1);
};

/** O(n · sources) over the index: each facet counts the events that pass all the other filters. */
/** Whether one of `list[0..i)` matches: an event has a few sources and actors, so this beats a Set. */
function seenBefore<T>(list: readonly T[], i: number, matches: (item: T) => boolean): boolean {
  for (let k = 0; k < i; k++) if (matches(list[k] as T)) return true;
  return false;
}

export function facetCounts(index: CorpusIndex, query: EventQuery): FacetCounts {
  const documents = new Map<string, number>();
  const publishers = new Map<string, number>();
  const actors = new Map<string, number>();
  const precision: Record<PrecisionClass, number> = { exact: 0, approximate: 0, reported: 0 };
  const timing: Record<Timing, number> = { past: 0, ongoing: 0, future: 0 };
  const { filters } = query;
  const without = (patch: Partial<EventFilters>): EventQuery => ({ ...query, filters: { ...filters, ...patch } });
  const noPrecision = without({ precision: null });
  const noTiming = without({ timing: null });
  const noActors = without({ actors: null });
  for (const event of index.events) {
    const sources = passesSources(index, event, filters);
    if (passesOthers(event, query)) {
      // The source facets: counted per document / publisher, whatever the source filters say. Each
      // once per event, found by looking back over the few sources before it (no Set per event: at
      // 100,000 events the Sets were most of the 1 s this took).
      const { sources: refs } = event;
      for (let i = 0; i < refs.length; i++) {
        const docId = (refs[i] as SourceRef).docId;
        if (seenBefore(refs, i, (r) => r.docId === docId)) continue;
        bump(documents, docId);
        const publisher = index.documentById.get(docId)?.publisher;
        if (publisher === undefined) continue;
        if (seenBefore(refs, i, (r) => index.documentById.get(r.docId)?.publisher === publisher)) continue;
        bump(publishers, publisher);
      }
    }
    if (!sources) continue;
    if (passesOthers(event, noPrecision)) precision[precisionClassOf(event.precision)] += 1;
    if (passesOthers(event, noTiming)) timing[event.timing] += 1;
    if (passesOthers(event, noActors)) {
      const { actors: named } = event;
      for (let i = 0; i < named.length; i++) if (!seenBefore(named, i, (a) => a === named[i])) bump(actors, named[i] as string);
    }
  }
  return { documents, publishers, precision, timing, actors };
}
