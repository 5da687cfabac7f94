/**
 * Every word the UI says, in one place, ready for translation: a translation is another object of
 * this shape (the date locale in locale.ts follows the language the words are in). Document-derived
 * text is never part of a message template's own words: it comes in as an argument, and every
 * argument taken from a document or a link (titles, names, publishers, ids, parameters, the search)
 * is bidi-isolated where it is composed (`isolate`), so it cannot reorder the words around it.
 */
import { isolate } from './bidi.ts';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const M = {
  count,
  /** What an event rests on: "3 articles", "7 quotes from 1 article", "5 quotes from 3 articles". */
  reports: (quotes: number, articles: number) =>
    quotes <= articles ? count(articles, 'article', 'articles') : `${count(quotes, 'quote', 'quotes')} from ${count(articles, 'article', 'articles')}`,
  appName: 'Sourceline',
  loading: 'Loading events…',
  loadingArticle: 'Loading the article…',
  loadFailed: 'The timeline could not be shown.',
  articleFailed: (reason: string) => `The article could not be shown: ${reason}`,
  reloadFailed: (reason: string) => `Could not reload the events: ${reason}. Showing the last good version.`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkNotCopied: 'Could not copy the link; copy it from the address bar',
  dismiss: 'Dismiss',
  footer: (documents: number, events: number) => `${count(documents, 'document', 'documents')}, ${count(events, 'event', 'events')}`,
  /** Say what is counted: "1 file was skipped", "2 files were skipped · 3 notes", "1 note on the documents". */
  warningCount: (skipped: number, notes: number) =>
    [
      skipped > 0 ? `${count(skipped, 'file', 'files')} ${skipped === 1 ? 'was' : 'were'} skipped` : '',
      notes > 0 ? (skipped > 0 ? count(notes, 'note', 'notes') : `${count(notes, 'note', 'notes')} on the documents`) : '',
    ]
      .filter((part) => part !== '')
      .join(' · '),

  theme: {
    label: 'Colour scheme',
    auto: 'Auto',
    light: 'Light',
    dark: 'Dark',
    /** The toggle's name says what it shows now. */
    button: (mode: 'auto' | 'light' | 'dark') => `Colour scheme: ${mode === 'auto' ? 'as the system' : mode}`,
  },

  search: {
    label: 'Search events',
    placeholder: 'Search events, quotes, sources…',
    clear: 'Clear search',
    previous: 'Previous match',
    next: 'Next match',
    loading: 'Searching…',
    failed: (reason: string) => `Search is unavailable: ${reason}`,
    matches: (n: number, total: number) => `${count(n, 'event matches', 'events match')} of ${total.toLocaleString('en')}`,
    position: (at: number, n: number) => `${at.toLocaleString('en')} of ${n.toLocaleString('en')}`,
    none: (query: string) => `No events match “${isolate(query)}”.`,
    noneFiltered: 'Clear the filters to search every event.',
    noneHint: 'Try fewer or other words.',
  },

  filters: {
    button: 'Filters',
    buttonActive: (n: number) => `Filters (${n})`,
    title: 'Filter events',
    clearAll: 'Clear all filters',
    clearSearchAndFilters: 'Clear search and filters',
    sources: 'Sources',
    precision: 'Date precision',
    timing: 'Timing',
    actors: 'People, organisations and places',
    noActors: 'No people, organisations or places are named yet.',
    range: 'Date range',
    from: 'From',
    to: 'To',
    clearRange: 'Any date',
    showing: (n: number, total: number) => `Showing ${n.toLocaleString('en')} of ${count(total, 'event', 'events')}`,
    noPublisher: 'No publisher named',
    onlyThis: 'Only this',
    showAll: 'Show all',
    precisionNames: { exact: 'Exact day', approximate: 'Approximate (month, year, range)', reported: 'Reported, date not stated' },
    timingNames: { past: 'Past', ongoing: 'Ongoing', future: 'Future (expected)' },
    nothingLeft: 'No events match these filters.',
  },

  lanes: {
    label: 'Lanes',
    none: 'One lane',
    document: 'By document',
    publisher: 'By publisher',
    actor: 'By actor',
    noActor: 'No actor named',
    noPublisher: 'No publisher',
  },

  views: { label: 'Show', timeline: 'Timeline', list: 'List' },

  timeline: {
    region: 'Timeline',
    chart: 'Timeline chart: arrow keys step through events, + and − zoom, Enter opens the article, ? lists every key',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit all events',
    zoomGroup: 'Timeline zoom',
    outsideLabel: 'Events outside the window',
    earlier: (n: number) => `← ${count(n, 'earlier event', 'earlier events')}`,
    later: (n: number) => `${count(n, 'later event', 'later events')} →`,
    counted: (counted: number, inWindow: number) =>
      `${counted.toLocaleString('en')} of ${inWindow.toLocaleString('en')} events here are counted in boxes: dense periods show their key events first. Click a box or zoom in to see the rest.`,
    empty: 'No events to draw.',
    overview: 'Overview of all events',
    overviewSummary: (n: number, from: string, to: string) => `${count(n, 'event', 'events')} from ${from} to ${to}. Drag the highlighted window to move the timeline.`,
  },

  legend: {
    title: 'Sources and key',
    sources: 'Sources',
    toggle: (name: string, shown: boolean) => `${shown ? 'Hide' : 'Show'} events from ${isolate(name)}`,
    events: (n: number) => count(n, 'event', 'events'),
    more: (n: number) => `and ${count(n, 'more source', 'more sources')} (Filters lists them all)`,
    key: 'How events are drawn',
    exact: 'day stated',
    approximate: 'approximate, month or year',
    reported: 'reported, date not stated',
    past: 'past',
    ongoing: 'ongoing (until publication)',
    future: 'future (expected)',
    uncertain: 'date uncertain',
    articleCount: 'articles reporting it',
    quoteCount: 'quotes from one article',
  },

  badges: {
    reported: 'reported: date not stated',
    uncertain: 'date uncertain',
  },

  list: {
    region: 'Events',
    title: 'Events',
    empty: 'No dated events were found in the documents.',
    emptyFiltered: 'No events match the search or filters.',
    order: 'Order',
    byDate: 'By date',
    keyFirst: 'Key events first',
  },

  details: {
    region: 'Event details',
    close: 'Close details',
    hint: 'Select an event to see the sentences it comes from, and their sources.',
    readInArticle: 'Read in article',
    original: 'Original article',
    originalNewTab: '(opens in a new tab)',
    published: (publisher: string | null, day: string) => (publisher === null ? `published ${day}` : `${isolate(publisher)} · published ${day}`),
    datedBy: 'Dated by:',
    disagreement: 'The sources give different dates:',
    disagreementPart: (n: number, label: string) => `${count(n, 'source', 'sources')}: ${label}`,
    uncertain: 'This date is uncertain: the sources disagree, or it could not be confirmed.',
    actors: 'Named',
    resize: 'Resize details',
    expand: 'Show more of the details',
    collapse: 'Show less of the details',
  },

  article: {
    region: 'Article',
    back: 'Back to timeline',
    selected: 'Selected:',
    /** After the publisher ("Le Figaro, "), when there is one. */
    published: (day: string) => `published ${day}`,
    selectEvent: (title: string) => `Select: ${isolate(title)}`,
    eventDescription: (title: string) => `Event: ${isolate(title)}`,
    selectedDescription: (title: string) => `Selected event: ${isolate(title)}`,
    original: 'Original article',
  },

  announce: {
    /** Followed by the event's title (bidi-isolated) and its date. */
    selectedPrefix: 'Selected: ',
  },

  help: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    close: 'Close',
    inChart: 'In the timeline chart',
    anywhere: 'Anywhere',
    inList: 'In the Events list',
    keys: {
      // Keys of one row are separated by "|".
      step: ['←|→', 'Previous / next event (from what is in view)'],
      ends: ['Home|End', 'First / last event'],
      zoom: ['+|−', 'Zoom in / out around the selection'],
      page: ['Page Up|Page Down', 'Move the window earlier / later'],
      open: ['Enter', 'Read the selected event in its article'],
      back: ['Esc', 'Step back: leave the article, close the details'],
      search: ['/', 'Search events'],
      help: ['?', 'This list'],
      listMove: ['↑|↓|Home|End', 'Move between events'],
      listOpen: ['Enter', 'Select the event'],
    },
  },

  hint: {
    text: 'Drag the timeline to move through time, Ctrl + scroll or pinch to zoom, and click an event to read the sentences it comes from. Press ? for the keyboard.',
    dismiss: 'Got it',
  },

  notices: {
    ignoredOne: (param: string, value: string, reason: string) => `Ignored ${isolate(`${param}=${value}`)}: ${reason}.`,
    /** One part in the list of `ignoredMany`. */
    ignoredPart: (param: string, value: string, reason: string) => `${isolate(`${param}=${value}`)} (${reason})`,
    ignoredMany: (n: number, parts: string, more: number) =>
      `${n} parts of the link were ignored: ${parts}${more > 0 ? `, and ${more} more` : ''}.`,
    unknownEvent: (id: string) => `No event has the id ${isolate(id)}: it may have been removed from the corpus.`,
    dateOutside: (day: string, first: string, last: string) =>
      `No events near ${day}: the events run from ${first} to ${last}. Showing the nearest one.`,
    windowClamped: (from: string, to: string, shownFrom: string, shownTo: string) =>
      `The link's window (${from} to ${to}) reaches far past the events; showing ${shownFrom} to ${shownTo}.`,
    articleNeedsEvent: 'The article view needs a selected event; showing the timeline.',
    trimmed: 'These filters are too long to keep in a link; the link holds the view without them.',
  },
} as const;

export type Messages = typeof M;
