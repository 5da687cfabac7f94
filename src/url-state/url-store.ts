import type { DayWindow } from '../domain/day-window.ts';
import type { EventFilters } from '../domain/event-query.ts';
import {
  boundedSearch,
  parseUrlState,
  type LaneMode,
  type ListOrder,
  type UrlNotice,
  type UrlState,
} from './url-params.ts';

/**
 * URL state as a small store without React (zustand's `vanilla.ts` shape: getState, subscribe and
 * named actions; `useUrlState` puts `useSyncExternalStore` on top). The query string is the source
 * of truth: the store mirrors it, every action writes it (push: a history entry Back undoes;
 * replace: in place) and Back/Forward re-read it. The actions own the rules that used to be spread
 * over the app: pans and typing are debounced, a selection clears `date`, a newer write cancels an
 * older one still waiting.
 */

/** Where the store reads and writes the address: the browser's location and history, or a test double. */
export interface UrlHost {
  /** The current query string (`location.search`). */
  search(): string;
  write(search: string, mode: 'push' | 'replace'): void;
  /** Calls `listener` after Back/Forward (popstate); returns the unsubscribe. */
  onPop(listener: () => void): () => void;
  /** The page's full address, for "Copy link". */
  href(): string;
}

export interface UrlSnapshot {
  state: UrlState;
  /** What the link asked for that could not be honoured (malformed or unknown parameters), until dismissed. */
  notices: readonly UrlNotice[];
  /** What the app changed in the link to show it (a window brought back to the events), in words, until dismissed. */
  corrections: readonly string[];
}

export interface UrlActions {
  /** Select an event (from the chart, the list, stepping, the article), showing `window`. Clears `date`. */
  selectEvent(id: string, window: DayWindow | null): void;
  /** Close the details, keeping `window`. Clears `date`. */
  closeDetails(window: DayWindow | null): void;
  /** A window the user panned or zoomed to (`byUser`: debounced, written once it settles) or one the app chose. */
  setWindow(window: DayWindow, options?: { byUser?: boolean }): void;
  /**
   * The link's window could not be shown as it is (far past the events): the address takes the window shown
   * instead, in place (Back never returns to the bad one), and `notice` says so until dismissed.
   */
  correctWindow(window: DayWindow, notice: string): void;
  /** Open the article of an event's document (`docId`: one of its sources' documents; default the first). */
  showArticle(id: string, window: DayWindow | null, docId?: string | null): void;
  /** The timeline (chart and list) or the list alone. */
  showView(view: 'timeline' | 'list'): void;
  /** The search text; written after a typing pause (`immediate` for Enter), one history entry per search. */
  setQuery(query: string, options?: { immediate?: boolean }): void;
  setFilters(filters: EventFilters): void;
  /** Search and filters cleared in one step. */
  clearNarrowing(filters: EventFilters): void;
  setLanes(lanes: LaneMode | null): void;
  setOrder(order: ListOrder): void;
  /** Writes what is still waiting (a debounced pan or search), e.g. before "Copy link". */
  flush(): void;
  dismissNotices(): void;
  /** The address as it will be once pending writes land. */
  href(): string;
}

