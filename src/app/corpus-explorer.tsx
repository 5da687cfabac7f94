import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, compareDays } from '../domain/calendar.ts';
import { buildCorpusIndex, type CorpusIndexData } from '../domain/corpus-index.ts';
import type { IndexedEvent } from '../domain/corpus-index.ts';
import type { DayWindow } from '../domain/day-window.ts';
import { isolate, MAX_TITLE_CHARS, shortenText } from '../domain/display-text.ts';
import { describeEventDate } from '../domain/event-date-label.ts';
import { outsideWindow, type OutsideWindow } from '../domain/outside-window.ts';
import { activeFilterCount, facetCounts, NO_FILTERS, PRECISION_CLASSES, TIMINGS, visibleEvents, type EventQuery } from '../domain/event-query.ts';
import { M } from '../i18n/messages.ts';
import { matchRanges, parseQuery } from '../search/search-terms.ts';
import { MAX_SHOWN_EVENTS } from '../timeline/item-window.ts';
import type { OverviewHandle } from '../timeline/overview-band.tsx';
import { rankOf, toTimelineItemList, type ItemStyle } from '../timeline/timeline-items.ts';
import type { TimelineViewHandle } from '../timeline/timeline-view.tsx';
import type { ChartDensity } from '../timeline/use-vis-timeline.ts';
import { AppHeader } from '../ui/app-header.tsx';
import type { ArticleMark } from '../ui/article-segments.ts';
import { ArticleView } from '../ui/article-view.tsx';
import { CorpusWarnings } from '../ui/corpus-warnings.tsx';
import { DetailPanel, type DetailSource } from '../ui/detail-panel.tsx';
import { EventList, type EventListHandle } from '../ui/event-list.tsx';
import { FilterPanel } from '../ui/filter-panel.tsx';
import type { TextRanges } from '../ui/highlighted.tsx';
import { KeyboardHelp } from '../ui/keyboard-help.tsx';
import { NoticeList } from '../ui/notice-list.tsx';
import { SearchBox, type SearchStatus } from '../ui/search-box.tsx';
import type { SourceInfo } from '../ui/source-info.ts';
import { SourceLegend } from '../ui/source-legend.tsx';
import { FilterToggle, FirstVisitHint, HelpButton, LaneSelect, ThemeToggle, ViewSwitch } from '../ui/toolbar.tsx';
import { ZoomControls } from '../ui/zoom-controls.tsx';
import { serializeUrlState } from '../url-state/url-params.ts';
import type { UrlStore } from '../url-state/url-store.ts';
import { useUrlSnapshot } from '../url-state/use-url-state.ts';
import type { CorpusSource } from './corpus-source.ts';
import { dateDisagreement, sourceDateLabel } from './date-disagreement.ts';
import { formatDay } from './day-label.ts';
import { shownDocuments, withActor, withDocuments, withOption } from './filter-edits.ts';
import { labelShareFor } from './label-room.ts';
import { lanesFor } from './lanes.ts';
import { mergeNotices } from './notices.ts';
import { useFirstVisitHint, useTheme } from './preferences.ts';
import { framingOf, resolveView } from './resolve-view.ts';
import { fileSearchSource } from './search-source.ts';
import { sourceStyles } from './source-styles.ts';
import { endEvent, steppedEvent } from './stepping.ts';
import { useCopyLink } from './use-copy-link.ts';
import { useDocument, useEvent } from './use-corpus.ts';
import { usePhoneLayout, useReducedMotion } from './use-media.ts';
import { useSearch } from './use-search.ts';
import { useSheetHeight } from './use-sheet-height.ts';
import {
  centredWindow,
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
 * The chart and the overview band (vis-timeline with moment and hammer.js: about 110 KB gzip, half of the
 * app's JavaScript) are their own chunks, requested when this module runs, so they download while the
 * corpus does and the first paint (header, loading state) does not wait for them. Until they arrive their
 * boxes hold their place.
 */
const timelineModule = import('../timeline/timeline-view.tsx');
const overviewModule = import('../timeline/overview-band.tsx');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));
const OverviewBand = lazy(() => overviewModule.then((m) => ({ default: m.OverviewBand })));

export interface CorpusExplorerProps {
  data: CorpusIndexData;
  source: CorpusSource;
  store: UrlStore;
  reloadError: string | null;
}

/**
 * How many labels a label's width of chart holds before a dense period counts the rest: about the
 * rows the chart shows before it scrolls (max(320px, min(64vh, 620px)) over ~27 px rows; the phone's
 * labels are shorter and its chart lower).
 */
