import { compareDays, isIsoDay, type IsoDay } from '../domain/calendar.ts';
import type { DayWindow } from '../domain/day-window.ts';
import {
  NO_FILTERS,
  PRECISION_CLASSES,
  TIMINGS,
  type DayRange,
  type EventFilters,
  type PrecisionClass,
  type Selection,
} from '../domain/event-query.ts';
import type { Timing } from '../domain/corpus.ts';

/**
 * The shareable part of the app's state, as it lives in the query string, and one codec per
 * parameter that reads and writes it. Parsing never throws: a malformed, unknown or repeated
 * parameter is dropped with a notice that says what was wrong. Whether an event id names an event
 * is not decided here but in view resolution (src/app/resolve-view.ts), once the corpus is known.
 */

export type UrlView = 'timeline' | 'list' | 'article';
export type LaneMode = 'document' | 'publisher' | 'actor';
export type ListOrder = 'date' | 'key';

export interface UrlState {
  /** `date=YYYY-MM-DD`: centre the timeline on this day and select the nearest event. */
  date: IsoDay | null;
  /** `event=ID`: the selected event (an id or an alias). */
  event: string | null;
  /** `from=YYYY-MM-DD&to=YYYY-MM-DD`: the visible window. */
  window: DayWindow | null;
  /** `view=list|article`: the list alone, or the article of the selected event's document. */
  view: UrlView;
  /** `read=DOC`: which of the selected event's documents the article view shows (default: its first source's). */
  read: string | null;
  /** `q=...`: the search; '' when none. */
  query: string;
  /** `doc`, `hidedoc`, `pub`, `hidepub`, `precision`, `timing`, `actor`, `range`. */
  filters: EventFilters;
  /** `lanes=document|publisher|actor`: the chart grouped into lanes. */
  lanes: LaneMode | null;
  /** `order=key`: the Events list ranked by importance ("Key events first"). */
  order: ListOrder;
}

export const EMPTY_URL_STATE: UrlState = {
  date: null,
  event: null,
  window: null,
  view: 'timeline',
  read: null,
  query: '',
  filters: NO_FILTERS,
  lanes: null,
  order: 'date',
};

/** A parameter that was dropped, and why ("2022-02-30 is not a calendar day"). */
export interface UrlNotice {
  param: string;
  value: string;
  reason: string;
}

/** The longest query string the app reads or writes: links stay far below servers' header limits (8-16 KB). */
export const MAX_QUERY_CHARS = 4000;
/** The longest search kept in a link. */
export const MAX_SEARCH_CHARS = 200;
/** The most values one list parameter (`doc`, `actor` ...) keeps. */
export const MAX_LIST_VALUES = 100;
/** Notices quote at most this much of a value: a hostile link must not flood the page. */
const MAX_QUOTED_CHARS = 40;

const EVENT_ID = /^[A-Za-z0-9_.:-]+$/; // the corpus schema's id alphabet
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

export function quoteValue(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_QUOTED_CHARS ? `${chars.slice(0, MAX_QUOTED_CHARS).join('')}…` : value;
}

export interface ParamReader {
  /** The first value of a parameter (a repeat has been reported already), or null. */
  get(name: string): string | null;
  /** Every value of a list parameter. */
  getAll(name: string): string[];
  drop(param: string, value: string, reason: string): void;
}

/** One entry per parameter (or pair, for the window): how it reads into and writes from UrlState. */
export interface ParamCodec {
  /** The query-string names it owns, in the order they are written. */
  names: readonly string[];
  /** List parameters may repeat (`doc=a&doc=b`); others keep their first value. */
  list?: boolean;
  read(params: ParamReader, into: UrlState): UrlState;
  write(state: UrlState, out: URLSearchParams): void;
}

/** Why a value is not a day: its shape, or a day the calendar does not have. */
function dayProblem(value: string): string | null {
  if (!DAY_SHAPE.test(value)) return 'expected a date as YYYY-MM-DD';
  if (!isIsoDay(value)) return `${value} is not a calendar day`;
  return null;
}

function readDay(params: ParamReader, name: string): IsoDay | null {
  const value = params.get(name);
  if (value === null) return null;
  const problem = dayProblem(value);
  if (problem !== null) {
    params.drop(name, value, problem);
    return null;
  }
  return value;
}

function oneOf<T extends string>(params: ParamReader, name: string, allowed: readonly T[]): T | null {
  const value = params.get(name);
  if (value === null) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  params.drop(name, value, `expected ${allowed.join(', ').replace(/, (?=[^,]*$)/, ' or ')}`);
  return null;
}

/** A list parameter's distinct values, in the order given, capped at MAX_LIST_VALUES. */
function readList(params: ParamReader, name: string, accept: (value: string) => string | null = () => null): string[] | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const kept: string[] = [];
  for (const value of values) {
    const problem = value === '' ? 'empty value' : accept(value);
    if (problem !== null) params.drop(name, value, problem);
    else if (kept.includes(value)) continue;
    else if (kept.length >= MAX_LIST_VALUES) params.drop(name, value, `more than ${MAX_LIST_VALUES} values`);
    else kept.push(value);
  }
  return kept.length > 0 ? kept : null;
}

