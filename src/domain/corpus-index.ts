import { compareDays } from './calendar.ts';
import type { Actor, Corpus, CorpusWarning, EventSource, SourceDocument, TimelineEvent } from './corpus.ts';

/** A document without its text: what the app needs to list, colour and filter sources. */
export type DocumentMeta = Omit<SourceDocument, 'text'>;

/** Where a span lies in its document, without the text (the text is `document.text.slice(start, end)`). */
export interface SpanRef {
  start: number;
  end: number;
}

/** A source as the index knows it before its document arrives: the document, the offsets, the date it gives. */
export type SourceRef = Omit<EventSource, 'quote' | 'datePhrase'> & { quote: SpanRef; datePhrase: SpanRef | null };

/**
 * An event as the index holds it: everything but the quotes' text, which the split layout (issue 8)
 * ships with the documents and `CorpusSource.loadEvent` puts back. A `TimelineEvent` is one too.
 */
export type IndexedEvent = Omit<TimelineEvent, 'sources' | 'stages'> & { sources: readonly SourceRef[]; stages?: string[] | undefined };

/**
 * How many quotes an event has and from how many articles: a one-article event with seven quotes is
 * "7 quotes from 1 article", not "7 sources" (the counts every view words with `M.reports`).
 */
export function reportCounts(event: { sources: readonly { docId: string }[] }): { quotes: number; articles: number } {
  const quotes = event.sources.length;
  const first = event.sources[0]?.docId;
  let articles = quotes === 0 ? 0 : 1;
  if (quotes > 1 && event.sources.some((s) => s.docId !== first)) articles = new Set(event.sources.map((s) => s.docId)).size;
  return { quotes, articles };
}

/**
 * What a corpus source hands the app before any document text (see src/app/corpus-source.ts): every
 * event (with its quotes), the documents' metadata, the actor table and the warnings. Texts arrive
 * one document at a time, for the article view.
 */
export interface CorpusIndexData {
  documents: readonly DocumentMeta[];
  events: readonly IndexedEvent[];
  actors: readonly Actor[];
  warnings: readonly CorpusWarning[];
}

/** The index data of a whole corpus: the same records, the texts left out. */
export function indexDataOf(corpus: Corpus): CorpusIndexData {
  return {
    documents: corpus.documents.map(({ text: _text, ...meta }) => meta),
    events: corpus.events,
    actors: corpus.actors,
    warnings: corpus.warnings,
  };
}

/** Lookups the app needs over a loaded corpus, built once per load in O(n log n). */
export interface CorpusIndex {
  data: CorpusIndexData;
  /** Events in reading order: by first day, then last day, then corpus order. */
  events: readonly IndexedEvent[];
  eventById: ReadonlyMap<string, IndexedEvent>;
  /** Events by their other ids (merged reports, ids of earlier pipelines), for old links. */
  eventByAlias: ReadonlyMap<string, IndexedEvent>;
  /** Position of each event in `events`. */
  positionById: ReadonlyMap<string, number>;
  /** Documents in corpus order. */
  documents: readonly DocumentMeta[];
  documentById: ReadonlyMap<string, DocumentMeta>;
  /** Events with a source in each document, in reading order. */
  eventsByDocument: ReadonlyMap<string, IndexedEvent[]>;
  actorById: ReadonlyMap<string, Actor>;
}

/** Indexes already built, by their (immutable) data: the split source and the app share one. */
const built = new WeakMap<CorpusIndexData, CorpusIndex>();

/**
 * The lookups the app needs over loaded data. Memoised per data object: the data is immutable, and
 * at 100,000 events a second build is 200-400 ms of maps over the same events.
 */
export function buildCorpusIndex(data: CorpusIndexData): CorpusIndex {
  let index = built.get(data);
  if (!index) {
    index = buildIndexOf(data);
    built.set(data, index);
  }
  return index;
}

