import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/event-query.ts';
import {
  boundedSearch,
  EMPTY_URL_STATE,
  MAX_QUERY_CHARS,
  PARAM_CODECS,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from './url-params.ts';

const reasons = (search: string): string[] => parseUrlState(search).notices.map((n) => `${n.param}=${n.value}: ${n.reason}`);

/** One state per parameter, each setting only that parameter: the round trip must give it back exactly. */
const perParameter: Record<string, UrlState> = {
  date: { ...EMPTY_URL_STATE, date: '2022-12-12' },
  event: { ...EMPTY_URL_STATE, event: 'doc.a:12-40' },
  'from/to': { ...EMPTY_URL_STATE, window: { from: '2020-11-09', to: '2022-12-24' } },
  view: { ...EMPTY_URL_STATE, view: 'list' },
  read: { ...EMPTY_URL_STATE, view: 'article', event: 'e', read: 'doc one' },
  q: { ...EMPTY_URL_STATE, query: 'Macron & "Aliyev" ça va' },
  'doc/hidedoc': { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, documents: { except: ['a,b', 'c d'] } } },
  'pub/hidepub': { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, publishers: { only: ['Reuters, Inc.', 'Le Monde'] } } },
  precision: { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, precision: ['exact', 'reported'] } },
  timing: { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, timing: ['future'] } },
  actor: { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, actors: ['macron', 'eu'] } },
  range: { ...EMPTY_URL_STATE, filters: { ...NO_FILTERS, range: { from: '2022-12-01', to: null } } },
  lanes: { ...EMPTY_URL_STATE, lanes: 'publisher' },
  order: { ...EMPTY_URL_STATE, order: 'key' },
};

describe('one codec per parameter', () => {
  it('covers every parameter with a round-trip case', () => {
    expect(Object.keys(perParameter).sort()).toEqual(PARAM_CODECS.map((c) => c.names.join('/')).sort());
  });

  for (const [name, state] of Object.entries(perParameter)) {
    it(`round-trips ${name}`, () => {
      const search = serializeUrlState(state);
      expect(search).not.toBe('');
      expect(parseUrlState(search)).toEqual({ state, notices: [] });
    });
  }

  it('round-trips every parameter at once, and the empty state as ""', () => {
    const all: UrlState = Object.values(perParameter).filter((s) => s.view !== 'list').reduce((acc, s) => ({
      ...acc,
      ...Object.fromEntries(Object.entries(s).filter(([k, v]) => k !== 'filters' && v !== EMPTY_URL_STATE[k as keyof UrlState])),
      filters: { ...acc.filters, ...Object.fromEntries(Object.entries(s.filters).filter(([, v]) => v !== null)) },
    }));
    expect(parseUrlState(serializeUrlState(all))).toEqual({ state: all, notices: [] });
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
    expect(parseUrlState('?')).toEqual({ state: EMPTY_URL_STATE, notices: [] });
  });

  it('writes parameters in a stable order and leaves defaults out', () => {
    const state: UrlState = { ...EMPTY_URL_STATE, event: 'e1', date: '2022-12-12', window: { from: '2022-12-01', to: '2022-12-20' } };
    expect(serializeUrlState(state)).toBe('?date=2022-12-12&event=e1&from=2022-12-01&to=2022-12-20');
    expect(serializeUrlState({ ...state, view: 'timeline', order: 'date', lanes: null })).not.toContain('view');
  });
});

