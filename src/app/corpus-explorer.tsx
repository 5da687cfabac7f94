import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeEventDate } from '../domain/event-date-label.ts';
import { TimelineView } from '../timeline/timeline-view.tsx';
import { MAX_SHOWN_EVENTS } from '../timeline/item-window.ts';
import { toTimelineItems } from '../timeline/timeline-items.ts';
import type { TimelineViewHandle } from '../timeline/timeline-view.tsx';
import type { TimelineWindow } from '../timeline/use-vis-timeline.ts';
import { AppHeader } from '../ui/app-header.tsx';
import type { ArticleMark } from '../ui/article-segments.ts';
import { ArticleView } from '../ui/article-view.tsx';
import { CorpusWarnings } from '../ui/corpus-warnings.tsx';
import { DetailPanel, type DetailSource } from '../ui/detail-panel.tsx';
import { EventList, type EventListHandle } from '../ui/event-list.tsx';
import { NoticeList } from '../ui/notice-list.tsx';
import { ZoomControls } from '../ui/zoom-controls.tsx';
import { serializeUrlState } from '../url-state/url-state.ts';
import { useUrlState } from '../url-state/use-url-state.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { steppedEvent } from './corpus-index.ts';
import { formatDay } from './day-label.ts';
import { labelShareFor } from './label-room.ts';
import { useCopyLink } from './use-copy-link.ts';
import { useSheetHeight } from './use-sheet-height.ts';
import { defaultWindowOf, resolveView } from './resolve-view.ts';
import {
  fitWindow,
  maxWindowDays,
  MIN_WINDOW_DAYS,
  widenWindow,
  windowShowing,
  zoomWindow,
  type DayWindow,
} from './view-window.ts';

/** Pans and wheel zooms reach the URL after this pause, as one replaceState. */
const WINDOW_WRITE_DELAY_MS = 300;

export interface CorpusExplorerProps {
  index: CorpusIndex;
  reloadError: string | null;
}

/**
 * The composition root of a loaded corpus: URL state in, timeline + list + details (or the article)
 * out. Everything shown is derived from the URL and the corpus (`resolveView`), so reload, Back and
 * shared links reproduce it; user actions become URL writes.
 */
