import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../domain/event-query.ts';
import { createUrlStore, QUERY_WRITE_DELAY_MS, WINDOW_WRITE_DELAY_MS, type UrlHost } from './url-store.ts';

/** A history in memory: entries, a cursor, and popstate on back(). */
function memoryHost(initial = '') {
  const entries = [initial];
  let at = 0;
  const pops = new Set<() => void>();
  const host: UrlHost = {
    search: () => entries[at] ?? '',
    write: (search, mode) => {
      if (mode === 'push') {
        entries.splice(at + 1);
        entries.push(search);
        at += 1;
      } else entries[at] = search;
    },
    onPop: (listener) => {
      pops.add(listener);
      return () => pops.delete(listener);
    },
    href: () => `http://x/${entries[at] ?? ''}`,
  };
  const back = (): void => {
    at = Math.max(0, at - 1);
    for (const p of pops) p();
  };
  return { host, entries, back, current: () => entries[at] ?? '' };
}

const w = (from: string, to: string) => ({ from, to });

describe('createUrlStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('drops malformed parameters from the address at once and keeps their notices', () => {
    const mem = memoryHost('?date=2022-02-30&event=a&zzz=1');
    const store = createUrlStore(mem.host);
    expect(mem.current()).toBe('?event=a');
    expect(mem.entries).toHaveLength(1);
    expect(store.getState().notices.map((n) => n.param)).toEqual(['zzz', 'date']);
    store.dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('correctWindow replaces the window in place and keeps its notice until dismissed or a new address', () => {
    const mem = memoryHost('?event=a&from=0001-01-01&to=9999-12-31');
    const store = createUrlStore(mem.host);
    store.correctWindow(w('2020-01-01', '2023-01-01'), 'brought back');
    store.correctWindow(w('2020-01-01', '2023-01-01'), 'brought back');
    expect(mem.current()).toBe('?event=a&from=2020-01-01&to=2023-01-01');
    expect(mem.entries).toHaveLength(1);
    expect(store.getState().corrections).toEqual(['brought back']);
    store.dismissNotices();
    expect(store.getState().corrections).toEqual([]);
    store.correctWindow(w('2020-01-01', '2022-01-01'), 'again');
    store.selectEvent('b', null);
    mem.back();
    expect(store.getState().corrections).toEqual([]);
  });

  it('selectEvent pushes an entry and clears date; Back restores the previous one', () => {
    const mem = memoryHost('?date=2022-12-12');
    const store = createUrlStore(mem.host);
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getState().state.event ?? '-'));
    store.selectEvent('e1', w('2022-12-01', '2022-12-20'));
    expect(mem.current()).toBe('?event=e1&from=2022-12-01&to=2022-12-20');
    mem.back();
    expect(store.getState().state.date).toBe('2022-12-12');
    expect(store.getState().state.event).toBeNull();
    expect(seen).toEqual(['e1', '-']);
  });

  it('debounces pans into one replace, and a selection supersedes a pan still waiting', () => {
    const mem = memoryHost('');
    const store = createUrlStore(mem.host);
    store.setWindow(w('2022-01-01', '2022-02-01'), { byUser: true });
    store.setWindow(w('2022-01-02', '2022-02-02'), { byUser: true });
    expect(mem.current()).toBe('');
    vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS);
    expect(mem.current()).toBe('?from=2022-01-02&to=2022-02-02');
    expect(mem.entries).toHaveLength(1);

    store.setWindow(w('2023-01-01', '2023-02-01'), { byUser: true });
    store.selectEvent('e2', w('2022-05-01', '2022-06-01'));
    vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS * 2);
    expect(mem.current()).toBe('?event=e2&from=2022-05-01&to=2022-06-01');
  });

  it('writes a search after a typing pause: one entry per search, Back returns to the one before', () => {
    const mem = memoryHost('');
    const store = createUrlStore(mem.host);
    store.setQuery('ma');
    store.setQuery('macron');
    vi.advanceTimersByTime(QUERY_WRITE_DELAY_MS);
    expect(mem.current()).toBe('?q=macron');
    store.setQuery('macron aliyev');
    vi.advanceTimersByTime(QUERY_WRITE_DELAY_MS);
    expect(mem.entries).toEqual(['', '?q=macron+aliyev']);
    // A new search some time later is its own entry.
    vi.advanceTimersByTime(5000);
    store.setQuery('aliyev', { immediate: true });
    expect(mem.entries).toEqual(['', '?q=macron+aliyev', '?q=aliyev']);
    mem.back();
    store.selectEvent('e1', null);
    store.setQuery('blockade', { immediate: true });
    expect(mem.entries).toEqual(['', '?q=macron+aliyev', '?event=e1&q=macron+aliyev', '?event=e1&q=blockade']);
    mem.back();
    expect(store.getState().state.query).toBe('macron aliyev');
  });

  it('lands a pending search before a selection, so both are in history', () => {
    const mem = memoryHost('');
    const store = createUrlStore(mem.host);
    store.setQuery('call');
    store.selectEvent('e1', null);
    expect(mem.entries).toEqual(['', '?q=call', '?event=e1&q=call']);
  });

  it('filters, lanes and the article are history entries; flush writes what waits', () => {
    const mem = memoryHost('');
    const store = createUrlStore(mem.host);
    store.setFilters({ ...NO_FILTERS, timing: ['future'] });
    store.setLanes('document');
    store.showArticle('e1', null);
    expect(mem.entries).toEqual(['', '?timing=future', '?timing=future&lanes=document', '?event=e1&view=article&timing=future&lanes=document']);
    store.setWindow(w('2022-01-01', '2022-01-05'), { byUser: true });
    store.flush();
    expect(mem.current()).toContain('from=2022-01-01');
    store.clearNarrowing(NO_FILTERS);
    expect(mem.current()).toBe('?event=e1&from=2022-01-01&to=2022-01-05&view=article&lanes=document');
  });

  it('forgets pending writes on Back', () => {
    const mem = memoryHost('');
    const store = createUrlStore(mem.host);
    store.selectEvent('e1', null);
    store.setWindow(w('2022-01-01', '2022-01-05'), { byUser: true });
    mem.back();
    vi.advanceTimersByTime(WINDOW_WRITE_DELAY_MS);
    expect(mem.current()).toBe('');
    store.destroy();
  });
});