export interface UrlStore extends UrlActions {
  getState(): UrlSnapshot;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

/** Pans and wheel zooms reach the URL after this pause, as one replaceState. */
export const WINDOW_WRITE_DELAY_MS = 300;
/** A search reaches the URL after this typing pause. */
export const QUERY_WRITE_DELAY_MS = 400;
/** A search written within this time of the last one refines it (same history entry); later, it is a new one. */
export const QUERY_SESSION_MS = 2000;

export interface UrlStoreOptions {
  /** Called with what could not be kept in a link (filters too long for MAX_QUERY_CHARS). */
  onTrimmed?: (dropped: string[]) => void;
}

export function createUrlStore(host: UrlHost, options: UrlStoreOptions = {}): UrlStore {
  const listeners = new Set<() => void>();
  let snapshot: UrlSnapshot;
  /** Whether the last write came from the search box, so further typing replaces that entry. */
  let lastWrite: 'query' | 'other' = 'other';
  let lastQueryAt = Number.NEGATIVE_INFINITY;

  let pendingWindow: { timer: ReturnType<typeof setTimeout>; window: DayWindow } | null = null;
  let pendingQuery: { timer: ReturnType<typeof setTimeout>; query: string } | null = null;

  const emit = (): void => {
    for (const listener of [...listeners]) listener();
  };

  /** Reads the address; a link with dropped parts is rewritten without them, in place. */
  const readHost = (): void => {
    const search = host.search();
    const parsed = parseUrlState(search);
    snapshot = { state: parsed.state, notices: parsed.notices, corrections: [] };
    const canonical = boundedSearch(parsed.state).search;
    if (canonical !== normalise(search)) host.write(canonical, 'replace');
  };
  readHost();

  const cancelWindow = (): void => {
    if (pendingWindow) clearTimeout(pendingWindow.timer);
    pendingWindow = null;
  };
  const cancelQuery = (): void => {
    if (pendingQuery) clearTimeout(pendingQuery.timer);
    pendingQuery = null;
  };

  const write = (patch: Partial<UrlState>, mode: 'push' | 'replace', kind: 'query' | 'other' = 'other'): void => {
    const next: UrlState = { ...snapshot.state, ...patch };
    const { search, dropped } = boundedSearch(next);
    if (dropped.length > 0) options.onTrimmed?.(dropped);
    lastWrite = kind;
    if (search === normalise(host.search())) {
      snapshot = { ...snapshot, state: next };
      emit();
      return;
    }
    host.write(search, mode);
    snapshot = { ...snapshot, state: next };
    emit();
  };

  /** A pending search is written before any other change, so it keeps its own history entry. */
  const flushQuery = (): void => {
    const pending = pendingQuery;
    cancelQuery();
    if (pending && pending.query !== snapshot.state.query) {
      const refining = lastWrite === 'query' && Date.now() - lastQueryAt < QUERY_SESSION_MS;
      write({ query: pending.query }, refining ? 'replace' : 'push', 'query');
      lastQueryAt = Date.now();
    }
  };
  const flushWindow = (): void => {
    const pending = pendingWindow;
    cancelWindow();
    if (pending) write({ window: pending.window }, 'replace', lastWrite);
  };

  /** Before a navigation: a search still waiting lands first, a pan still waiting is superseded. */
  const settle = (): void => {
    flushQuery();
    cancelWindow();
  };

  const unsubscribePop = host.onPop(() => {
    cancelWindow();
    cancelQuery();
    lastWrite = 'other';
    readHost();
    emit();
  });

  return {
    getState: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      cancelWindow();
      cancelQuery();
      unsubscribePop();
      listeners.clear();
    },

    selectEvent(id, window) {
      settle();
      write({ event: id, date: null, ...(window ? { window } : {}) }, 'push');
    },
    closeDetails(window) {
      settle();
      write({ event: null, date: null, ...(window ? { window } : {}) }, 'push');
    },
    setWindow(window, { byUser = false } = {}) {
      cancelWindow();
      if (byUser) {
        pendingWindow = { window, timer: setTimeout(flushWindow, WINDOW_WRITE_DELAY_MS) };
        return;
      }
      flushQuery();
      write({ window }, 'replace', lastWrite);
    },
    correctWindow(window, notice) {
      const now = snapshot.state.window;
      if (now !== null && now.from === window.from && now.to === window.to) return;
      cancelWindow();
      snapshot = { ...snapshot, corrections: [...snapshot.corrections.filter((n) => n !== notice), notice] };
      write({ window }, 'replace', lastWrite);
    },
    showArticle(id, window, docId = null) {
      settle();
      write({ view: 'article', event: id, read: docId, date: null, ...(window ? { window } : {}) }, 'push');
    },
    showView(view) {
      settle();
      write({ view, read: null }, 'push');
    },
    setQuery(query, { immediate = false } = {}) {
      cancelQuery();
      const trimmed = query.trim();
      pendingQuery = { query: trimmed, timer: setTimeout(flushQuery, QUERY_WRITE_DELAY_MS) };
      if (immediate) flushQuery();
    },
    setFilters(filters) {
      settle();
      write({ filters }, 'push');
    },
    clearNarrowing(filters) {
      cancelQuery();
      cancelWindow();
      write({ filters, query: '' }, 'push');
    },
    setLanes(lanes) {
      settle();
      write({ lanes }, 'push');
    },
    setOrder(order) {
      settle();
      write({ order }, 'replace');
    },
    flush() {
      flushQuery();
      flushWindow();
    },
    dismissNotices() {
      snapshot = { ...snapshot, notices: [], corrections: [] };
      emit();
    },
    href() {
      return host.href();
    },
  };
}

/** `?` alone and `` are the same empty query. */
function normalise(search: string): string {
  return search === '?' ? '' : search;
}
