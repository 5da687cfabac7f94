import { compareDays, isIsoDay, type IsoDay } from '../domain/calendar.ts';

/**
 * The shareable part of the app's state, as it lives in the query string. Every field is optional
 * in the URL; `null` means "not given". New params (search, filters) get a field here, a line in
 * `PARAMS`, a parser in `parseUrlState` and a line in `serializeUrlState`.
 */
export interface UrlState {
  /** `date=YYYY-MM-DD`: centre the timeline on this day and select the nearest event. */
  date: IsoDay | null;
  /** `event=ID`: the selected event. */
  event: string | null;
  /** `from=YYYY-MM-DD&to=YYYY-MM-DD`: the visible window; both or neither, `from <= to`. */
  window: { from: IsoDay; to: IsoDay } | null;
  /** `view=article`: the article view of the selected event's document. */
  view: UrlView;
}

export type UrlView = 'timeline' | 'article';

/** A parameter that was ignored, with a message that names it (shown to the user as-is). */
export interface UrlNotice {
  param: string;
  value: string;
  message: string;
}

export interface UrlParseResult {
  state: UrlState;
  notices: UrlNotice[];
}

export const EMPTY_URL_STATE: UrlState = { date: null, event: null, window: null, view: 'timeline' };

/** The params this schema knows, in the order they are written back. */
const PARAMS = ['date', 'event', 'from', 'to', 'view'] as const;

const EVENT_ID = /^[A-Za-z0-9_.:-]+$/; // the corpus schema's id alphabet
const MAX_SHOWN_VALUE = 40; // notices quote the value; a hostile link must not flood the page

/**
 * Parses a query string (`?a=b...` or `a=b...`) into a UrlState. Never throws: every malformed,
 * unknown or contradictory parameter is dropped and reported as a notice naming it, so a bad link
 * still opens the default view. When `knownEventIds` is given, an `event` that names no event is
 * dropped too.
 */
export function parseUrlState(search: string, knownEventIds?: ReadonlySet<string>): UrlParseResult {
  const params = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const ignore = (param: string, value: string, reason: string): void => {
    notices.push({ param, value, message: `Ignored ${param}=${shorten(value)}: ${reason}` });
  };
  const known = new Set<string>(PARAMS);
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!known.has(name)) ignore(name, value, 'unknown parameter');
    else if (seen.has(name)) ignore(name, value, 'given more than once, the first one is used');
    seen.add(name);
  }

  const state: UrlState = { ...EMPTY_URL_STATE };

  const date = params.get('date');
  if (date !== null) {
    if (isIsoDay(date)) state.date = date;
    else ignore('date', date, 'not a valid date (expected YYYY-MM-DD)');
  }

  const event = params.get('event');
  if (event !== null) {
    if (!EVENT_ID.test(event)) ignore('event', event, 'not a valid event id');
    else if (knownEventIds && !knownEventIds.has(event)) ignore('event', event, 'no event has this id');
    else state.event = event;
  }

  const from = params.get('from');
  const to = params.get('to');
  const fromOk = from !== null && isIsoDay(from);
  const toOk = to !== null && isIsoDay(to);
  if (from !== null && !fromOk) ignore('from', from, 'not a valid date (expected YYYY-MM-DD)');
  if (to !== null && !toOk) ignore('to', to, 'not a valid date (expected YYYY-MM-DD)');
  if (fromOk && toOk) {
    if (compareDays(from, to) > 0) {
      notices.push({ param: 'from', value: from, message: `Ignored from=${from}&to=${to}: from is after to` });
    } else {
      state.window = { from, to };
    }
  } else if (fromOk && to === null) {
    ignore('from', from, 'needs a to date as well');
  } else if (toOk && from === null) {
    ignore('to', to, 'needs a from date as well');
  }

  const view = params.get('view');
  if (view !== null) {
    if (view === 'article' || view === 'timeline') state.view = view;
    else ignore('view', view, 'unknown view (expected article or timeline)');
  }

  return { state, notices };
}

/** Writes a UrlState as a query string (`?...`, or `''` when empty), in a stable param order. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.date !== null) params.set('date', state.date);
  if (state.event !== null) params.set('event', state.event);
  if (state.window !== null) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  if (state.view !== 'timeline') params.set('view', state.view);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

function shorten(value: string): string {
  return value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
}
