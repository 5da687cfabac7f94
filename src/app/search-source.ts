import type { CorpusIndexData } from '../domain/corpus-index.ts';
import { loadSearchIndex, SEARCH_INDEX_FILE, searcherFor, type EventSearcher } from '../search/search-index.ts';
import type { LoadResult } from './corpus-source.ts';

/**
 * Search behind an async interface (TEAM.md agreement 5): the index is fetched and loaded only when
 * the first search is made, so a visit that never searches never pays for it. A split corpus
 * (issue 8) gives a source that queries one index per loaded slice and merges the ids.
 */
export interface SearchSource {
  /** Ids of the events matching every word of `query`, best first. */
  search(query: string): Promise<LoadResult<string[]>>;
}

/**
 * The index file built with the corpus (`search-index.json` next to the page). When it is missing,
 * unreadable or was built for another corpus (a corpus served some other way), the index is built in
 * the browser from the loaded events instead: slower to start, same results.
 */
export function fileSearchSource(
  data: CorpusIndexData,
  url: URL = new URL(SEARCH_INDEX_FILE, document.baseURI),
  fetchImpl: typeof fetch = fetch,
): SearchSource {
  let searcher: Promise<EventSearcher> | null = null;
  const load = async (): Promise<EventSearcher> => {
    try {
      const response = await fetchImpl(url, { headers: { accept: 'application/json' }, cache: 'no-cache' });
      if (response.ok) return loadSearchIndex(await response.json(), data);
    } catch {
      // Missing, not JSON, or another corpus's index: fall through to an index built here.
    }
    return searcherFor(data);
  };
  return {
    async search(query) {
      searcher ??= load();
      try {
        return { ok: true, value: (await searcher).search(query) };
      } catch (error) {
        searcher = null;
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
