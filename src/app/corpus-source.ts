import { checkTraceability, CORPUS_FILE } from '../domain/corpus-contract.ts';
import type { SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import { indexDataOf, type CorpusIndexData } from '../domain/corpus-index.ts';
import { loadCorpus } from './load-corpus.ts';

/**
 * Where the app gets its data (TEAM.md agreement 6): first the index (events with their quotes,
 * documents without text, actors, warnings), then a document's text when the article view needs
 * it. The whole-file source reads one `corpus.json`; the split layout (issue 8) adds a source that
 * fetches an index file and one file per document, behind the same two calls, so nothing above
 * this seam changes.
 */
export interface CorpusSource {
  loadIndex(signal?: AbortSignal): Promise<LoadResult<CorpusIndexData>>;
  /** One document with its text, checked against the events that quote it when it arrives. */
  loadDocument(id: string, signal?: AbortSignal): Promise<LoadResult<SourceDocument>>;
}

export type LoadResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Every quote and date phrase of `events` that cites `document` must be a verbatim slice of its text:
 * the traceability check, run when a document arrives on its own (the split layout).
 */
export function checkDocument(document: SourceDocument, events: readonly TimelineEvent[]): string[] {
  const citing = events.filter((e) => e.sources.some((s) => s.docId === document.id));
  const onlyThis = citing.map((e) => ({ ...e, sources: e.sources.filter((s) => s.docId === document.id) }));
  return checkTraceability({ documents: [document], events: onlyThis });
}

/** The whole corpus in one `corpus.json` next to the page: one request, texts kept for the article view. */
export function wholeFileSource(url: URL = new URL(CORPUS_FILE, document.baseURI), fetchImpl: typeof fetch = fetch): CorpusSource {
  let texts: ReadonlyMap<string, SourceDocument> | null = null;
  let loading: Promise<LoadResult<CorpusIndexData>> | null = null;
  const loadIndex = (signal?: AbortSignal): Promise<LoadResult<CorpusIndexData>> => {
    loading ??= loadCorpus({ url, fetch: fetchImpl, ...(signal ? { signal } : {}) }).then(
      (result): LoadResult<CorpusIndexData> => {
        if (!result.ok) return result;
        texts = new Map(result.corpus.documents.map((d) => [d.id, d]));
        return { ok: true, value: indexDataOf(result.corpus) };
      },
      (error: unknown) => {
        loading = null; // aborted: a later call fetches again
        throw error;
      },
    );
    return loading;
  };
  return {
    loadIndex,
    async loadDocument(id, signal) {
      if (texts === null) {
        const index = await loadIndex(signal);
        if (!index.ok) return index;
      }
      const document = texts?.get(id);
      return document ? { ok: true, value: document } : { ok: false, reason: `The corpus has no document ${id}` };
    },
  };
}