describe('parseUrlState drops what it cannot honour and says why', () => {
  it('tells a day the calendar lacks from a malformed date', () => {
    expect(reasons('?date=2022-02-30')).toEqual(['date=2022-02-30: 2022-02-30 is not a calendar day']);
    expect(reasons('?date=yesterday')).toEqual(['date=yesterday: expected a date as YYYY-MM-DD']);
  });

  it.each(['2022-1-05', '20221205', '', '2022-12-12T00:00'])('rejects date=%s', (value) => {
    const { state, notices } = parseUrlState(`?date=${encodeURIComponent(value)}`);
    expect(state.date).toBeNull();
    expect(notices).toHaveLength(1);
  });

  it('keeps an event id it has not seen (view resolution decides), but not one outside the id alphabet', () => {
    expect(parseUrlState('?event=nope').state.event).toBe('nope');
    const hostile = '<script>alert(1)</script>'.repeat(4);
    const { state, notices } = parseUrlState(`?event=${encodeURIComponent(hostile)}`);
    expect(state.event).toBeNull();
    expect(notices[0]?.value).toBe(`${hostile.slice(0, 40)}…`);
  });

  it('checks the window', () => {
    expect(reasons('?from=2022-12-31&to=2022-12-01')).toEqual(['from=2022-12-31&to=2022-12-01: from is after to']);
    expect(reasons('?from=2022-12-01')).toEqual(['from=2022-12-01: needs a to date as well']);
    expect(reasons('?to=2022-12-01')).toEqual(['to=2022-12-01: needs a from date as well']);
    expect(parseUrlState('?from=2022-12-01&to=2022-12-99').notices.map((n) => n.param)).toEqual(['to']);
    expect(parseUrlState('?from=2022-12-01&to=2022-12-01').state.window).toEqual({ from: '2022-12-01', to: '2022-12-01' });
  });

  it('names unknown parameters and values, keeping the rest', () => {
    const { state, notices } = parseUrlState('?view=map&utm_source=x&date=2022-12-12&lanes=colour');
    expect(state).toEqual({ ...EMPTY_URL_STATE, date: '2022-12-12' });
    expect(notices.map((n) => `${n.param}: ${n.reason}`)).toEqual([
      'utm_source: not a parameter Sourceline knows',
      'view: expected timeline, list or article',
      'lanes: expected document, publisher or actor',
    ]);
  });

  it('uses the first of a repeated single parameter, and every value of a list one', () => {
    expect(reasons('?date=2022-12-12&date=2022-12-13')).toEqual(['date=2022-12-13: given more than once; the first is used']);
    expect(parseUrlState('?timing=past&timing=future&timing=past').state.filters.timing).toEqual(['past', 'future']);
  });

  it('treats every precision (or timing) allowed as no filter', () => {
    expect(parseUrlState('?precision=exact&precision=approximate&precision=reported').state.filters.precision).toBeNull();
  });

  it('does not combine only and except for one filter', () => {
    const { state, notices } = parseUrlState('?doc=a&hidedoc=b');
    expect(state.filters.documents).toEqual({ only: ['a'] });
    expect(notices.map((n) => n.reason)).toEqual(['cannot be combined with doc']);
  });

  it('checks date ranges', () => {
    expect(parseUrlState('?range=..2022-12-31').state.filters.range).toEqual({ from: null, to: '2022-12-31' });
    expect(reasons('?range=2022-12-31..2022-12-01')).toEqual(['range=2022-12-31..2022-12-01: its start is after its end']);
    expect(reasons('?range=2022-02-30..')).toEqual(['range=2022-02-30..: 2022-02-30 is not a calendar day']);
    expect(parseUrlState('?range=..').notices).toHaveLength(1);
  });

  it('refuses searches and lists beyond their limits', () => {
    expect(parseUrlState(`?q=${'a'.repeat(201)}`).state.query).toBe('');
    const many = Array.from({ length: 120 }, (_, i) => `actor=a${i}`).join('&');
    const { state, notices } = parseUrlState(`?${many}`);
    expect(state.filters.actors).toHaveLength(100);
    expect(notices).toHaveLength(20);
  });

  it('shows the default view for a link longer than the limit', () => {
    const { state, notices } = parseUrlState(`?date=2022-12-12&x=${'y'.repeat(MAX_QUERY_CHARS)}`);
    expect(state).toEqual(EMPTY_URL_STATE);
    expect(notices).toHaveLength(1);
  });
});

describe('boundedSearch', () => {
  it('leaves long lists out of a link rather than writing one longer than the limit', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `document-with-a-long-file-name-${"x".repeat(40)}-${i}`);
    const state: UrlState = { ...EMPTY_URL_STATE, event: 'e1', filters: { ...NO_FILTERS, documents: { only: ids } } };
    const { search, dropped } = boundedSearch(state);
    expect(search.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(search).toBe('?event=e1');
    expect(dropped).toEqual(['documents']);
  });
});
