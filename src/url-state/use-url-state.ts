import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { parseUrlState, serializeUrlState, type UrlNotice, type UrlState } from './url-state.ts';

export type UrlStatePatch = Partial<UrlState>;

export interface UrlStateHandle {
  state: UrlState;
  notices: UrlNotice[];
  /** Merges `patch` into the current URL state and adds a history entry (Back undoes it). */
  push: (patch: UrlStatePatch) => void;
  /** Merges `patch` into the current URL state in place (no history entry). */
  replace: (patch: UrlStatePatch) => void;
}

/**
 * The one place that reads and writes `location` and `history`. The query string is the source of
 * truth: the hook re-parses it on every change (ours or the browser's Back/Forward), and `push` /
 * `replace` merge into what the URL holds *now*, so a debounced write never undoes a newer one.
 * Malformed values are dropped on the next write, so one bad link does not stick.
 */
export function useUrlState(knownEventIds?: ReadonlySet<string>): UrlStateHandle {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(() => {
    const onPopState = (): void => setSearch(window.location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const knownRef = useRef(knownEventIds);
  useEffect(() => {
    knownRef.current = knownEventIds;
  }, [knownEventIds]);

  const write = useCallback((patch: UrlStatePatch, mode: 'push' | 'replace') => {
    const current = parseUrlState(window.location.search, knownRef.current).state;
    const nextSearch = serializeUrlState({ ...current, ...patch });
    if (nextSearch === window.location.search) return;
    const url = `${window.location.pathname}${nextSearch}${window.location.hash}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    setSearch(nextSearch);
  }, []);

  const push = useCallback((patch: UrlStatePatch) => write(patch, 'push'), [write]);
  const replace = useCallback((patch: UrlStatePatch) => write(patch, 'replace'), [write]);

  const parsed = useMemo(() => parseUrlState(search, knownEventIds), [search, knownEventIds]);
  return { state: parsed.state, notices: parsed.notices, push, replace };
}

/** The page's full address as the browser has it now, for "Copy link". */
export function currentHref(): string {
  return window.location.href;
}
