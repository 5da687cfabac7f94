import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { CorpusIndexData } from '../domain/corpus-index.ts';
import { indexTermsOf, parseQuery, tokenize } from './search-terms.ts';

/**
 * Full-text search over events (TEAM.md agreement 5): one MiniSearch index, built at extraction/build
 * time into its own file (`search-index.json`) and loaded by the app only when a search is made.
 * Chosen over FlexSearch by measurement (`npm run bench:search`: see README "Search"): on the same
 * corpus the MiniSearch file is smaller once gzipped and loads faster, and its queries are fast
 * enough (well under a millisecond); FlexSearch's serialized index is a set of chunks that need their
 * own loader. A split corpus (issue 8) can shard it: one index file per slice with the same fields.
 */

export const SEARCH_INDEX_FILE = 'search-index.json';
export const SEARCH_INDEX_VERSION = 1;

/** What is searched for each event. */
export interface SearchRecord {
  id: string;
  title: string;
  /** The event's quotes (every source). */
  quotes: string;
  /** Titles of the documents that report it. */
  documents: string;
  publishers: string;
  /** Names and other names of the people, organisations and places it names. */
  actors: string;
}

const FIELDS = ['title', 'quotes', 'documents', 'publishers', 'actors'] as const;

const OPTIONS: Options<SearchRecord> = {
  idField: 'id',
  fields: [...FIELDS],
  storeFields: [],
  tokenize,
  processTerm: (term) => {
    const terms = indexTermsOf(term);
    return terms.length > 0 ? terms : null;
  },
};

/** Query words arrive already processed (see `queryOf`): taken as they are. */
const QUERY_OPTIONS: SearchOptions = {
  tokenize: (text) => [text],
  processTerm: (term) => term,
  boost: { title: 3, actors: 2, publishers: 1.5 },
};

/**
 * Every word must match (AND); a word matches by its stem ("meetings" finds "meeting"), and the last
 * one, while being typed, also as the start of a word ("meetin").
 */
function queryOf(text: string): Query | null {
  const words = parseQuery(text);
  if (words.length === 0) return null;
  return {
    combineWith: 'AND',
    queries: words.map((w) => ({
      combineWith: 'OR',
      queries: w.prefix && w.folded.length >= 2 ? [w.stem, { queries: [w.folded], prefix: true }] : [w.stem],
    })),
  };
}

export function searchRecordsOf(data: CorpusIndexData): SearchRecord[] {
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  return data.events.map((event) => {
    const sourceDocs = [...new Set(event.sources.map((s) => s.docId))].flatMap((id) => docs.get(id) ?? []);
    return {
      id: event.id,
      title: event.title,
      // The build has every quote; an index built in the browser from a split corpus's index has none.
      quotes: event.sources.map((s) => ('text' in s.quote && typeof s.quote.text === 'string' ? s.quote.text : '')).join('\n'),
      documents: sourceDocs.map((d) => d.title).join('\n'),
      publishers: [...new Set(sourceDocs.flatMap((d) => (d.publisher ? [d.publisher] : [])))].join('\n'),
      actors: event.actors.flatMap((id) => {
        const actor = actors.get(id);
        return actor ? [actor.name, ...actor.aliases] : [];
      }).join('\n'),
    };
  });
}

export interface SearchIndexFile {
  version: typeof SEARCH_INDEX_VERSION;
  engine: 'minisearch';
  events: number;
  /** Which corpus it indexes (see `corpusFingerprint`): an index of another corpus is not used. */
  fingerprint: string;
  /** MiniSearch's own serialization (`toJSON`). */
  index: unknown;
}

/** Builds the index file's content for a corpus. */
export function buildSearchIndex(data: CorpusIndexData): SearchIndexFile {
  const mini = new MiniSearch<SearchRecord>(OPTIONS);
  mini.addAll(searchRecordsOf(data));
  return { version: SEARCH_INDEX_VERSION, engine: 'minisearch', events: data.events.length, fingerprint: corpusFingerprint(data), index: mini.toJSON() };
}

/** FNV-1a over the event ids and titles: tells the corpus an index file was built for. */
export function corpusFingerprint(data: Pick<CorpusIndexData, 'events'>): string {
  let h = 0x811c9dc5;
  for (const event of data.events) {
    for (const text of [event.id, event.title]) {
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
      }
    }
  }
  return `${data.events.length}:${(h >>> 0).toString(16)}`;
}

export interface EventSearcher {
  /** Ids of the events matching every word of `query`, best first. */
  search(query: string): string[];
}

/**
 * Loads an index file (as parsed JSON); throws with a reason when it is not one, or (given the
 * corpus) when it was built for another corpus.
 */
export function loadSearchIndex(file: unknown, forCorpus?: Pick<CorpusIndexData, 'events'>): EventSearcher {
  if (typeof file !== 'object' || file === null) throw new Error('the search index is not an object');
  const record = file as Partial<SearchIndexFile>;
  if (record.version !== SEARCH_INDEX_VERSION || record.engine !== 'minisearch') {
    throw new Error(`unsupported search index (version ${String(record.version)}, engine ${String(record.engine)})`);
  }
  if (forCorpus && record.fingerprint !== corpusFingerprint(forCorpus)) throw new Error('the search index was built for another corpus');
  const mini = MiniSearch.loadJS<SearchRecord>(record.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
  return searcherOf(mini);
}

/** An index built in memory (tests; a corpus without an index file). */
export function searcherFor(data: CorpusIndexData): EventSearcher {
  const mini = new MiniSearch<SearchRecord>(OPTIONS);
  mini.addAll(searchRecordsOf(data));
  return searcherOf(mini);
}

function searcherOf(mini: MiniSearch<SearchRecord>): EventSearcher {
  return {
    search(text) {
      const query = queryOf(text);
      return query === null ? [] : mini.search(query, QUERY_OPTIONS).map((r) => String(r.id));
    },
  };
}
