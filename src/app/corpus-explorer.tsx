import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addDays } from '../domain/calendar.ts';
import { buildCorpusIndex, type CorpusIndexData } from '../domain/corpus-index.ts';
import type { TimelineEvent } from '../domain/corpus.ts';
import type { DayWindow } from '../domain/day-window.ts';
import { describeEventDate } from '../domain/event-date-label.ts';
import { visibleEvents, type EventQuery } from '../domain/event-query.ts';
import { MAX_SHOWN_EVENTS } from '../timeline/item-window.ts';
import { toTimelineItemList, type ItemStyle } from '../timeline/timeline-items.ts';
import type { TimelineViewHandle } from '../timeline/timeline-view.tsx';
import type { ChartDensity } from '../timeline/use-vis-timeline.ts';
import { AppHeader } from '../ui/app-header.tsx';
import type { ArticleMark } from '../ui/article-segments.ts';
import { ArticleView } from '../ui/article-view.tsx';
import { CorpusWarnings } from '../ui/corpus-warnings.tsx';
import { DetailPanel, type DetailSource } from '../ui/detail-panel.tsx';
import { EventList, type EventListHandle } from '../ui/event-list.tsx';
import { NoticeList } from '../ui/notice-list.tsx';
import { ZoomControls } from '../ui/zoom-controls.tsx';
import { serializeUrlState } from '../url-state/url-params.ts';
import type { UrlStore } from '../url-state/url-store.ts';
import { useUrlSnapshot } from '../url-state/use-url-state.ts';
import type { CorpusSource } from './corpus-source.ts';
import { formatDay } from './day-label.ts';
import { labelShareFor } from './label-room.ts';
import { mergeNotices } from './notices.ts';
import { framingOf, resolveView } from './resolve-view.ts';
import { sourceStyles } from './source-styles.ts';
import { endEvent, steppedEvent } from './stepping.ts';
import { useCopyLink } from './use-copy-link.ts';
import { useDocument } from './use-corpus.ts';
import { useReducedMotion } from './use-media.ts';
import { useSheetHeight } from './use-sheet-height.ts';
import {
  centreOfEventsIn,
  fitWindow,
  maxWindowDays,
  MIN_WINDOW_DAYS,
  shiftWindow,
  showsEvent,
  widenWindow,
  windowDays,
  windowShowing,
  zoomAround,
} from './view-window.ts';

/**
 * The chart (vis-timeline with moment and hammer.js: about 110 KB gzip, half of the app's JavaScript)
 * is its own chunk, requested when this module runs, so it downloads while the corpus does and the
 * first paint (header, loading state) does not wait for it. Until it arrives the chart's box holds
 * its place.
 */
const timelineModule = import('../timeline/timeline-view.tsx');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));

export interface CorpusExplorerProps {
  data: CorpusIndexData;
  source: CorpusSource;
  store: UrlStore;
  reloadError: string | null;
}

const DENSITY: ChartDensity = { cap: MAX_SHOWN_EVENTS, cellPx: 160, perCell: 6, minRangePx: 96 };

/**
 * The composition root of a loaded corpus: URL state in, timeline + list + details (or the article)
 * out. Everything shown is derived from the URL, the corpus and the shown events (`visibleEvents`,
 * `resolveView`), so reload, Back and shared links reproduce it; user actions are the URL store's
 * named actions.
 */
