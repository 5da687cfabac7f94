import { isolate } from '../domain/display-text.ts';
import { addDaysWithin as addDays, dayNumber, type IsoDay } from '../domain/calendar.ts'; // an end on 9999-12-31 stays on the calendar
import type { IndexedEvent } from '../domain/corpus-index.ts';
import { M } from '../i18n/messages.ts';

/**
 * What the timeline draws, as plain data (day strings, no Dates, no DOM), so mapping and diffing stay
 * pure and cheap. The adapter turns items into vis items at the DataSet boundary.
 */

/** An icon on an item, with the words a screen reader and the tooltip give for it. */
export interface ItemBadge {
  kind: 'reported' | 'uncertain' | 'sources' | 'quotes';
  /** What is drawn: a glyph or a count. */
  glyph: string;
  /** Its text alternative ("reported: date not stated", "3 articles", "7 quotes from 1 article"). */
  text: string;
}

export interface TimelineItem {
  /** Unique among the items: the event id, `<event id>@<lane>` for an event drawn in a second lane, `#…` for others. */
  id: string;
  /** The event the item draws (written as `data-event-id` on its content), or null for counts and overview marks. */
  eventId: string | null;
  /** The label, plain text (the event title). Rendered with textContent, never as HTML. */
  label: string;
  /**
   * `point`/`range`: an event; `aggregate`: a count of events in a period (clicking zooms in);
   * overview marks: `bar` (a histogram bin), `tick` (a salient event), `brush` (the main window).
   */
  kind: 'point' | 'range' | 'aggregate' | 'bar' | 'tick' | 'brush' | 'band';
  start: IsoDay;
  /** For ranges: the day *after* the last day, because vis draws ranges up to `end` exclusive. */
  endExclusive: IsoDay | null;
  /** `sl-item--exact` (the day is stated) or `sl-item--approximate`, plus modifiers. */
  className: string;
  /** The lane (vis group) the item is drawn in, when the chart has lanes. */
  group?: string;
  /** Tooltip: the full title and what the label leaves out. */
  title?: string;
  badges?: readonly ItemBadge[];
  /** A source's short name shown before the label (when documents are told apart by name, not lane). */
  sourceName?: string;
  /** Its initials ("MH"), shown instead of the name where room is short (phones); the name stays the accessible text. */
  sourceMark?: string;
  /** A range too narrow for its label at this zoom, drawn as a point with a bar this many px wide. */
  spanPx?: number;
  /** Bars: height as a share of the tallest bar, in (0, 1]. */
  level?: number;
  /** Which items a dense period labels first (higher first): importance, then precision and sources. */
  rank?: number;
  /** Search matches in the label, `[start, end)` pairs, marked when drawn. */
  labelMarks?: ReadonlyArray<readonly [number, number]>;
}

/** How the app wants events drawn: colours and names of sources, lanes. */
export interface ItemStyle {
  /** Palette slot (0-based), short name and initials (`mark`, unique among the names) of a document. */
  sourceOf: (docId: string) => { slot: number; name: string; mark?: string } | undefined;
  /** Put the short source name in the label (off with one document, or when lanes already name sources). */
  showSourceNames: boolean;
  /** The lanes an event is drawn in (one item per lane), or null for a chart without lanes. */
  lanesOf: ((event: IndexedEvent) => readonly string[]) | null;
  /** The document an item in a lane stands for, so it takes that document's colour and name there. */
  laneSourceOf?: ((event: IndexedEvent, lane: string) => string | undefined) | undefined;
  /** Words for tooltips: the event's date in words. */
  describeDate: (event: IndexedEvent) => string;
  /** Search matches in a label, when a search is on. */
  markLabel?: ((label: string) => ReadonlyArray<{ start: number; end: number }>) | undefined;
}

/** An item is drawn exact only when the text states its day (or both days of a range). */
function isExact(event: IndexedEvent): boolean {
  return event.precision === 'day';
}

export const PLAIN_STYLE: ItemStyle = {
  sourceOf: () => undefined,
  showSourceNames: false,
  lanesOf: null,
  describeDate: (event) => event.start,
};

/** The badges of an event: reported, uncertain, and how many articles (or one article's quotes) it rests on. */
function badgesOf(event: IndexedEvent, articles: number): ItemBadge[] {
  const badges: ItemBadge[] = [];
  if (event.precision === 'reported') badges.push({ kind: 'reported', glyph: '◷', text: M.badges.reported });
  if (event.uncertain) badges.push({ kind: 'uncertain', glyph: '?', text: M.badges.uncertain });
  const quotes = event.sources.length;
  // Several articles: their number; one article quoted several times: the number of quotes, drawn apart.
  if (articles > 1) badges.push({ kind: 'sources', glyph: String(articles), text: M.reports(quotes, articles) });
  else if (quotes > 1) badges.push({ kind: 'quotes', glyph: String(quotes), text: M.reports(quotes, articles) });
  return badges;
}

/**
 * Salience first (corpus fills it: documents and publishers reporting, references, lead position);
 * among equals a stated day, then more sources.
 */
