import { compareDays, daysBetween } from '../domain/calendar.ts';
import { eventNamed, type CorpusIndex } from '../domain/corpus-index.ts';
import type { IndexedEvent } from '../domain/corpus-index.ts';
import type { DayWindow } from '../domain/day-window.ts';
import type { VisibleEvents } from '../domain/event-query.ts';
import { M } from '../i18n/messages.ts';
import type { UrlState, UrlView } from '../url-state/url-params.ts';
import { formatDay } from './day-label.ts';
import {
  centredWindow,
  fitWindow,
  initialWindow,
  MIN_WINDOW_DAYS,
  nearestEvent,
  widenWindow,
  windowDays,
  windowForLinkedEvent,
  windowShowing,
  type LabelShare,
} from './view-window.ts';

/** What the screen shows, derived from the URL, the corpus and the query alone (so reload and Back reproduce it). */
export interface ResolvedView {
  selected: IndexedEvent | null;
  window: DayWindow | null;
  view: UrlView;
  /** For the article view: the document shown (the selected event's first source). */
  articleDocId: string | null;
  /** What the link asked for that the corpus cannot give, in words. */
  notices: string[];
  /**
   * The link's `from`/`to` reach far past the events: `window` is what is shown instead, and this says so.
   * The app writes `window` into the address (so a copied link or a reload shows what is on screen) and
   * keeps the notice; this is null once the address holds a window that can be shown.
   */
  windowCorrection: string | null;
}

/** The windows a corpus is framed by: the first view, and the span windows are kept within. */
export interface Framing {
  defaultWindow: DayWindow | null;
  /** Every shown event with margins; a window outside it is brought back. Null when nothing is shown. */
  bounds: DayWindow | null;
}

/** A `date` link shows at least two weeks around the day, so its neighbours are in view. */
const MIN_DATE_WINDOW_DAYS = 14;

/** The framing of a set of events: `initialWindow` for the first view, `fitWindow` grown by its width each side for bounds. */
export function framingOf(events: readonly IndexedEvent[], labelShare: LabelShare = 0): Framing {
  const fit = fitWindow(events, labelShare);
  if (fit === null) return { defaultWindow: null, bounds: null };
  const margin = Math.max(windowDays(fit), 366);
  return {
    defaultWindow: initialWindow(events, labelShare),
    bounds: { from: centredWindow(fit.from, 2 * margin, Infinity).from, to: centredWindow(fit.to, 2 * margin, Infinity).to },
  };
}

/** The window brought within `bounds`; `moved` says it was changed. */
export function clampWindow(window: DayWindow, bounds: DayWindow): { window: DayWindow; moved: boolean } {
  const from = compareDays(window.from, bounds.from) < 0 ? bounds.from : window.from;
  const to = compareDays(window.to, bounds.to) > 0 ? bounds.to : window.to;
  if (compareDays(from, to) >= 0) return { window: bounds, moved: true };
  const moved = from !== window.from || to !== window.to;
  return { window: moved ? widenWindow({ from, to }, MIN_WINDOW_DAYS) : window, moved };
}

function spanOf(events: readonly IndexedEvent[]): { first: string; last: string } | null {
  const first = events[0];
  if (!first) return null;
  let last = first.end ?? first.start;
  for (const e of events) if (compareDays(e.end ?? e.start, last) > 0) last = e.end ?? e.start;
  return { first: first.start, last };
}

/** `frame` moved to show a linked event, or closer around it when the frame is crowded (`windowForLinkedEvent`). */
function linkedWindow(visible: VisibleEvents, event: IndexedEvent, frame: DayWindow): DayWindow {
  const position = visible.positionById.get(event.id);
  return position === undefined ? windowShowing(frame, event) : windowForLinkedEvent(visible.events, position, frame);
}

/**
 * `event` wins over `date` for the selection; `from`/`to` win over everything for the window
 * (brought within the corpus when outside it); otherwise `date` centres the window, and the default
 * frame is moved only as far as needed to show a deep-linked event (closer around it, among its
 * neighbours, when the frame holds an archive's thousands of events: `windowForLinkedEvent`). An event that exists but is
 * hidden by the search or filters is not selected (and comes back when they are cleared).
 */
export function resolveView(index: CorpusIndex, visible: VisibleEvents, state: UrlState, framing: Framing): ResolvedView {
  const notices: string[] = [];
  const { defaultWindow, bounds } = framing;
  let selected: IndexedEvent | null = null;
  let window: DayWindow | null = null;
  let windowCorrection: string | null = null;

  if (state.event !== null) {
    const named = eventNamed(index, state.event);
    if (named === undefined) notices.push(M.notices.unknownEvent(state.event));
    else if (visible.positionById.has(named.id)) selected = named;
  } else if (state.date !== null) {
    selected = nearestEvent(visible.events, state.date);
    const span = spanOf(visible.events);
    const outside = span !== null && (compareDays(state.date, span.first) < 0 || compareDays(state.date, span.last) > 0);
    if (outside && span && selected) {
      const gap = Math.min(Math.abs(daysBetween(state.date, span.first)), Math.abs(daysBetween(state.date, span.last)));
      if (gap > MIN_DATE_WINDOW_DAYS / 2) {
        notices.push(M.notices.dateOutside(formatDay(state.date), formatDay(span.first), formatDay(span.last)));
        window = defaultWindow ? linkedWindow(visible, selected, defaultWindow) : null;
      }
    }
    if (window === null && selected !== null) {
      const around = centredWindow(state.date, Math.max(MIN_DATE_WINDOW_DAYS, defaultWindow ? windowDays(defaultWindow) : 0));
      // In a crowded frame, as close as a link to the nearest event, still centred on the date.
      window = centredWindow(state.date, Math.max(MIN_DATE_WINDOW_DAYS, windowDays(linkedWindow(visible, selected, around))));
    }
  }

  if (state.window !== null) {
    if (bounds === null) window = state.window;
    else {
      const clamped = clampWindow(state.window, bounds);
      window = clamped.window;
      if (clamped.moved) {
        windowCorrection = M.notices.windowClamped(formatDay(state.window.from), formatDay(state.window.to), formatDay(window.from), formatDay(window.to));
      }
    }
  } else if (window === null) {
    window = defaultWindow !== null && selected !== null ? linkedWindow(visible, selected, defaultWindow) : defaultWindow;
  }

  let view = state.view;
  let articleDocId: string | null = null;
  if (view === 'article') {
    const docId = selected?.sources.find((s) => s.docId === state.read)?.docId ?? selected?.sources[0]?.docId;
    articleDocId = docId !== undefined && index.documentById.has(docId) ? docId : null;
    if (articleDocId === null) {
      if (state.event === null) notices.push(M.notices.articleNeedsEvent);
      view = 'timeline';
    }
  }
  return { selected, window, view, articleDocId, notices, windowCorrection };
}
