import { compareDays } from '../domain/calendar.ts';
import type { Corpus, SourceDocument, TimelineEvent } from '../domain/corpus.ts';

/** Lookups the app needs over a loaded corpus, built once per load in O(n log n). */
export interface CorpusIndex {
  corpus: Corpus;
  /** Events in reading order: by first day, then last day, then corpus order. */
  events: TimelineEvent[];
  eventIds: ReadonlySet<string>;
  eventById: ReadonlyMap<string, TimelineEvent>;
  /** Position of each event in `events`, for previous/next stepping. */
  positionById: ReadonlyMap<string, number>;
  documentById: ReadonlyMap<string, SourceDocument>;
  /** Events with a source in each document, in reading order. */
  eventsByDocument: ReadonlyMap<string, TimelineEvent[]>;
}

export function buildCorpusIndex(corpus: Corpus): CorpusIndex {
  const eventById = new Map<string, TimelineEvent>();
  for (const event of corpus.events) if (!eventById.has(event.id)) eventById.set(event.id, event);
  const order = new Map([...eventById.values()].map((event, i) => [event, i]));
  const events = [...eventById.values()].sort(
    (a, b) =>
      compareDays(a.start, b.start) ||
      compareDays(a.end ?? a.start, b.end ?? b.start) ||
      (order.get(a) ?? 0) - (order.get(b) ?? 0),
  );
  const eventsByDocument = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    for (const docId of new Set(event.sources.map((s) => s.docId))) {
      const list = eventsByDocument.get(docId);
      if (list) list.push(event);
      else eventsByDocument.set(docId, [event]);
    }
  }
  return {
    corpus,
    events,
    eventIds: new Set(eventById.keys()),
    eventById,
    positionById: new Map(events.map((event, i) => [event.id, i])),
    documentById: new Map(corpus.documents.map((doc) => [doc.id, doc])),
    eventsByDocument,
  };
}

/** The event `step` places before (-1) or after (+1) `id` in reading order; the first/last when none is selected. */
export function steppedEvent(index: CorpusIndex, id: string | null, step: -1 | 1): TimelineEvent | null {
  const { events } = index;
  if (events.length === 0) return null;
  const at = id === null ? undefined : index.positionById.get(id);
  if (at === undefined) return (step === 1 ? events[0] : events[events.length - 1]) ?? null;
  return events[Math.min(events.length - 1, Math.max(0, at + step))] ?? null;
}
