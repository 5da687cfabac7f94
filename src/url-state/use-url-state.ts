import { useSyncExternalStore } from 'react';
import { createUrlStore, type UrlHost, type UrlSnapshot, type UrlStore, type UrlStoreOptions } from './url-store.ts';

/**
 * The browser's side of the URL store: the one place that reads and writes `location` and
 * `history` (eslint.config.js keeps it that way).
 */
export const browserUrlHost: UrlHost = {
  search: () => window.location.search,
  write: (search, mode) => {
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  },
  onPop: (listener) => {
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  },
  href: () => window.location.href,
};

export function createBrowserUrlStore(options?: UrlStoreOptions): UrlStore {
  return createUrlStore(browserUrlHost, options);
}

/** The store's snapshot as React state: re-renders when the URL changes (ours or Back/Forward). */
export function useUrlSnapshot(store: UrlStore): UrlSnapshot {
  return useSyncExternalStore(store.subscribe, store.getState);
}
