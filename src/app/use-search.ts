import { useEffect, useState } from 'react';
import type { SearchSource } from './search-source.ts';

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading'; previous: ReadonlySet<string> | null }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; query: string; ids: ReadonlySet<string> };

/** The events matching the URL's search, from the (lazily loaded) search source. */
export function useSearch(source: SearchSource, query: string): SearchState {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [asked, setAsked] = useState(query);
  if (asked !== query) {
    setAsked(query);
    setState((previous) =>
      query === '' ? { status: 'idle' } : { status: 'loading', previous: previous.status === 'ready' ? previous.ids : previous.status === 'loading' ? previous.previous : null },
    );
  }
  useEffect(() => {
    if (query === '') return undefined;
    let current = true;
    if (state.status === 'idle') setState({ status: 'loading', previous: null });
    void source.search(query).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', query, ids: new Set(result.value) } : { status: 'failed', reason: result.reason });
    });
    return () => {
      current = false;
    };
    // `state` is read only to start from idle; a new search is keyed by `query`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [source, query]);
  return state;
}