function buildIndexOf(data: CorpusIndexData): CorpusIndex {
  const eventById = new Map<string, IndexedEvent>();
  const unique: IndexedEvent[] = [];
  for (const event of data.events) {
    if (eventById.has(event.id)) continue;
    eventById.set(event.id, event);
    unique.push(event);
  }
  const events = inReadingOrder(unique);
  const positionById = new Map<string, number>();
  for (let i = 0; i < events.length; i++) positionById.set((events[i] as IndexedEvent).id, i);
  // Built on first use: an old link's alias, a document's events (its shard arriving, the article
  // view). At load they were a third of this index's time at 100,000 events.
  let eventByAlias: Map<string, IndexedEvent> | null = null;
  let eventsByDocument: Map<string, IndexedEvent[]> | null = null;
  return {
    data,
    events,
    eventById,
    get eventByAlias() {
      return (eventByAlias ??= aliasesOf(events, eventById));
    },
    positionById,
    documents: data.documents,
    documentById: new Map(data.documents.map((doc) => [doc.id, doc])),
    get eventsByDocument() {
      return (eventsByDocument ??= byDocument(events));
    },
    actorById: new Map(data.actors.map((actor) => [actor.id, actor])),
  };
}

function aliasesOf(events: readonly IndexedEvent[], eventById: ReadonlyMap<string, IndexedEvent>): Map<string, IndexedEvent> {
  const eventByAlias = new Map<string, IndexedEvent>();
  for (const event of events) {
    for (const alias of event.aliases) if (!eventById.has(alias) && !eventByAlias.has(alias)) eventByAlias.set(alias, event);
  }
  return eventByAlias;
}

function byDocument(events: readonly IndexedEvent[]): Map<string, IndexedEvent[]> {
  const eventsByDocument = new Map<string, IndexedEvent[]>();
  for (const event of events) {
    const { sources } = event;
    for (let i = 0; i < sources.length; i++) {
      const docId = (sources[i] as SourceRef).docId;
      let seen = false; // an event quotes one document several times at most a few times: no Set per event
      for (let k = 0; k < i && !seen; k++) seen = (sources[k] as SourceRef).docId === docId;
      if (seen) continue;
      const list = eventsByDocument.get(docId);
      if (list) list.push(event);
      else eventsByDocument.set(docId, [event]);
    }
  }
  return eventsByDocument;
}

/**
 * Events by first day, then last day, then their order in the corpus (a stable sort). Days are
 * ranked once (a corpus has a few thousand distinct days) and each event's key packed into one
 * number, so a native numeric sort does the work: a comparator over day strings with a Map of
 * positions took 400 ms of CPU for 100,000 events.
 */
function inReadingOrder(events: readonly IndexedEvent[]): IndexedEvent[] {
  const n = events.length;
  const distinct = new Set<string>();
  for (const e of events) {
    distinct.add(e.start);
    if (e.end !== null) distinct.add(e.end);
  }
  const days = [...distinct].sort((a, b) => compareDays(a, b));
  const rank = new Map(days.map((day, i) => [day, i]));
  const d = days.length;
  if (d * d * n >= Number.MAX_SAFE_INTEGER) {
    const at = new Map(events.map((e, i) => [e, i]));
    return [...events].sort((a, b) => compareDays(a.start, b.start) || compareDays(a.end ?? a.start, b.end ?? b.start) || (at.get(a) ?? 0) - (at.get(b) ?? 0));
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i] as IndexedEvent;
    const start = rank.get(e.start) as number;
    const end = e.end === null ? start : (rank.get(e.end) as number);
    keys[i] = (start * d + end) * n + i;
  }
  keys.sort();
  const out = new Array<IndexedEvent>(n);
  for (let k = 0; k < n; k++) out[k] = events[(keys[k] as number) % n] as IndexedEvent;
  return out;
}

/** First position in `events` (in reading order, so by start) whose start is on or after `day`. O(log n). */
export function firstStartingFrom(events: readonly IndexedEvent[], day: string): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareDays((events[mid] as IndexedEvent).start, day) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The event an id names: its own id, else one of its aliases (an old link to a merged report). */
export function eventNamed(index: CorpusIndex, id: string): IndexedEvent | undefined {
  return index.eventById.get(id) ?? index.eventByAlias.get(id);
}

/** The documents an event's sources come from, each once, in source order. */
export function documentIdsOf(event: IndexedEvent): string[] {
  return [...new Set(event.sources.map((s) => s.docId))];
}
