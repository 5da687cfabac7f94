import { checkTraceability, CORPUS_FILE } from '../domain/corpus-contract.ts';
import type { Corpus, SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import { buildCorpusIndex, indexDataOf, type CorpusIndex, type CorpusIndexData, type IndexedEvent } from '../domain/corpus-index.ts';
import { checkShard, indexDataOfColumns, manifestOf, type SplitManifest } from '../domain/corpus-split.ts';
import { readIndexFile, readIndexOffThread } from './index-reader.ts';
import { corpusFromJson, fetchJson, fileNameOf, invalidReason } from './load-corpus.ts';

/**
 * Where the app gets its data (TEAM.md agreement 6): first the index (every event without its quotes'
 * text, documents without text, actors, warnings), then an event with its quotes or a document's text
 * when the details or the article view need them. `corpusSource` reads `corpus.json` and takes the
 * whole-file path (the file is the corpus) or the split layout's (the file is a manifest naming an
 * index and document shards: src/domain/corpus-split.ts) behind the same three calls, so nothing above
 * this seam knows which.
 */
export interface CorpusSource {
  loadIndex(signal?: AbortSignal): Promise<LoadResult<CorpusIndexData>>;
  /** One event with every quote's text (the split layout fetches the documents it quotes). */
  loadEvent(id: string, signal?: AbortSignal): Promise<LoadResult<TimelineEvent>>;
  /** One document with its text, checked against the events that quote it when it arrives. */
  loadDocument(id: string, signal?: AbortSignal): Promise<LoadResult<SourceDocument>>;
  /** The event with its quotes when that needs no request (so a selection renders in one frame). */
  peekEvent(id: string): TimelineEvent | undefined;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Every quote and date phrase of `events` that cites `document` must be a verbatim slice of its text:
 * the traceability check, run when a document arrives on its own.
 */
export function checkDocument(document: SourceDocument, events: readonly TimelineEvent[]): string[] {
  const citing = events.filter((e) => e.sources.some((s) => s.docId === document.id));
  const onlyThis = citing.map((e) => ({ ...e, sources: e.sources.filter((s) => s.docId === document.id) }));
  return checkTraceability({ documents: [document], events: onlyThis });
}

/** An event with its quotes' text taken from its documents: traceable by construction. */
export function withQuotes(event: IndexedEvent, texts: ReadonlyMap<string, string>): LoadResult<TimelineEvent> {
  const sources: TimelineEvent['sources'] = [];
  for (const source of event.sources) {
    const text = texts.get(source.docId);
    if (text === undefined) return { ok: false, reason: `The corpus has no text for document ${source.docId}` };
    const { quote, datePhrase } = source;
    if (quote.end > text.length || (datePhrase && datePhrase.end > text.length)) {
      return { ok: false, reason: `Event ${event.id} quotes past the end of ${source.docId}` };
    }
    sources.push({
      ...source,
      quote: { ...quote, text: text.slice(quote.start, quote.end) },
      datePhrase: datePhrase ? { ...datePhrase, text: text.slice(datePhrase.start, datePhrase.end) } : null,
    });
  }
  return { ok: true, value: { ...event, aliases: [...event.aliases], actors: [...event.actors], sources } };
}

/** `corpus.json` next to the page, whichever layout it holds. One request for a whole corpus. */
export function corpusSource(url: URL = new URL(CORPUS_FILE, document.baseURI), fetchImpl: typeof fetch = fetch): CorpusSource {
  let inner: Promise<LoadResult<CorpusSource>> | null = null;
  const resolve = (signal?: AbortSignal): Promise<LoadResult<CorpusSource>> => {
    inner ??= fetchJson({ url, fetch: fetchImpl, ...(signal ? { signal } : {}) }).then(
      (fetched): LoadResult<CorpusSource> => {
        if (!fetched.ok) return fetched;
        const split = manifestOf(fetched.json);
        if (split === null) {
          const whole = corpusFromJson(fetched.json, fileNameOf(url));
          return whole.ok ? { ok: true, value: sourceOfCorpus(whole.corpus) } : whole;
        }
        if (!split.ok) return { ok: false, reason: invalidReason(fileNameOf(url), 'corpus manifest', split.errors) };
        return { ok: true, value: splitSource(url, split.manifest, fetchImpl) };
      },
      (error: unknown) => {
        inner = null; // aborted: a later call fetches again
        throw error;
      },
    );
    return inner;
  };
  let resolved: CorpusSource | null = null;
  return {
    async loadIndex(signal) {
      const source = await resolve(signal);
      if (source.ok) resolved = source.value;
      return source.ok ? source.value.loadIndex(signal) : source;
    },
    peekEvent: (id) => resolved?.peekEvent(id),
    async loadEvent(id, signal) {
      const source = await resolve(signal);
      return source.ok ? source.value.loadEvent(id, signal) : source;
    },
    async loadDocument(id, signal) {
      const source = await resolve(signal);
      return source.ok ? source.value.loadDocument(id, signal) : source;
    },
  };
}

/** A corpus already in memory (the whole-file layout, or a test). */
export function sourceOfCorpus(corpus: Corpus): CorpusSource {
  const index: LoadResult<CorpusIndexData> = { ok: true, value: indexDataOf(corpus) };
  const texts = new Map(corpus.documents.map((d) => [d.id, d]));
  const events = new Map<string, TimelineEvent>();
  for (const event of corpus.events) if (!events.has(event.id)) events.set(event.id, event);
  return {
    loadIndex: async () => index,
    peekEvent: (id) => events.get(id),
    loadEvent: async (id) => {
      const event = events.get(id);
      return event ? { ok: true, value: event } : { ok: false, reason: `The corpus has no event ${id}` };
    },
    loadDocument: async (id) => {
      const document = texts.get(id);
      return document ? { ok: true, value: document } : { ok: false, reason: `The corpus has no document ${id}` };
    },
  };
}

/**
 * The split layout: the index file first (timed as the `sourceline:index` performance measure, which
 * `npm run bench` prints), then each document shard once, when an event or a document in it is asked
 * for. A shard whose offsets do not fit its texts is refused with the reason, like a bad corpus.
 */
export function splitSource(manifestUrl: URL, manifest: SplitManifest, fetchImpl: typeof fetch = fetch): CorpusSource {
  type Loaded = { data: CorpusIndexData; shardOf: Map<string, number>; built: CorpusIndex };
  let index: Promise<LoadResult<Loaded>> | null = null;
  let loadedIndex: Loaded | null = null;
  const shards = new Map<number, Promise<LoadResult<Map<string, SourceDocument>>>>();
  const quoted = new Map<string, TimelineEvent>();
  /** Shards that have arrived and passed their check, for `peekEvent`. */
  const arrived = new Map<number, Map<string, SourceDocument>>();

  const loadIndex = (signal?: AbortSignal): Promise<LoadResult<Loaded>> => {
    index ??= (async (): Promise<LoadResult<Loaded>> => {
      const url = new URL(manifest.index, manifestUrl);
      const started = performance.now();
      // Off the main thread, unless a test hands in its own fetch.
      const read = fetchImpl === globalThis.fetch ? await readIndexOffThread(url, signal) : await readIndexFile(url, fetchImpl, signal);
      if (!read.ok) return read;
      const columns = read.value;
      if (columns.count !== manifest.events) {
        return { ok: false, reason: `${fileNameOf(url)} holds ${columns.count} events, the manifest ${manifest.events}` };
      }
      const data = indexDataOfColumns(columns);
      const shardOf = new Map(columns.documents.map((d, i) => [d.id, columns.shards[i] ?? 0]));
      // The app's own index of this data (memoised: CorpusExplorer gets this one, not a second build).
      const built = buildCorpusIndex(data);
      performance.measure('sourceline:index', { start: started, end: performance.now() });
      loadedIndex = { data, shardOf, built };
      return { ok: true, value: loadedIndex };
    })().catch((error: unknown) => {
      index = null;
      throw error;
    });
    return index;
  };

  const loadShard = (loaded: Loaded, n: number, signal?: AbortSignal): Promise<LoadResult<Map<string, SourceDocument>>> => {
    let shard = shards.get(n);
    if (!shard) {
      const name = manifest.shards[n];
      if (name === undefined) return Promise.resolve({ ok: false, reason: `The corpus manifest has no document shard ${n}` });
      const url = new URL(name, manifestUrl);
      shard = fetchJson({ url, fetch: fetchImpl, cache: 'default', ...(signal ? { signal } : {}) }).then(
        (fetched): LoadResult<Map<string, SourceDocument>> => {
          if (!fetched.ok) return fetched;
          const checked = checkShard(fetched.json, loaded.built.documentById, loaded.built.eventsByDocument);
          if (!checked.ok) return { ok: false, reason: invalidReason(fileNameOf(url), 'document shard', checked.errors) };
          const documents = new Map(checked.documents.map((d) => [d.id, d]));
          arrived.set(n, documents);
          return { ok: true, value: documents };
        },
        (error: unknown) => {
          shards.delete(n);
          throw error;
        },
      );
      shards.set(n, shard);
    }
    return shard;
  };

  const loadDocuments = async (loaded: Loaded, ids: readonly string[], signal?: AbortSignal): Promise<LoadResult<Map<string, SourceDocument>>> => {
    const wanted = new Set<number>();
    for (const id of ids) {
      const n = loaded.shardOf.get(id);
      if (n === undefined) return { ok: false, reason: `The corpus has no document ${id}` };
      wanted.add(n);
    }
    const found = new Map<string, SourceDocument>();
    for (const result of await Promise.all([...wanted].map((n) => loadShard(loaded, n, signal)))) {
      if (!result.ok) return result;
      for (const id of ids) {
        const doc = result.value.get(id);
        if (doc) found.set(id, doc);
      }
    }
    return { ok: true, value: found };
  };

  return {
    async loadIndex(signal) {
      const loaded = await loadIndex(signal);
      return loaded.ok ? { ok: true, value: loaded.value.data } : loaded;
    },
    peekEvent(id) {
      const known = quoted.get(id);
      if (known) return known;
      const event = loadedIndex?.built.eventById.get(id);
      if (!event || !loadedIndex) return undefined;
      const texts = new Map<string, string>();
      for (const { docId } of event.sources) {
        const text = arrived.get(loadedIndex.shardOf.get(docId) ?? -1)?.get(docId)?.text;
        if (text === undefined) return undefined;
        texts.set(docId, text);
      }
      const full = withQuotes(event, texts);
      if (!full.ok) return undefined;
      quoted.set(id, full.value); // one object per event: a selection re-renders only when it changes
      return full.value;
    },
    async loadEvent(id, signal) {
      const loaded = await loadIndex(signal);
      if (!loaded.ok) return loaded;
      const event = loaded.value.built.eventById.get(id);
      if (!event) return { ok: false, reason: `The corpus has no event ${id}` };
      const docs = await loadDocuments(loaded.value, [...new Set(event.sources.map((s) => s.docId))], signal);
      if (!docs.ok) return docs;
      return withQuotes(event, new Map([...docs.value].map(([docId, doc]) => [docId, doc.text])));
    },
    async loadDocument(id, signal) {
      const loaded = await loadIndex(signal);
      if (!loaded.ok) return loaded;
      const docs = await loadDocuments(loaded.value, [id], signal);
      if (!docs.ok) return docs;
      const doc = docs.value.get(id);
      return doc ? { ok: true, value: doc } : { ok: false, reason: `The document shard has no text for ${id}` };
    },
  };
}
