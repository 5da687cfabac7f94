import type { TimelineEvent } from '../domain/corpus.ts';
import { addDays, type IsoDay } from '../domain/calendar.ts';

/**
 * One event as the timeline shows it: plain data (day strings, no Dates, no DOM), so mapping and
 * diffing stay pure and cheap. The hook turns it into a vis item at the DataSet boundary.
 */
export interface TimelineItem {
  /** The event id; also written as `data-event-id` on the item's content element. */
  id: string;
  /** The label, plain text (the event title). Rendered with textContent, never as HTML. */
  label: string;
  /** `aggregate`: a count of events in a period (see item-window.ts), drawn as a range that zooms in when clicked. */
  kind: 'point' | 'range' | 'aggregate';
  /** First day. */
  start: IsoDay;
  /** For ranges: the day *after* the last day, because vis draws ranges up to `end` exclusive. */
  endExclusive: IsoDay | null;
  /** `sl-item--exact` (the day is stated) or `sl-item--approximate`, plus modifiers. */
  className: string;
  /** Reported events get a visible "reported" marker: the text gives no date of their own. */
  reported: boolean;
  /** Tooltip, when it should say more than the label (aggregates: "1,234 events in December 2022: click to zoom in"). */
  title?: string;
}

/** An item is drawn exact only when the text states its day; anything coarser is hatched. */
function isExact(event: TimelineEvent): boolean {
  return event.precision === 'day';
}

export function toTimelineItem(event: TimelineEvent): TimelineItem {
  const isRange = event.end !== null && event.end > event.start;
  const classes = ['sl-item', isExact(event) ? 'sl-item--exact' : 'sl-item--approximate'];
  if (event.precision === 'reported') classes.push('sl-item--reported');
  if (event.timing === 'ongoing') classes.push('sl-item--ongoing');
  if (event.timing === 'future') classes.push('sl-item--future');
  return {
    id: event.id,
    label: event.title,
    kind: isRange ? 'range' : 'point',
    start: event.start,
    endExclusive: isRange && event.end !== null ? addDays(event.end, 1) : null,
    className: classes.join(' '),
    reported: event.precision === 'reported',
  };
}

/** Maps events to timeline items, O(n). */
export function toTimelineItems(events: readonly TimelineEvent[]): TimelineItem[] {
  return events.map(toTimelineItem);
}

export interface ItemDiff {
  add: TimelineItem[];
  update: TimelineItem[];
  remove: string[];
}

function sameItem(a: TimelineItem, b: TimelineItem): boolean {
  return (
    a.label === b.label &&
    a.kind === b.kind &&
    a.start === b.start &&
    a.endExclusive === b.endExclusive &&
    a.className === b.className &&
    a.reported === b.reported &&
    a.title === b.title
  );
}

/**
 * What to tell the DataSet so it holds `next` instead of `prev`: O(n) with one Map, so a refetched
 * corpus (or, later, a moved viewport) touches only the items that changed.
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
    else if (!sameItem(old, item)) update.push(item);
  }
  const remove = [...before.keys()].filter((id) => !seen.has(id));
  return { add, update, remove };
}