const DENSITY: ChartDensity = { cap: MAX_SHOWN_EVENTS, cellPx: 150, labelPx: 300, perCell: 16, minRangePx: 110 };
const PHONE_DENSITY: ChartDensity = { cap: MAX_SHOWN_EVENTS, cellPx: 90, labelPx: 170, perCell: 12, minRangePx: 80 };

const NOTHING: ReadonlySet<string> = new Set();

/** Whether a key press should be left to a text field. */
const typingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The composition root of a loaded corpus: URL state in, timeline + overview + list + details (or
 * the article) out. What is shown is derived from the URL, the corpus and the search through one
 * seam (`visibleEvents`) and `resolveView`, so reload, Back and shared links reproduce it; user
 * actions are the URL store's named actions.
 */
export function CorpusExplorer({ data, source, store, reloadError }: CorpusExplorerProps) {
  const { state, notices: urlNotices, corrections } = useUrlSnapshot(store);
  const index = useMemo(() => buildCorpusIndex(data), [data]);
  // Read once: the first view is framed for the width the page opened at (a resize keeps the window).
  const [labelShare] = useState(() => labelShareFor(document.documentElement.clientWidth));
  const reducedMotion = useReducedMotion();
  const phone = usePhoneLayout();
  const [theme, setTheme] = useTheme();
  const [hintShown, dismissHint] = useFirstVisitHint();

  // --- search: loaded on the first query, from the index built with the corpus
  const searchSource = useMemo(() => fileSearchSource(data), [data]);
  const search = useSearch(searchSource, state.query);
  const matches = useMemo(
    (): ReadonlySet<string> | null =>
      state.query === '' ? null
      : search.status === 'ready' ? search.ids
      : search.status === 'loading' ? (search.previous ?? NOTHING)
      : NOTHING,
    [state.query, search],
  );
  const words = useMemo(() => parseQuery(state.query), [state.query]);
  const highlight = useMemo(
    () => (words.length === 0 ? undefined : (text: string): TextRanges => matchRanges(text, words)),
    [words],
  );

  // --- the one seam: which events are shown
  const query = useMemo((): EventQuery => ({ filters: state.filters, matches }), [state.filters, matches]);
  const visible = useMemo(() => visibleEvents(index, query), [index, query]);
  const facets = useMemo(() => facetCounts(index, query), [index, query]);
  const framing = useMemo(() => framingOf(visible.events, labelShare), [visible, labelShare]);
  const maxDays = useMemo(() => maxWindowDays(index.events, labelShare), [index, labelShare]);
  const resolved = useMemo(() => resolveView(index, visible, state, framing), [index, visible, state, framing]);
  const { selected, view } = resolved;
  const selectedId = selected?.id ?? null;

  // --- sources, items, lanes
  const styles = useMemo(() => sourceStyles(index.documents), [index]);
  const sources = useMemo(
    (): SourceInfo[] =>
      index.documents.map((d) => ({ id: d.id, title: d.title, publisher: d.publisher ?? null, slot: styles.get(d.id)?.slot ?? 0, name: styles.get(d.id)?.name ?? d.title })),
    [index, styles],
  );
  const sourceById = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  // With one document there is nothing to tell apart: the list names no source.
  const sourceOf = useCallback((docId: string) => (sources.length > 1 ? sourceById.get(docId) : undefined), [sourceById, sources]);
  const shownSources = useMemo(() => shownDocuments(index.documents, state.filters), [index, state.filters]);
  const lanes = useMemo(() => lanesFor(state.lanes, index, visible.events, styles), [state.lanes, index, visible, styles]);
  const itemStyle = useMemo(
    (): ItemStyle => ({
      sourceOf: (docId) => styles.get(docId),
      showSourceNames: index.documents.length > 1 && state.lanes !== 'document' && state.lanes !== 'publisher',
      lanesOf: lanes?.lanesOf ?? null,
      laneSourceOf: lanes?.laneSourceOf,
      describeDate: describeEventDate,
      markLabel: highlight,
    }),
    [styles, index, lanes, state.lanes, highlight],
  );
  const items = useMemo(() => toTimelineItemList(visible.events, itemStyle), [visible, itemStyle]);
  const listEntries = useMemo(
    () => (state.order === 'key' ? [...visible.events].sort((a, b) => rankOf(b) - rankOf(a)) : visible.events),
    [visible, state.order],
  );

  const timelineRef = useRef<TimelineViewHandle>(null);
  const overviewRef = useRef<OverviewHandle>(null);
  const listRef = useRef<EventListHandle>(null);
  const detailsRef = useRef<HTMLElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** Whether the current selection was made from the chart (click or key), so closing returns there. */
  const openedFromChart = useRef(false);
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  const resolvedWindow = resolved.window;
  const currentWindow = useCallback(
    (): DayWindow | null => timelineRef.current?.getWindow() ?? resolvedWindow,
    [resolvedWindow],
  );

  /** A selection made in the list, to bring into the chart's view (vertically too) once drawn. */
  const revealInChart = useRef<string | null>(null);
  const select = useCallback(
    (id: string) => {
      const event = index.eventById.get(id);
      if (!event) return;
      const window = currentWindow();
      openedFromChart.current = timelineRef.current?.hasFocus() ?? false;
      revealInChart.current = openedFromChart.current ? null : id;
      store.selectEvent(id, window ? windowShowing(window, event) : null);
    },
    [index, currentWindow, store],
  );
  useEffect(() => {
    if (selectedId === null || revealInChart.current !== selectedId) return undefined;
    revealInChart.current = null;
    // vis draws the new window and selection over the next frames.
    const timer = setTimeout(() => timelineRef.current?.reveal(selectedId), 350);
    return () => clearTimeout(timer);
  }, [selectedId]);

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
    if (openedFromChart.current && view !== 'list') timelineRef.current?.focus();
    else listRef.current?.focusEvent(selectedId);
  }, [selectedId, currentWindow, store, view]);

  /** Zooms around the selection when it is in view, else around the events in view. */
  const zoom = (factor: number): void => {
    const window = currentWindow();
    if (!window) return;
    const centre =
      (selected && showsEvent(window, selected) ? selected.start : centreOfEventsIn(window, visible.events)) ??
      addDays(window.from, Math.floor(windowDays(window) / 2));
    store.setWindow(widenWindow(zoomAround(window, factor, centre, maxDays), MIN_WINDOW_DAYS));
  };
  /** A count was clicked: show its period, or (a period wider than the window) zoom in around it. */
  const zoomTo = useCallback(
    (period: DayWindow): void => {
      const window = currentWindow();
      if (!window) return;
      const from = compareDays(period.from, window.from) > 0 ? period.from : window.from;
      const to = compareDays(period.to, window.to) < 0 ? period.to : window.to;
      const target = compareDays(from, to) < 0 ? { from, to } : period;
      const next =
        windowDays(target) >= windowDays(window) * 0.8
          ? zoomAround(window, 0.5, addDays(target.from, Math.floor(windowDays(target) / 2)), maxDays)
          : target;
      store.setWindow(widenWindow(next, MIN_WINDOW_DAYS));
    },
    [store, currentWindow, maxDays],
  );
  const fitAll = (): void => {
    const window = fitWindow(visible.events, labelShare);
    if (window) store.setWindow(window);
  };
  const stepTo = (event: IndexedEvent | null): void => {
    if (event && event.id !== selectedId) select(event.id);
  };
  const showArticle = useCallback(
    (id: string, docId: string | null = null) => store.showArticle(id, currentWindow(), docId),
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
    document.title = where === null ? M.appName : `${isolate(shortenText(where, MAX_TITLE_CHARS))} – ${M.appName}`;
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

  // --- the phone's bottom sheet: resizable, and never over the selected item
  const [sheetTall, setSheetTall] = useState(false);
  const sheetPx = useSheetHeight(detailsRef, selected !== null && !showsArticle, phone);
  useEffect(() => {
    if (!phone || sheetPx === 0 || view === 'list' || selectedId === null) return undefined;
    let frame = 0;
    let tries = 0;
    const lift = (): void => {
      const box = timelineRef.current?.selectedBox();
      if (!box) {
        // vis draws the selection a frame or two after the URL changed.
        if ((tries += 1) < 20) frame = requestAnimationFrame(lift);
        return;
      }
      const limit = window.innerHeight - sheetPx - 8;
      if (box.bottom > limit) window.scrollBy({ top: Math.min(box.bottom - limit, Math.max(0, box.top - 8)) });
    };
    frame = requestAnimationFrame(lift);
    return () => cancelAnimationFrame(frame);
  }, [phone, sheetPx, selectedId, view]);
  // Desktop: the details column is sticky; bring its top into view when it is above the fold.
  useEffect(() => {
    if (phone || selectedId === null) return;
    const box = detailsRef.current?.getBoundingClientRect();
    if (box && (box.top > window.innerHeight - 120 || box.bottom < 0)) detailsRef.current?.scrollIntoView({ block: 'nearest' });
  }, [phone, selectedId]);

  // --- keys anywhere: Escape steps back, ? opens the keyboard map, / goes to the search
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        if (helpOpen) return; // the dialog closes itself
        if (showsArticle) backToTimeline();
        else if (selectedId !== null) closeDetails();
        return;
      }
      if (typingIn(event.target)) return;
      if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === '/') {
        event.preventDefault();
        searchRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showsArticle, selectedId, closeDetails, backToTimeline, helpOpen]);

  const { copyLink, copyStatus } = useCopyLink(store);

  // --- notices: link parts that were dropped, and what the corpus could not give; dismissing hides this set
  const messages = useMemo(() => mergeNotices(urlNotices, [...corrections, ...resolved.notices]), [urlNotices, corrections, resolved.notices]);
  // A window far past the events is shown corrected; the address follows, so Copy link and reload show the same.
  const { windowCorrection } = resolved;
  useEffect(() => {
    if (windowCorrection !== null && resolvedWindow !== null) store.correctWindow(resolvedWindow, windowCorrection);
  }, [windowCorrection, resolvedWindow, store]);
  const [dismissed, setDismissed] = useState('');
  const shownMessages = messages.join('\n') === dismissed ? [] : messages;

  // --- search box status and Previous/Next through the matches (in date order)
  const position = selectedId === null ? undefined : visible.positionById.get(selectedId);
  const searchStatus: SearchStatus =
    state.query === '' ? { kind: 'idle' }
    : search.status === 'failed' ? { kind: 'failed', reason: search.reason }
    : search.status === 'ready' ? { kind: 'ready', count: visible.events.length, total: visible.total, position: position === undefined ? null : position + 1 }
    : { kind: 'loading' };
  const stepMatch = (direction: -1 | 1): void => {
    const events = visible.events;
    if (events.length === 0) return;
    const at = position ?? (direction === 1 ? -1 : events.length);
    const next = events[(at + direction + events.length) % events.length];
    if (next) select(next.id);
  };

  // --- filters
  const setFilters = store.setFilters;
  const filters = state.filters;
  const narrowed = activeFilterCount(filters) > 0 || state.query !== '';
  const clearNarrowing = (): void => store.clearNarrowing(NO_FILTERS);
  const toggleSource = useCallback(
    (id: string, show: boolean) => setFilters(withDocuments(index.documents, filters, [id], show)),
    [setFilters, index, filters],
  );

  // --- details and article
  // The index holds no quote text (the split layout): the selected event's quotes come from the source.
  const quotedSelection = useEvent(source, selected?.id ?? null);
  const detailSources = useMemo((): DetailSource[] => {
    if (!selected || !quotedSelection || quotedSelection.id !== selected.id) return [];
    return quotedSelection.sources.flatMap((s, i) => {
      const doc = index.documentById.get(s.docId);
      const info = sourceById.get(s.docId);
      if (!doc || !info) return [];
      const own = sourceDateLabel(selected, i);
      return [
        {
          source: s,
          document: info,
          publishedLabel: formatDay(doc.published),
          ownDateLabel: own !== null && own !== describeEventDate(selected) && selected.sources.length > 1 ? own : null,
          articleHref: serializeUrlState({ ...state, event: selected.id, date: null, view: 'article', read: s.docId }) || '?',
          originalHref: doc.source ?? null,
        },
      ];
    });
  }, [selected, quotedSelection, index, state, sourceById]);

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

  // --- what lies outside the window, so nothing is invisible without a hint
  const windowNow = resolved.window;
  const outside = useMemo(
    (): OutsideWindow => (windowNow ? outsideWindow(visible.events, windowNow) : { before: 0, after: 0, previous: null, next: null }),
    [visible, windowNow],
  );
  const panTo = (event: IndexedEvent | null): void => {
    const window = currentWindow();
    if (event && window) store.setWindow(centredWindow(event.start, windowDays(window), maxDays));
  };

  // Memoised: a new span object on every render made the overview rebuild its histogram over every
  // event on each pan (2 s of a scripted zoom/pan at 100,000 events).
  const overviewSpan = useMemo(() => (framing.defaultWindow ? (fitWindow(visible.events) ?? null) : null), [framing, visible]);
  const span = visible.events.length > 0 ? { first: visible.events[0]?.start ?? '', last: visible.events.at(-1)?.start ?? '' } : null;
  const emptyMessage = narrowed ? `${state.query !== '' ? M.search.none(state.query) : M.filters.nothingLeft} ${activeFilterCount(filters) > 0 ? M.search.noneFiltered : M.search.noneHint}` : M.list.empty;
  const clearButton = narrowed ? (
    <button type="button" className="sl-button" onClick={clearNarrowing}>
      {M.filters.clearSearchAndFilters}
    </button>
  ) : null;

  const listView = view === 'list';
  const header = (
    <AppHeader
      onCopyLink={copyLink}
      copyStatus={copyStatus}
      search={
        <SearchBox
          inputRef={searchRef}
          value={state.query}
          onChange={(text) => store.setQuery(text)}
          onSubmit={(text) => store.setQuery(text, { immediate: true })}
          status={searchStatus}
          onPrevious={() => stepMatch(-1)}
          onNext={() => stepMatch(1)}
        />
      }
      actions={
        <>
          <FilterToggle open={filtersOpen} active={activeFilterCount(filters)} controls={filtersId} onToggle={() => setFiltersOpen((o) => !o)} />
          <ThemeToggle mode={theme} onChange={setTheme} />
          <HelpButton onOpen={() => setHelpOpen(true)} />
        </>
      }
    />
  );

  return (
    <>
      {header}
      {reloadError !== null && (
        <div className="sl-alert" role="alert">
          {M.reloadFailed(reloadError)}
        </div>
      )}
      <NoticeList
        messages={shownMessages}
        onDismiss={() => {
          setDismissed(messages.join('\n'));
          store.dismissNotices();
        }}
      />
      {hintShown && !showsArticle && <FirstVisitHint onDismiss={dismissHint} />}
      {/* Selecting keeps focus where it is (the chart or the list, so arrow keys go on working): this
          polite live region tells a screen reader what was selected. */}
      <p className="sl-visually-hidden" aria-live="polite">
        {selected ? (
          <>
            {M.announce.selectedPrefix}
            <bdi>{selected.title}</bdi>, {describeEventDate(selected)}
          </>
        ) : (
          ''
        )}
      </p>
      <KeyboardHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      {filtersOpen && !showsArticle && (
        <div className="sl-filters-wrap">
          <FilterPanel
            id={filtersId}
            filters={filters}
            facets={facets}
            sources={sources}
            shownSources={shownSources}
            actors={index.data.actors}
            shown={visible.events.length}
            total={visible.total}
            span={span ? { from: span.first, to: span.last } : null}
            onSources={(ids, show) => setFilters(withDocuments(index.documents, filters, ids, show))}
            onPrecision={(p, on) => setFilters({ ...filters, precision: withOption(PRECISION_CLASSES, filters.precision, p, on) })}
            onTiming={(t, on) => setFilters({ ...filters, timing: withOption(TIMINGS, filters.timing, t, on) })}
            onActor={(id, on) => setFilters({ ...filters, actors: withActor(filters.actors, id, on) })}
            onRange={(from, to) => setFilters({ ...filters, range: from === null && to === null ? null : { from, to } })}
            onClear={() => setFilters(NO_FILTERS)}
          />
        </div>
      )}
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
              highlight={highlight}
              onSelect={(id) => store.selectEvent(id, null)}
              onBack={backToTimeline}
            />
          ) : article.status === 'failed' ? (
            <div className="sl-alert" role="alert">
              {M.articleFailed(article.reason)}
            </div>
          ) : (
            <p className="sl-loading" role="status">
              {M.loadingArticle}
            </p>
          )}
        </main>
      ) : (
        <main className={['sl-main', 'sl-main--explorer', selected ? 'sl-main--with-details' : '', listView ? 'sl-main--list' : ''].join(' ')}>
          <div className="sl-primary">
            <section className={listView ? 'sl-timeline sl-timeline--hidden' : 'sl-timeline'} aria-label={M.timeline.region} hidden={listView}>
              <div className="sl-timeline__bar">
                <ViewSwitch view="timeline" onChange={(v) => store.showView(v)} />
                <LaneSelect lanes={state.lanes} onChange={(l) => store.setLanes(l)} actorsKnown={index.data.actors.length > 0} />
                <ZoomControls onZoomIn={() => zoom(0.5)} onZoomOut={() => zoom(2)} onFit={fitAll} disabled={visible.events.length === 0} />
              </div>
              <div className="sl-timeline__frame">
                <Suspense fallback={<div className="sl-timeline__chart" aria-busy="true" />}>
                  <TimelineView
                    handleRef={timelineRef}
                    label={M.timeline.chart}
                    items={items}
                    lanes={lanes?.lanes ?? null}
                    density={phone ? PHONE_DENSITY : DENSITY}
                    window={resolved.window}
                    selectedEventId={selectedId}
                    minDays={MIN_WINDOW_DAYS}
                    maxDays={maxDays}
                    reducedMotion={reducedMotion}
                    onSelect={select}
                    onWindowChange={(window) => store.setWindow(window, { byUser: true })}
                    onLiveWindow={(window) => overviewRef.current?.showWindow(window)}
                    onZoomTo={zoomTo}
                    onKey={onChartKey}
                    renderNote={(shown) =>
                      shown.countedBy !== null && shown.counted > 0 ? <p className="sl-timeline__note">{M.timeline.counted(shown.counted, shown.inWindow)}</p> : null
                    }
                  />
                </Suspense>
                {visible.events.length === 0 && (
                  <div className="sl-timeline__empty" role="status">
                    <p>{emptyMessage}</p>
                    {clearButton}
                  </div>
                )}
              </div>
                <div className="sl-timeline__outside" aria-label={M.timeline.outsideLabel} role="group">
                  {outside.before > 0 && (
                    <button type="button" className="sl-button sl-button--quiet" onClick={() => panTo(outside.previous)}>
                      {M.timeline.earlier(outside.before)}
                    </button>
                  )}
                  {outside.after > 0 && (
                    <button type="button" className="sl-button sl-button--quiet sl-timeline__later" onClick={() => panTo(outside.next)}>
                      {M.timeline.later(outside.after)}
                    </button>
                  )}
                </div>
              <Suspense fallback={<div className="sl-overview" aria-busy="true" />}>
                <OverviewBand
                  handleRef={overviewRef}
                  items={items}
                  span={overviewSpan}
                  window={resolved.window}
                  reducedMotion={reducedMotion}
                  label={M.timeline.overview}
                  summary={span ? M.timeline.overviewSummary(visible.events.length, formatDay(span.first), formatDay(span.last)) : ''}
                  onBrush={(window, final) => {
                    timelineRef.current?.moveTo(window);
                    if (final) store.setWindow(window);
                  }}
                  onJump={(day) => {
                    const window = currentWindow();
                    if (window) store.setWindow(centredWindow(day, windowDays(window), maxDays));
                  }}
                />
              </Suspense>
              <SourceLegend
                sources={sources}
                shownSources={shownSources}
                counts={facets.documents}
                onToggle={toggleSource}
              />
            </section>
            {listView && (
              <div className="sl-list-bar">
                <ViewSwitch view="list" onChange={(v) => store.showView(v)} />
              </div>
            )}
            <EventList
              ref={listRef}
              entries={listEntries}
              order={state.order}
              onOrder={(o) => store.setOrder(o)}
              sourceOf={sourceOf}
              highlight={highlight}
              emptyMessage={emptyMessage}
              emptyAction={clearButton}
              selectedId={selectedId}
              onSelect={select}
              coveredBottomPx={sheetPx}
            />
          </div>
          <div className="sl-secondary">
            {selected ? (
              <DetailPanel
                ref={detailsRef}
                eventId={selected.id}
                title={selected.title}
                dateLabel={describeEventDate(selected)}
                uncertain={selected.uncertain}
                disagreement={dateDisagreement(selected)}
                actors={selected.actors.map((a) => index.actorById.get(a)?.name ?? a)}
                sources={detailSources}
                highlight={highlight}
                onReadArticle={(docId) => showArticle(selected.id, docId === selected.sources[0]?.docId ? null : docId)}
                onClose={closeDetails}
                handle={
                  phone ? (
                    <button
                      type="button"
                      className="sl-details__handle"
                      aria-label={sheetTall ? M.details.collapse : M.details.expand}
                      aria-expanded={sheetTall}
                      onClick={() => setSheetTall((t) => !t)}
                    >
                      <span aria-hidden="true" />
                    </button>
                  ) : null
                }
                tall={phone && sheetTall}
              />
            ) : (
              <p className="sl-details-hint sl-muted">{M.details.hint}</p>
            )}
          </div>
        </main>
      )}
      <footer className="sl-footer">
        <CorpusWarnings warnings={index.data.warnings} />
        <p className="sl-muted">{M.footer(index.documents.length, index.events.length)}</p>
      </footer>
    </>
  );
}