export function rankOf(event: IndexedEvent): number {
  const precision = event.precision === 'day' ? 2 : event.precision === 'reported' ? 0 : 1;
  return event.salience * 100 + precision + Math.min(event.sources.length, 9) / 10;
}

/** The day after `day` (an exclusive end), memoized: a corpus repeats a few thousand days. */
const dayAfterMemo = new Map<IsoDay, IsoDay>();
function dayAfter(day: IsoDay): IsoDay {
  let next = dayAfterMemo.get(day);
  if (next === undefined) {
    next = addDays(day, 1);
    if (dayAfterMemo.size > 50_000) dayAfterMemo.clear();
    dayAfterMemo.set(day, next);
  }
  return next;
}

/**
 * An event's item. A class, not an object literal with a getter and spreads: the app maps every shown
 * event (100,000 in the benchmark), and literals with accessors cost V8 a slow object each (4.6 s of
 * a 100,000-event mapping in a profile, loaded machine). The badges (their words count the reports)
 * and the tooltip (a date in words) are built when first read: only for the few hundred items ever
 * handed to vis (the badges of every event were half of the mapping's 1.2 s at 100,000 events). They
 * live in private fields, so a spread copy (`fitted` in item-window.ts) reads them through its item.
 */
class EventItem implements TimelineItem {
  readonly eventId: string;
  readonly label: string;
  readonly kind: 'point' | 'range';
  readonly start: IsoDay;
  readonly endExclusive: IsoDay | null;
  readonly className: string;
  readonly rank: number;
  /** Days it covers (0 for a point), computed once: `stackOrder` reads it at every comparison of a sort. */
  readonly #spanDays: number;
  declare sourceName?: string;
  declare sourceMark?: string;
  declare labelMarks?: ReadonlyArray<readonly [number, number]>;
  declare group?: string;
  readonly #lazy: LazyParts;

  constructor(
    readonly id: string,
    event: IndexedEvent,
    fields: {
      kind: 'point' | 'range';
      endExclusive: IsoDay | null;
      className: string;
      sourceName: string | undefined;
      sourceMark: string | undefined;
    },
    lazy: LazyParts,
    marks: ReadonlyArray<readonly [number, number]> | undefined,
    group: string | undefined,
  ) {
    this.eventId = event.id;
    this.label = event.title;
    this.kind = fields.kind;
    this.start = event.start;
    this.endExclusive = fields.endExclusive;
    this.className = fields.className;
    this.rank = rankOf(event);
    this.#spanDays = fields.endExclusive === null ? 0 : dayNumber(fields.endExclusive) - dayNumber(event.start);
    if (fields.sourceName !== undefined) this.sourceName = fields.sourceName;
    if (fields.sourceMark !== undefined) this.sourceMark = fields.sourceMark;
    if (marks && marks.length > 0) this.labelMarks = marks;
    if (group !== undefined) this.group = group;
    this.#lazy = lazy;
  }

  get badges(): readonly ItemBadge[] | undefined {
    const badges = this.#lazy.badges();
    return badges.length > 0 ? badges : undefined;
  }

  get title(): string {
    return this.#lazy.title();
  }

  /** The span of an event's item, or undefined for other items (counts, spread copies). */
  static spanDaysOf(item: TimelineItem): number | undefined {
    return #spanDays in item ? item.#spanDays : undefined;
  }
}

/** The parts of an event's items built on first read, once per event (its items in several lanes share them). */
interface LazyParts {
  badges: () => readonly ItemBadge[];
  title: () => string;
}

/** The items of one event: one, or one per lane it belongs to. */
export function toTimelineItems(event: IndexedEvent, style: ItemStyle = PLAIN_STYLE): TimelineItem[] {
  const isRange = event.end !== null && event.end > event.start;
  const first = event.sources[0]?.docId;
  const primary = first === undefined ? undefined : style.sourceOf(first);
  let className = isExact(event) ? 'sl-item sl-item--exact' : 'sl-item sl-item--approximate';
  if (event.precision === 'reported') className += ' sl-item--reported';
  className += ` sl-item--${event.timing}`;
  if (event.uncertain) className += ' sl-item--uncertain';
  if (primary) className += ` sl-src-${primary.slot}`;
  let docIds: string[] | undefined;
  const documentsOf = (): string[] =>
    (docIds ??= event.sources.length === 1 && first !== undefined ? [first] : [...new Set(event.sources.map((s) => s.docId))]);
  let badges: ItemBadge[] | undefined;
  let title: string | undefined;
  const lazy: LazyParts = {
    badges: () => (badges ??= badgesOf(event, documentsOf().length)),
    title: () => {
      if (title !== undefined) return title;
      const all = lazy.badges();
      const counted = all.find((b) => b.kind === 'sources' || b.kind === 'quotes');
      const sourceNames = documentsOf().map((d) => style.sourceOf(d)?.name).filter((n): n is string => n !== undefined);
      // Document text isolated, so a right-to-left override in it cannot reorder the words after it.
      title = [
        isolate(event.title),
        style.describeDate(event),
        ...(sourceNames.length > 0 ? [sourceNames.map(isolate).join(', ')] : []),
        ...all.filter((b) => b !== counted).map((b) => b.text),
        ...(counted ? [counted.text] : []),
      ].join(' · ');
      return title;
    },
  };
  const fields = {
    kind: isRange ? ('range' as const) : ('point' as const),
    endExclusive: isRange && event.end !== null ? dayAfter(event.end) : null,
    className,
    sourceName: style.showSourceNames && primary ? primary.name : undefined,
    sourceMark: style.showSourceNames && primary ? primary.mark : undefined,
  };
  const marks = style.markLabel?.(event.title).map((r) => [r.start, r.end] as const);
  const lanes = style.lanesOf?.(event) ?? null;
  if (lanes === null) return [new EventItem(event.id, event, fields, lazy, marks, undefined)];
  return lanes.map((lane, i) => {
    const id = i === 0 ? event.id : `${event.id}@${lane}`;
    const docId = style.laneSourceOf?.(event, lane);
    const own = docId === undefined ? undefined : style.sourceOf(docId);
    if (!own || !primary || (own.slot === primary.slot && own.name === primary.name)) {
      return new EventItem(id, event, fields, lazy, marks, lane);
    }
    // In a document's or publisher's lane the item is that source's report: its colour, its name.
    const laneFields = {
      ...fields,
      className: fields.className.replace(`sl-src-${primary.slot}`, `sl-src-${own.slot}`),
      sourceName: fields.sourceName === undefined ? undefined : own.name,
      sourceMark: fields.sourceName === undefined ? undefined : own.mark,
    };
    return new EventItem(id, event, laneFields, lazy, marks, lane);
  });
}