function enumList<T extends string>(params: ParamReader, name: string, allowed: readonly T[]): T[] | null {
  const list = readList(params, name, (v) =>
    (allowed as readonly string[]).includes(v) ? null : `expected ${allowed.join(', ').replace(/, (?=[^,]*$)/, ' or ')}`,
  );
  // Every value allowed is the same as no filter: the link is written without it.
  return list === null || list.length === allowed.length ? null : (list as T[]);
}

const withFilters = (state: UrlState, patch: Partial<EventFilters>): UrlState => ({
  ...state,
  filters: { ...state.filters, ...patch },
});

/** `only`/`except` selections share a pair of list params: `doc=a` (only a) or `hidedoc=a` (all but a). */
function selectionCodec(key: 'documents' | 'publishers', onlyName: string, exceptName: string): ParamCodec {
  return {
    names: [onlyName, exceptName],
    list: true,
    read(params, into) {
      const only = readList(params, onlyName);
      const except = readList(params, exceptName);
      if (only !== null && except !== null) {
        for (const value of except) params.drop(exceptName, value, `cannot be combined with ${onlyName}`);
      }
      const selection: Selection = only !== null ? { only } : except !== null ? { except } : null;
      return selection === null ? into : withFilters(into, { [key]: selection });
    },
    write(state, out) {
      const selection = state.filters[key];
      if (selection === null) return;
      if ('only' in selection) for (const v of selection.only) out.append(onlyName, v);
      else for (const v of selection.except) out.append(exceptName, v);
    },
  };
}

const RANGE = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/;

/** The codecs, in the order their parameters are written. */
export const PARAM_CODECS: readonly ParamCodec[] = [
  {
    names: ['date'],
    read: (params, into) => {
      const date = readDay(params, 'date');
      return date === null ? into : { ...into, date };
    },
    write: (state, out) => {
      if (state.date !== null) out.set('date', state.date);
    },
  },
  {
    names: ['event'],
    read: (params, into) => {
      const event = params.get('event');
      if (event === null) return into;
      if (!EVENT_ID.test(event)) {
        params.drop('event', event, 'not a valid event id');
        return into;
      }
      return { ...into, event };
    },
    write: (state, out) => {
      if (state.event !== null) out.set('event', state.event);
    },
  },
  {
    names: ['from', 'to'],
    read: (params, into) => {
      const rawFrom = params.get('from');
      const rawTo = params.get('to');
      const from = readDay(params, 'from');
      const to = readDay(params, 'to');
      if (from !== null && to !== null) {
        if (compareDays(from, to) > 0) {
          params.drop('from', `${from}&to=${to}`, 'from is after to');
          return into;
        }
        return { ...into, window: { from, to } };
      }
      if (from !== null && rawTo === null) params.drop('from', from, 'needs a to date as well');
      if (to !== null && rawFrom === null) params.drop('to', to, 'needs a from date as well');
      return into;
    },
    write: (state, out) => {
      if (state.window === null) return;
      out.set('from', state.window.from);
      out.set('to', state.window.to);
    },
  },
  {
    names: ['view'],
    read: (params, into) => {
      const view = oneOf<UrlView>(params, 'view', ['timeline', 'list', 'article']);
      return view === null ? into : { ...into, view };
    },
    write: (state, out) => {
      if (state.view !== 'timeline') out.set('view', state.view);
    },
  },
  {
    names: ['read'],
    read: (params, into) => {
      const read = params.get('read');
      if (read === null) return into;
      if (read === '' || read.length > 200) {
        params.drop('read', read, 'not a document id');
        return into;
      }
      return { ...into, read };
    },
    write: (state, out) => {
      if (state.read !== null && state.view === 'article') out.set('read', state.read);
    },
  },
  {
    names: ['q'],
    read: (params, into) => {
      const q = params.get('q');
      if (q === null) return into;
      const trimmed = q.trim();
      if (Array.from(trimmed).length > MAX_SEARCH_CHARS) {
        params.drop('q', q, `a search of more than ${MAX_SEARCH_CHARS} characters`);
        return into;
      }
      return trimmed === '' ? into : { ...into, query: trimmed };
    },
    write: (state, out) => {
      if (state.query !== '') out.set('q', state.query);
    },
  },
  selectionCodec('documents', 'doc', 'hidedoc'),
  selectionCodec('publishers', 'pub', 'hidepub'),
  {
    names: ['precision'],
    list: true,
    read: (params, into) => {
      const precision = enumList<PrecisionClass>(params, 'precision', PRECISION_CLASSES);
      return precision === null ? into : withFilters(into, { precision });
    },
    write: (state, out) => {
      for (const p of state.filters.precision ?? []) out.append('precision', p);
    },
  },
  {
    names: ['timing'],
    list: true,
    read: (params, into) => {
      const timing = enumList<Timing>(params, 'timing', TIMINGS);
      return timing === null ? into : withFilters(into, { timing });
    },
    write: (state, out) => {
      for (const t of state.filters.timing ?? []) out.append('timing', t);
    },
  },
  {
    names: ['actor'],
    list: true,
    read: (params, into) => {
      const actors = readList(params, 'actor', (v) => (EVENT_ID.test(v) ? null : 'not a valid actor id'));
      return actors === null ? into : withFilters(into, { actors });
    },
    write: (state, out) => {
      for (const a of state.filters.actors ?? []) out.append('actor', a);
    },
  },
  {
    names: ['range'],
    read: (params, into) => {
      const value = params.get('range');
      if (value === null) return into;
      const m = RANGE.exec(value);
      if (!m || (m[1] === undefined && m[2] === undefined)) {
        params.drop('range', value, 'expected FROM..TO with dates as YYYY-MM-DD (either may be left out)');
        return into;
      }
      const bad = [m[1], m[2]].map((d) => (d === undefined ? null : dayProblem(d))).find((p) => p !== null);
      if (bad !== undefined && bad !== null) {
        params.drop('range', value, bad);
        return into;
      }
      const range: DayRange = { from: m[1] ?? null, to: m[2] ?? null };
      if (range.from !== null && range.to !== null && compareDays(range.from, range.to) > 0) {
        params.drop('range', value, 'its start is after its end');
        return into;
      }
      return withFilters(into, { range });
    },
    write: (state, out) => {
      const range = state.filters.range;
      if (range !== null) out.set('range', `${range.from ?? ''}..${range.to ?? ''}`);
    },
  },
  {
    names: ['lanes'],
    read: (params, into) => {
      const lanes = oneOf<LaneMode>(params, 'lanes', ['document', 'publisher', 'actor']);
      return lanes === null ? into : { ...into, lanes };
    },
    write: (state, out) => {
      if (state.lanes !== null) out.set('lanes', state.lanes);
    },
  },
  {
    names: ['order'],
    read: (params, into) => {
      const order = oneOf<ListOrder>(params, 'order', ['date', 'key']);
      return order === null ? into : { ...into, order };
    },
    write: (state, out) => {
      if (state.order !== 'date') out.set('order', state.order);
    },
  },
];

