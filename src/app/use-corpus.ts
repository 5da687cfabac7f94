import { useEffect, useMemo, useState } from 'react';
import { CORPUS_UPDATED_EVENT } from '../domain/corpus-contract.ts';
import type { SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import type { CorpusIndexData } from '../domain/corpus-index.ts';
import { corpusSource, type CorpusSource } from './corpus-source.ts';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  /** `reloadError`: a later reload failed; the last good corpus stays on screen. */
  | { status: 'ready'; data: CorpusIndexData; source: CorpusSource; reloadError: string | null };

/**
 * Loads the corpus index from a CorpusSource (a new one, so a fresh fetch, whenever the dev server
 * says the documents changed).
 */
export function useCorpus(makeSource: () => CorpusSource = corpusSource): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- one source per generation
  const source = useMemo(() => makeSource(), [generation]);

  useEffect(() => {
    const controller = new AbortController();
    source.loadIndex(controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState((previous) => {
          if (result.ok) return { status: 'ready', data: result.value, source, reloadError: null };
          if (previous.status === 'ready') return { ...previous, reloadError: result.reason };
          return { status: 'failed', reason: result.reason };
        });
      },
      () => {
        // Only an aborted request rejects; a newer load is on its way.
      },
    );
    return () => controller.abort();
  }, [source]);

  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot) return undefined;
    const refetch = (): void => setGeneration((g) => g + 1);
    hot.on(CORPUS_UPDATED_EVENT, refetch);
    return () => hot.off(CORPUS_UPDATED_EVENT, refetch);
  }, []);

  return state;
}

export type DocumentState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; document: SourceDocument };

/** One document's text for the article view, from the source. */
export function useDocument(source: CorpusSource, id: string | null): DocumentState {
  const [state, setState] = useState<{ id: string | null; value: DocumentState }>({ id: null, value: { status: 'loading' } });
  useEffect(() => {
    if (id === null) return undefined;
    const controller = new AbortController();
    source.loadDocument(id, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState({ id, value: result.ok ? { status: 'ready', document: result.value } : { status: 'failed', reason: result.reason } });
      },
      () => {},
    );
    return () => controller.abort();
  }, [source, id]);
  return state.id === id ? state.value : { status: 'loading' };
}

/**
 * The selected event with its quotes' text, from the source: at once when the source has it in memory
 * (a whole corpus, or documents already fetched), else when its documents arrive (the split layout).
 */
export function useEvent(source: CorpusSource, id: string | null): TimelineEvent | null {
  const [state, setState] = useState<{ id: string; event: TimelineEvent } | null>(null);
  const ready = id === null ? undefined : source.peekEvent(id);
  useEffect(() => {
    if (id === null || ready !== undefined) return undefined;
    const controller = new AbortController();
    source.loadEvent(id, controller.signal).then(
      (result) => {
        if (!controller.signal.aborted && result.ok) setState({ id, event: result.value });
      },
      () => {},
    );
    return () => controller.abort();
  }, [source, id, ready]);
  if (id === null) return null;
  return ready ?? (state?.id === id ? state.event : null);
}