export function CorpusExplorer({ data, source, store, reloadError }: CorpusExplorerProps) {
  const { state, notices: urlNotices } = useUrlSnapshot(store);
  const index = useMemo(() => buildCorpusIndex(data), [data]);
  // Read once: the first view is framed for the width the page opened at (a resize keeps the window).
  const [labelShare] = useState(() => labelShareFor(document.documentElement.clientWidth));
  const reducedMotion = useReducedMotion();

  const query = useMemo((): EventQuery => ({ filters: state.filters, matches: null }), [state.filters]);
  const visible = useMemo(() => visibleEvents(index, query), [index, query]);
  const framing = useMemo(() => framingOf(visible.events, labelShare), [visible, labelShare]);
  const maxDays = useMemo(() => maxWindowDays(index.events, labelShare), [index, labelShare]);
  const resolved = useMemo(() => resolveView(index, visible, state, framing), [index, visible, state, framing]);
  const { selected, view } = resolved;
  const selectedId = selected?.id ?? null;

  const styles = useMemo(() => sourceStyles(index.documents), [index]);
  const itemStyle = useMemo(
    (): ItemStyle => ({
      sourceOf: (docId) => styles.get(docId),
      showSourceNames: index.documents.length > 1,
      lanesOf: null,
      describeDate: describeEventDate,
    }),
    [styles, index],
  );
  const items = useMemo(() => toTimelineItemList(visible.events, itemStyle), [visible, itemStyle]);

  const timelineRef = useRef<TimelineViewHandle>(null);
  const listRef = useRef<EventListHandle>(null);
  const detailsRef = useRef<HTMLElement>(null);
  /** Whether the current selection was made from the chart (click or key), so closing returns there. */
  const openedFromChart = useRef(false);

  const resolvedWindow = resolved.window;
  const currentWindow = useCallback(
    (): DayWindow | null => timelineRef.current?.getWindow() ?? resolvedWindow,
    [resolvedWindow],
  );

  const select = useCallback(
    (id: string) => {
      const event = index.eventById.get(id);
      if (!event) return;
      const window = currentWindow();
      openedFromChart.current = timelineRef.current?.hasFocus() ?? false;
      store.selectEvent(id, window ? windowShowing(window, event) : null);
    },
    [index, currentWindow, store],
  );

  /**
   * Focus that would fall to <body> when the details close (it was on the close button, or inside the
   * panel) goes back to what opened them: the chart, or the event's row in the list. Focus elsewhere
   * (Escape pressed in the chart or the list) stays where it is.
   */
  const closeDetails = useCallback(() => {
    if (selectedId === null) return;
    const active = document.activeElement;
    const focusWouldBeLost = active === null || active === document.body || Boolean(detailsRef.current?.contains(active));
    store.closeDetails(currentWindow());
    if (!focusWouldBeLost) return;
    if (openedFromChart.current) timelineRef.current?.focus();
    else listRef.current?.focusEvent(selectedId);
  }, [selectedId, currentWindow, store]);

  /** Zooms around the selection when it is in view, else around the events in view. */
  const zoom = (factor: number): void => {
    const window = currentWindow();
    if (!window) return;
    const centre =
      (selected && showsEvent(window, selected) ? selected.start : centreOfEventsIn(window, visible.events)) ??
      addDays(window.from, Math.floor(windowDays(window) / 2));
    store.setWindow(widenWindow(zoomAround(window, factor, centre, maxDays), MIN_WINDOW_DAYS));
  };
  const zoomTo = useCallback((window: DayWindow): void => store.setWindow(widenWindow(window, MIN_WINDOW_DAYS)), [store]);
  const fitAll = (): void => {
    const window = fitWindow(visible.events, labelShare);
    if (window) store.setWindow(window);
  };
  const stepTo = (event: TimelineEvent | null): void => {
    if (event && event.id !== selectedId) select(event.id);
  };
  const showArticle = useCallback(
    (id: string) => store.showArticle(id, currentWindow()),
    [store, currentWindow],
  );

  /** The chart's keyboard map (listed in the help dialog). */
  const onChartKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight':
        stepTo(steppedEvent(visible, selectedId, event.key === 'ArrowLeft' ? -1 : 1, currentWindow()));
        return true;
      case 'Home':
      case 'End':
        stepTo(endEvent(visible, event.key === 'Home' ? -1 : 1));
        return true;
      case '+':
      case '=':
        zoom(0.5);
        return true;
      case '-':
      case '_':
        zoom(2);
        return true;
      case 'PageUp':
      case 'PageDown': {
        const window = currentWindow();
        if (window) store.setWindow(shiftWindow(window, event.key === 'PageUp' ? -0.8 : 0.8));
        return true;
      }
      case 'Enter':
        if (selectedId === null) return false;
        showArticle(selectedId);
        return true;
      default:
        return false;
    }
  };

  // The tab title names what is shown, so history entries and bookmarks are told apart.
  const articleDocument = resolved.articleDocId === null ? undefined : index.documentById.get(resolved.articleDocId);
  const articleTitle = articleDocument?.title ?? null;
  const selectedTitle = selected?.title ?? null;
  useEffect(() => {
    const where = view === 'article' && articleTitle !== null ? articleTitle : selectedTitle;
    document.title = where === null ? 'Sourceline' : `${where} – Sourceline`;
  }, [view, selectedTitle, articleTitle]);

  // Escape steps back one level: the article returns to the timeline, the timeline closes the details.
  const backToTimeline = useCallback(() => store.showView('timeline'), [store]);
  const showsArticle = view === 'article' && articleDocument !== undefined;

  // Leaving the article (its button, Escape or browser Back) unmounts what had focus: focus returns to
  // the "Read in article" link that opened it, or to the event's row when no details are shown.
  const wasArticle = useRef(showsArticle);
  useEffect(() => {
    const left = wasArticle.current && !showsArticle;
    wasArticle.current = showsArticle;
    if (!left) return;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return;
    const link = detailsRef.current?.querySelector<HTMLElement>('a[href]');
    if (link) link.focus({ preventScroll: true });
    else if (selectedId !== null) listRef.current?.focusEvent(selectedId);
    else timelineRef.current?.focus();
  }, [showsArticle, selectedId]);
  const sheetPx = useSheetHeight(detailsRef, selected !== null && !showsArticle);
  useEffect(() => {
    if (!showsArticle && selectedId === null) return undefined;
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (showsArticle) backToTimeline();
      else closeDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showsArticle, selectedId, closeDetails, backToTimeline]);

  const { copyLink, copyStatus } = useCopyLink(store);

  // --- notices: link parts that were dropped, and what the corpus could not give; dismissing hides this set
  const messages = useMemo(() => mergeNotices(urlNotices, resolved.notices), [urlNotices, resolved.notices]);
  const [dismissed, setDismissed] = useState('');
  const shownMessages = messages.join('\n') === dismissed ? [] : messages;

  // --- details and article
  const detailSources = useMemo((): DetailSource[] => {
    if (!selected) return [];
    const articleHref = serializeUrlState({ ...state, event: selected.id, date: null, view: 'article' });
    return selected.sources.flatMap((s) => {
      const doc = index.documentById.get(s.docId);
      return doc ? [{ source: s, document: doc, publishedLabel: formatDay(doc.published), articleHref }] : [];
    });
  }, [selected, index, state]);

  const article = useDocument(source, showsArticle ? (articleDocument?.id ?? null) : null);
  const articleMarks = useMemo((): ArticleMark[] => {
    if (!articleDocument) return [];
    return (index.eventsByDocument.get(articleDocument.id) ?? []).flatMap((event) =>
      event.sources
        .filter((s) => s.docId === articleDocument.id)
        .map((s) => ({ eventId: event.id, start: s.quote.start, end: s.quote.end })),
    );
  }, [index, articleDocument]);
  const titleOf = useCallback((id: string) => index.eventById.get(id)?.title ?? id, [index]);

  return (
    <>
      <AppHeader onCopyLink={copyLink} copyStatus={copyStatus} />
      {reloadError !== null && (
        <div className="sl-alert" role="alert">
          Could not reload the events: {reloadError}. Showing the last good version.
        </div>
      )}
      <NoticeList
        messages={shownMessages}
        onDismiss={() => {
          setDismissed(messages.join('\n'));
          store.dismissNotices();
        }}
      />
      {/* Selecting keeps focus where it is (the chart or the list, so arrow keys go on working): this
          polite live region tells a screen reader what was selected. */}
      <p className="sl-visually-hidden" aria-live="polite">
        {selected ? `Selected: ${selected.title}, ${describeEventDate(selected)}` : ''}
      </p>
      {showsArticle && articleDocument ? (
        <main className="sl-main sl-main--article">
          {article.status === 'ready' ? (
            <ArticleView
              document={article.document}
              publishedLabel={formatDay(article.document.published)}
              marks={articleMarks}
              titleOf={titleOf}
              currentId={selectedId}
              currentTitle={selected?.title ?? null}
              currentDateLabel={selected ? describeEventDate(selected) : null}
              onSelect={(id) => store.selectEvent(id, null)}
              onBack={backToTimeline}
            />
          ) : article.status === 'failed' ? (
            <div className="sl-alert" role="alert">
              The article could not be shown: {article.reason}
            </div>
          ) : (
            <p className="sl-loading" role="status">
              Loading the article…
            </p>
          )}
        </main>
      ) : (
        <main className={selected ? 'sl-main sl-main--with-details' : 'sl-main'}>
          <section className="sl-timeline" aria-label="Timeline">
            <div className="sl-timeline__bar">
              <h2 className="sl-section-title">Timeline</h2>
              <ZoomControls
                onZoomIn={() => zoom(0.5)}
                onZoomOut={() => zoom(2)}
                onFit={fitAll}
                disabled={visible.events.length === 0}
              />
            </div>
            <Suspense fallback={<div className="sl-timeline__chart" aria-busy="true" />}>
              <TimelineView
                handleRef={timelineRef}
                label="Timeline chart: arrow keys step to the previous or next event"
                items={items}
                lanes={null}
                density={DENSITY}
                window={resolved.window}
                selectedEventId={selectedId}
                minDays={MIN_WINDOW_DAYS}
                maxDays={maxDays}
                reducedMotion={reducedMotion}
                onSelect={select}
                onWindowChange={(window) => store.setWindow(window, { byUser: true })}
                onZoomTo={zoomTo}
                onKey={onChartKey}
                renderNote={(shown) =>
                  shown.countedBy !== null && shown.counted > 0 ? (
                    <p className="sl-timeline__note">
                      {shown.counted.toLocaleString('en')} of {shown.inWindow.toLocaleString('en')} events here are counted in boxes: dense periods show their key events first. Click a box or zoom in to see the rest.
                    </p>
                  ) : null
                }
              />
            </Suspense>
            <p className="sl-legend" aria-hidden="true">
              <span className="sl-legend__key sl-legend__key--exact" /> day stated
              <span className="sl-legend__key sl-legend__key--approximate" /> approximate or month/year
              <span className="sl-legend__key sl-legend__key--reported" /> reported, date not stated
            </p>
          </section>
          <div className="sl-lower">
            <EventList
              ref={listRef}
              entries={visible.events}
              selectedId={selectedId}
              onSelect={select}
              coveredBottomPx={sheetPx}
            />
            {selected ? (
              <DetailPanel
                ref={detailsRef}
                eventId={selected.id}
                title={selected.title}
                dateLabel={describeEventDate(selected)}
                sources={detailSources}
                onReadArticle={() => showArticle(selected.id)}
                onClose={closeDetails}
              />
            ) : (
              <p className="sl-details-hint sl-muted">Select an event to see the sentence it comes from.</p>
            )}
          </div>
        </main>
      )}
      <footer className="sl-footer">
        <CorpusWarnings warnings={index.data.warnings} />
        <p className="sl-muted">
          {index.documents.length} {index.documents.length === 1 ? 'document' : 'documents'},{' '}
          {index.events.length} {index.events.length === 1 ? 'event' : 'events'}
        </p>
      </footer>
    </>
  );
}
