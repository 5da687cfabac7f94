import type { Corpus, TimelineEvent } from '../../domain/corpus.ts';

/**
 * A corpus of exactly `size` events cut from a larger one: events in the order of the document
 * that first reports them (documents are numbered in generation order, so this is a prefix of the
 * synthetic archive: a smaller archive, not a thinned-out one), the first `size` kept whole with
 * every source, and only the documents and actors they reference.
 */
export function corpusOfSize(full: Corpus, size: number): Corpus {
  if (full.events.length < size) throw new Error(`the archive has ${full.events.length} events, fewer than ${size}`);
  const docOrder = new Map(full.documents.map((d, i) => [d.id, i] as const));
  const firstDoc = (e: TimelineEvent): number => Math.min(...e.sources.map((s) => docOrder.get(s.docId) ?? Infinity));
  const ranked = full.events.map((e, i) => ({ e, i, doc: firstDoc(e) }));
  ranked.sort((a, b) => a.doc - b.doc || a.i - b.i);
  const keep = new Set(ranked.slice(0, size).map((r) => r.i));
  const events = full.events.filter((_e, i) => keep.has(i)); // still in the corpus's order
  const docIds = new Set(events.flatMap((e) => e.sources.map((s) => s.docId)));
  const actorEvents = new Map<string, number>();
  for (const e of events) for (const id of e.actors) actorEvents.set(id, (actorEvents.get(id) ?? 0) + 1);
  const actors = full.actors.flatMap((a) => {
    const count = actorEvents.get(a.id);
    return count === undefined ? [] : [{ ...a, events: count }];
  });
  return {
    ...full,
    documents: full.documents.filter((d) => docIds.has(d.id)),
    events,
    actors,
    warnings: full.warnings.filter((w) => docIds.has(w.file.split('/').pop()?.replace(/\.[^.]+$/, '') ?? '')),
  };
}
