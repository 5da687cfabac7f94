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

export function buildCorpusIndex(data: CorpusIndexData): CorpusIndex {
  const eventById = new Map<string, IndexedEvent>();
  for (const event of data.events) if (!eventById.has(event.id)) eventById.set(event.id, event);
  const order = new Map([...eventById.values()].map((event, i) => [event, i]));
  const events = [...eventById.values()].sort(
    (a, b) =>
      compareDays(a.start, b.start) ||
      compareDays(a.end ?? a.start, b.end ?? b.start) ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const eventByAlias = new Map<string, IndexedEvent>();
  for (const event of events) {
    for (const alias of event.aliases) if (!eventById.has(alias) && !eventByAlias.has(alias)) eventByAlias.set(alias, event);
  }
  const eventsByDocument = new Map<string, IndexedEvent[]>();
  for (const event of events) {
    for (const docId of new Set(event.sources.map((s) => s.docId))) {
      const list = eventsByDocument.get(docId);
      if (list) list.push(event);
      else eventsByDocument.set(docId, [event]);
    }
  }
  return {
    data,
    events,
    eventById,
    eventByAlias,
    positionById: new Map(events.map((event, i) => [event.id, i])),
    documents: data.documents,
    documentById: new Map(data.documents.map((doc) => [doc.id, doc])),
    eventsByDocument,
    actorById: new Map(data.actors.map((actor) => [actor.id, actor])),
  };
}

/** The event an id names: its own id, else one of its aliases (an old link to a merged report). */
export function eventNamed(index: CorpusIndex, id: string): IndexedEvent | undefined {
  return index.eventById.get(id) ?? index.eventByAlias.get(id);
}

/** The documents an event's sources come from, each once, in source order. */
export function documentIdsOf(event: IndexedEvent): string[] {
  return [...new Set(event.sources.map((s) => s.docId))];
}