/** Maps events to timeline items, O(n). */
export function toTimelineItemList(events: readonly IndexedEvent[], style: ItemStyle = PLAIN_STYLE): TimelineItem[] {
  return events.flatMap((event) => toTimelineItems(event, style));
}

export interface ItemDiff {
  add: TimelineItem[];
  update: TimelineItem[];
  remove: string[];
}

function sameBadges(a: readonly ItemBadge[] | undefined, b: readonly ItemBadge[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => x.kind === b[i]?.kind && x.glyph === b[i]?.glyph && x.text === b[i]?.text);
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.label === b.label &&
    a.eventId === b.eventId &&
    a.kind === b.kind &&
    a.start === b.start &&
    a.endExclusive === b.endExclusive &&
    a.className === b.className &&
    a.group === b.group &&
    a.title === b.title &&
    a.sourceName === b.sourceName &&
    a.sourceMark === b.sourceMark &&
    a.spanPx === b.spanPx &&
    a.level === b.level &&
    a.rank === b.rank &&
    String(a.labelMarks ?? '') === String(b.labelMarks ?? '') &&
    sameBadges(a.badges, b.badges)
  );
}

/** Stacking tiers, top first: events whose day is stated, counts of dense periods, approximate periods. */
function stackTier(item: TimelineItem): number {
  if (item.kind === 'aggregate') return 1;
  return item.className.includes('sl-item--exact') ? 0 : 2;
}

/** Days an item covers (0 for a point): shorter approximate periods are the more precise. */
function spanDays(item: TimelineItem): number {
  const known = EventItem.spanDaysOf(item);
  if (known !== undefined) return known;
  return item.kind === 'point' || item.endExclusive === null ? 0 : dayNumber(item.endExclusive) - dayNumber(item.start);
}

/**
 * The order the chart stacks its items in, top row first. vis's default stacks by start alone, so
 * in a dense period every month-, year- or decades-long range that began before a day-precise event
 * took a row above it ("founded decades ago" across the top, the stated days below the fold). Here
 * stated days come first, then the counts of dense periods, then approximate periods, shortest
 * first; among equals the higher rank (salience), then the earlier start, then the id, so the order
 * is total and the same at every redraw (an item does not jump rows while the user pans).
 */
export function stackOrder(a: TimelineItem, b: TimelineItem): number {
  const tier = stackTier(a) - stackTier(b);
  if (tier !== 0) return tier;
  if (stackTier(a) === 2) {
    const span = spanDays(a) - spanDays(b);
    if (span !== 0) return span;
  }
  const rank = (b.rank ?? 0) - (a.rank ?? 0);
  if (rank !== 0) return rank;
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * What to tell the DataSet so it holds `next` instead of `prev`: O(n) with one Map, so a refetched
 * corpus or a moved viewport touches only the items that changed.
 */
export function diffItems(prev: readonly TimelineItem[], next: readonly TimelineItem[]): ItemDiff {
  const before = new Map<string, TimelineItem>();
  for (const item of prev) if (!before.has(item.id)) before.set(item.id, item);
  const add: TimelineItem[] = [];
  const update: TimelineItem[] = [];
  const seen = new Set<string>();
  for (const item of next) {
    // A DataSet refuses duplicate ids; the first item with an id wins.
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const old = before.get(item.id);
    if (old === undefined) add.push(item);
    else if (old !== item && !sameItem(old, item)) update.push(item);
  }
  const remove = [...before.keys()].filter((id) => !seen.has(id));
  return { add, update, remove };
}