export interface UrlParseResult {
  state: UrlState;
  notices: UrlNotice[];
}

const KNOWN = new Map(PARAM_CODECS.flatMap((codec) => codec.names.map((name) => [name, codec] as const)));

/**
 * Parses a query string (`?a=b...` or `a=b...`). Never throws: every parameter that cannot be
 * honoured is left out of the state and named in a notice, so a bad link still opens.
 */
export function parseUrlState(search: string): UrlParseResult {
  const notices: UrlNotice[] = [];
  const drop = (param: string, value: string, reason: string): void => {
    notices.push({ param, value: quoteValue(value), reason });
  };
  if (search.length > MAX_QUERY_CHARS) {
    drop('(link)', `${search.length} characters`, `the link is longer than ${MAX_QUERY_CHARS} characters; the default view is shown`);
    return { state: EMPTY_URL_STATE, notices };
  }
  const params = new URLSearchParams(search);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    const codec = KNOWN.get(name);
    if (codec === undefined) drop(name, value, 'not a parameter Sourceline knows');
    else if (seen.has(name) && codec.list !== true) drop(name, value, 'given more than once; the first is used');
    seen.add(name);
  }
  const reader: ParamReader = {
    get: (name) => params.get(name),
    getAll: (name) => params.getAll(name),
    drop,
  };
  let state = EMPTY_URL_STATE;
  for (const codec of PARAM_CODECS) state = codec.read(reader, state);
  return { state, notices };
}

/** Writes a UrlState as a query string (`?...`, or `''` when empty), in a stable parameter order. */
export function serializeUrlState(state: UrlState): string {
  const out = new URLSearchParams();
  for (const codec of PARAM_CODECS) codec.write(state, out);
  const query = out.toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The query string for `state`, at most MAX_QUERY_CHARS long: when the filters' lists make it
 * longer, they are left out (the caller tells the user). `dropped` names what was left out.
 */
export function boundedSearch(state: UrlState): { search: string; dropped: string[] } {
  let search = serializeUrlState(state);
  if (search.length <= MAX_QUERY_CHARS) return { search, dropped: [] };
  const dropped: string[] = [];
  let trimmed = state;
  for (const key of ['documents', 'publishers', 'actors'] as const) {
    if (trimmed.filters[key] === null) continue;
    trimmed = withFilters(trimmed, { [key]: null });
    dropped.push(key);
    search = serializeUrlState(trimmed);
    if (search.length <= MAX_QUERY_CHARS) return { search, dropped };
  }
  return { search: serializeUrlState({ ...EMPTY_URL_STATE, event: state.event, view: state.view }), dropped: [...dropped, 'the rest'] };
}
