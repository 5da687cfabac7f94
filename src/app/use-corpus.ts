import { useEffect, useState } from 'react';
import { CORPUS_FILE, CORPUS_UPDATED_EVENT, type Corpus } from '../domain/corpus.ts';
import { loadCorpus } from './load-corpus.ts';

export type CorpusState =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  /** `reloadError`: a later reload failed; the last good corpus stays on screen. */
  | { status: 'ready'; corpus: Corpus; reloadError: string | null };

/** Loads `corpus.json` next to the page, and again whenever the dev server says the seeds changed. */
export function useCorpus(): CorpusState {
  const [state, setState] = useState<CorpusState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    loadCorpus({ url: new URL(CORPUS_FILE, document.baseURI), signal: controller.signal }).then(
      (result) => {
        if (controller.signal.aborted) return;
        setState((previous) => {
          if (result.ok) return { status: 'ready', corpus: result.corpus, reloadError: null };
          if (previous.status === 'ready') return { ...previous, reloadError: result.reason };
          return { status: 'failed', reason: result.reason };
        });
      },
      () => {
        // Only an aborted request rejects; a newer load is on its way.
      },
    );
    return () => controller.abort();
  }, [generation]);

  useEffect(() => {
    const hot = import.meta.hot;
    if (!hot) return undefined;
    const refetch = (): void => setGeneration((g) => g + 1);
    hot.on(CORPUS_UPDATED_EVENT, refetch);
    return () => hot.off(CORPUS_UPDATED_EVENT, refetch);
  }, []);

  return state;
}