export function CorpusExplorer({ index, reloadError }: CorpusExplorerProps) {
  const url = useUrlState(index.eventIds);
  // Read once: the first view is framed for the width the page opened at (a resize keeps the window).
  const [labelShare] = useState(() => labelShareFor(document.documentElement.clientWidth));
  const defaultWindow = useMemo(() => defaultWindowOf(index, labelShare), [index, labelShare]);
  const maxDays = useMemo(() => maxWindowDays(index.events, labelShare), [index, labelShare]);
  const resolved = useMemo(() => resolveView(index, url.state, defaultWindow), [index, url.state, defaultWindow]);
  const { selected, view } = resolved;
  const articleTitle = resolved.document?.title ?? null;
  const items = useMemo(() => toTimelineItems(index.events), [index]);

  const timelineRef = useRef<TimelineViewHandle>(null);
  const listRef = useRef<EventListHandle>(null);
  const detailsRef = useRef<HTMLElement>(null);
  /** Whether the current selection was made from the chart (click or arrow key), so closing returns there. */
  const openedFromChart = useRef(false);

  // --- window writes: debounced for the user's pans, immediate (and cancelling those) for the rest
  const pendingWrite = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pendingWindow = useRef<DayWindow | null>(null);
  const cancelPending = useCallback(() => {
    clearTimeout(pendingWrite.current);
    pendingWrite.current = undefined;
    pendingWindow.current = null;
  }, []);
  const { replace, push } = url;
  const flushPending = useCallback(() => {
    const window = pendingWindow.current;
    cancelPending();
    if (window) replace({ window });
  }, [cancelPending, replace]);
  useEffect(() => cancelPending, [cancelPending]);

  const onWindowChange = useCallback(
    (window: TimelineWindow) => {
      cancelPending();
      pendingWindow.current = window;
      pendingWrite.current = setTimeout(flushPending, WINDOW_WRITE_DELAY_MS);
    },
    [cancelPending, flushPending],
  );

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
      cancelPending();
      openedFromChart.current = timelineRef.current?.hasFocus() ?? false;
      push({ event: id, date: null, window: window ? windowShowing(window, event) : null });
    },
    [index, currentWindow, cancelPending, push],
  );

  const selectedId = selected?.id ?? null;
  /**
   * Focus that would fall to <body> when the details close (it was on the close button, or inside the
   * panel) goes back to what opened them: the chart, or the event's row in the list. Focus elsewhere
   * (Escape pressed in the chart or the list) stays where it is.
   */
  const closeDetails = useCallback(() => {
    if (selectedId === null) return;
    const window = currentWindow();
    cancelPending();
    const active = document.activeElement;
    const focusWouldBeLost = active === null || active === document.body || Boolean(detailsRef.current?.contains(active));
    push({ event: null, date: null, window });
    if (!focusWouldBeLost) return;
    if (openedFromChart.current) timelineRef.current?.focus();
    else listRef.current?.focusEvent(selectedId);
  }, [selectedId, currentWindow, cancelPending, push]);

  const zoom = (factor: number): void => {
    const window = currentWindow();
    if (!window) return;
    cancelPending();
    replace({ window: zoomWindow(window, factor, maxDays) });
  };
  const zoomTo = useCallback(
    (window: DayWindow): void => {
      cancelPending();
      replace({ window: widenWindow(window, MIN_WINDOW_DAYS) });
    },
    [cancelPending, replace],
  );
  const fitAll = (): void => {
    const window = fitWindow(index.events, labelShare);
    if (!window) return;
    cancelPending();
    replace({ window });
  };
  const step = (direction: -1 | 1): void => {
    const next = steppedEvent(index, selectedId, direction);
    if (next && next.id !== selectedId) select(next.id);
  };

  // The tab title names what is shown, so history entries and bookmarks are told apart.
  const selectedTitle = selected?.title ?? null;
  useEffect(() => {
    const where = view === 'article' && articleTitle !== null ? articleTitle : selectedTitle;
    document.title = where === null ? 'Sourceline' : `${where} – Sourceline`;
  }, [view, selectedTitle, articleTitle]);

  // Escape steps back one level: the article returns to the timeline, the timeline closes the details.
  const backToTimeline = useCallback(() => push({ view: 'timeline' }), [push]);
  const showsArticle = view === 'article' && articleTitle !== null;

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
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (showsArticle) backToTimeline();
      else closeDetails();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showsArticle, selectedId, closeDetails, backToTimeline]);

  const { copyLink, copyStatus } = useCopyLink(flushPending);

  // --- notices: URL parts that were ignored; dismissing hides this exact set
  const messages = useMemo(
    () => [...url.notices, ...resolved.notices].map((n) => n.message),
    [url.notices, resolved.notices],
  );
  const [dismissed, setDismissed] = useState('');
  const shownMessages = messages.join('\n') === dismissed ? [] : messages;

  // --- details and article
  const detailSources = useMemo((): DetailSource[] => {
    if (!selected) return [];
    const articleHref = serializeUrlState({ ...url.state, event: selected.id, date: null, view: 'article' });
    return selected.sources.flatMap((source) => {
      const document = index.documentById.get(source.docId);
      return document ? [{ source, document, publishedLabel: formatDay(document.published), articleHref }] : [];
    });
  }, [selected, index, url.state]);

  const articleDocument = resolved.document;
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
      <NoticeList messages={shownMessages} onDismiss={() => setDismissed(messages.join('\n'))} />
      {/* Selecting keeps focus where it is (the chart or the list, so arrow keys go on working): this
          polite live region tells a screen reader what was selected. */}
      <p className="sl-visually-hidden" aria-live="polite">
        {selected ? `Selected: ${selected.title}, ${describeEventDate(selected)}` : ''}
      </p>
      {view === 'article' && articleDocument ? (
        <main className="sl-main sl-main--article">
          <ArticleView
            document={articleDocument}
            publishedLabel={formatDay(articleDocument.published)}
            marks={articleMarks}
            titleOf={titleOf}
            currentId={selectedId}
            currentTitle={selected?.title ?? null}
            currentDateLabel={selected ? describeEventDate(selected) : null}
            onSelect={(id) => {
              cancelPending();
              push({ event: id, date: null });
            }}
            onBack={backToTimeline}
          />
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
                disabled={index.events.length === 0}
              />
            </div>
            <TimelineView
              handleRef={timelineRef}
              label="Timeline chart: arrow keys step to the previous or next event"
              items={items}
              cap={MAX_SHOWN_EVENTS}
              window={resolved.window}
              selectedId={selectedId}
              minDays={MIN_WINDOW_DAYS}
              maxDays={maxDays}
              onSelect={select}
              onWindowChange={onWindowChange}
              onZoomTo={zoomTo}
              onStep={step}
            />
            <p className="sl-legend" aria-hidden="true">
              <span className="sl-legend__key sl-legend__key--exact" /> day stated
              <span className="sl-legend__key sl-legend__key--approximate" /> approximate or month/year
              <span className="sl-legend__key sl-legend__key--reported" /> reported, date not stated
            </p>
          </section>
          <div className="sl-lower">
            <EventList
              ref={listRef}
              entries={index.events}
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
                onReadArticle={() => {
                  const window = currentWindow();
                  cancelPending();
                  push({ view: 'article', date: null, event: selected.id, window });
                }}
                onClose={closeDetails}
              />
            ) : (
              <p className="sl-details-hint sl-muted">Select an event to see the sentence it comes from.</p>
            )}
          </div>
        </main>
      )}
      <footer className="sl-footer">
        <CorpusWarnings warnings={index.corpus.warnings} />
        <p className="sl-muted">
          {index.corpus.documents.length} {index.corpus.documents.length === 1 ? 'document' : 'documents'},{' '}
          {index.events.length} {index.events.length === 1 ? 'event' : 'events'}
        </p>
      </footer>
    </>
  );
}
