import type { SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import type { UrlNotice, UrlState } from '../url-state/url-state.ts';
import type { CorpusIndex } from './corpus-index.ts';
import {
  centredWindow,
  initialWindow,
  nearestEvent,
  windowDays,
  windowShowing,
  type DayWindow,
  type LabelShare,
} from './view-window.ts';

/** What the screen shows, derived from the URL and the corpus alone (so reload and Back reproduce it). */
export interface ResolvedView {
  selected: TimelineEvent | null;
  window: DayWindow | null;
  view: 'timeline' | 'article';
  /** For the article view: the document shown (the selected event's first source). */
  document: SourceDocument | null;
  /** Notices about URL parts that could not be honoured once the corpus was known. */
  notices: UrlNotice[];
}

/** A `date` link shows at least two weeks around the day, so its neighbours are in view. */
const MIN_DATE_WINDOW_DAYS = 14;

/**
 * `event` wins over `date` for the selection; `from`/`to` win over everything for the window;
 * otherwise `date` centres the window, and the default frame is moved only as far as needed to
 * show a deep-linked event.
 */
export function resolveView(index: CorpusIndex, state: UrlState, defaultWindow: DayWindow | null): ResolvedView {
  const notices: UrlNotice[] = [];
  const fromEvent = state.event === null ? undefined : index.eventById.get(state.event);
  const selected = fromEvent ?? (state.date === null ? null : nearestEvent(index.events, state.date));

  let window: DayWindow | null;
  if (state.window !== null) window = state.window;
  else if (state.date !== null) {
    window = centredWindow(state.date, Math.max(MIN_DATE_WINDOW_DAYS, defaultWindow ? windowDays(defaultWindow) : 0));
  } else if (defaultWindow !== null && selected !== null) window = windowShowing(defaultWindow, selected);
  else window = defaultWindow;

  let view = state.view;
  let document: SourceDocument | null = null;
  if (view === 'article') {
    const docId = selected?.sources[0]?.docId;
    document = docId === undefined ? null : (index.documentById.get(docId) ?? null);
    if (document === null) {
      notices.push({ param: 'view', value: 'article', message: 'Ignored view=article: no event is selected' });
      view = 'timeline';
    }
  }
  return { selected, window, view, document, notices };
}

/** The first view's window for a corpus (see `initialWindow`), with room for the labels of its last items. */
export function defaultWindowOf(index: CorpusIndex, labelShare: LabelShare = 0): DayWindow | null {
  return initialWindow(index.events, labelShare);
}
