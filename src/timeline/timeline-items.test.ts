import { describe, expect, it, vi } from 'vitest';
import * as calendar from '../domain/calendar.ts';

// dayNumber wrapped in a spy, so a test can tell whether sorting reads dates (see 'stackOrder').
vi.mock('../domain/calendar.ts', async (original) => {
  const real = await original<typeof calendar>();
  return { ...real, dayNumber: vi.fn(real.dayNumber) };
});
import type { TimelineEvent } from '../domain/corpus.ts';
import { testEvent } from '../domain/test-events.ts';
import { diffItems, stackOrder, toTimelineItemList, toTimelineItems, type ItemStyle, type TimelineItem } from './timeline-items.ts';

const toTimelineItem = (e: TimelineEvent, style?: ItemStyle): TimelineItem => {
  const [item] = toTimelineItems(e, style);
  if (!item) throw new Error('no item');
  return item;
};

function event(overrides: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent {
  return testEvent(overrides.id, overrides.start ?? '2022-12-12', { title: `Event ${overrides.id}`, ...overrides });
}

describe('toTimelineItem', () => {
  it('draws a stated day as an exact point', () => {
    const item = toTimelineItem(event({ id: 'a' }));
    // The tooltip is a getter (built when first read), so it is read out for the comparison.
    expect({ ...item, title: item.title }).toEqual({
      id: 'a',
      eventId: 'a',
      label: 'Event a',
      kind: 'point',
      start: '2022-12-12',
      endExclusive: null,
      className: 'sl-item sl-item--exact sl-item--past',
      // Document text is bidi-isolated (FSI … PDI) in the tooltip.
      title: '\u2068Event a\u2069 · 2022-12-12',
      rank: 2.1,
    });
  });

  it('draws a month as an approximate range whose vis end is the day after its last day', () => {
    const item = toTimelineItem(event({ id: 'm', start: '2022-12-01', end: '2022-12-31', precision: 'month' }));
    expect(item.kind).toBe('range');
    expect(item.endExclusive).toBe('2023-01-01');
    expect(item.className).toBe('sl-item sl-item--approximate sl-item--past');
  });

  it('draws an ongoing span from a stated day as an exact range marked ongoing', () => {
    const item = toTimelineItem(event({ id: 'o', start: '2022-12-12', end: '2022-12-24', timing: 'ongoing' }));
    expect(item).toMatchObject({ kind: 'range', endExclusive: '2022-12-25', className: 'sl-item sl-item--exact sl-item--ongoing' });
    expect(toTimelineItem(event({ id: 'd', start: '2022-12-12', end: '2022-12-14' })).className).toContain('sl-item--exact');
  });

  it('keeps a one-day approximate interval a point, but hatched', () => {
    const item = toTimelineItem(event({ id: 'x', start: '2022-12-05', end: '2022-12-05', precision: 'approximate' }));
    expect(item.kind).toBe('point');
    expect(item.className).toContain('sl-item--approximate');
  });

  it('marks reported and uncertain events with icons that have text alternatives', () => {
    const item = toTimelineItem(event({ id: 'r', precision: 'reported', start: '2022-12-24', uncertain: true }));
    expect(item.badges?.map((b) => [b.kind, b.text])).toEqual([
      ['reported', 'reported: date not stated'],
      ['uncertain', 'date uncertain'],
    ]);
    expect(item.className).toBe('sl-item sl-item--approximate sl-item--reported sl-item--past sl-item--uncertain');
    expect(item.label).toBe('Event r');
  });

  it('counts sources, colours by the first document and names it when asked', () => {
    const source = { quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' as const } };
    const style: ItemStyle = {
      sourceOf: (docId) => ({ slot: docId === 'a' ? 3 : 5, name: docId.toUpperCase() }),
      showSourceNames: true,
      lanesOf: null,
      describeDate: () => 'December 12, 2022',
    };
    const item = toTimelineItem(event({ id: 's', sources: [{ docId: 'a', ...source }, { docId: 'b', ...source }] }), style);
    expect(item.className).toContain('sl-src-3');
    expect(item.sourceName).toBe('A');
    expect(item.badges).toEqual([{ kind: 'sources', glyph: '2', text: '2 articles' }]);
    expect(item.title).toBe('\u2068Event s\u2069 · December 12, 2022 · \u2068A\u2069, \u2068B\u2069 · 2 articles');
  });

  it('counts the quotes of a one-article event as quotes from one article, and articles where there are several', () => {
    const source = { quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' as const } };
    const style: ItemStyle = { sourceOf: () => ({ slot: 1, name: 'A', mark: 'A' }), showSourceNames: true, lanesOf: null, describeDate: () => 'December 12, 2022' };
    const seven = toTimelineItem(event({ id: 'q', sources: Array.from({ length: 7 }, () => ({ docId: 'a', ...source })) }), style);
    expect(seven.badges).toEqual([{ kind: 'quotes', glyph: '7', text: '7 quotes from 1 article' }]);
    expect(seven.title).toMatch(/ · 7 quotes from 1 article$/);
    const mixed = toTimelineItem(event({ id: 'm', sources: [{ docId: 'a', ...source }, { docId: 'a', ...source }, { docId: 'b', ...source }] }), style);
    expect(mixed.badges).toEqual([{ kind: 'sources', glyph: '2', text: '3 quotes from 2 articles' }]);
    expect(toTimelineItem(event({ id: 'o', sources: [{ docId: 'a', ...source }] }), style).badges).toBeUndefined();
  });

  it("builds a tooltip only when read, once per event, in lanes as well", () => {
    let built = 0;
    const style: ItemStyle = {
      sourceOf: () => undefined,
      showSourceNames: false,
      lanesOf: () => ['x', 'y', 'z'],
      describeDate: () => {
        built += 1;
        return 'December 12, 2022';
      },
    };
    const items = toTimelineItemList([event({ id: 'a' }), event({ id: 'b' })], style);
    expect(items).toHaveLength(6);
    expect(built).toBe(0);
    expect(items[1]?.title).toBe('\u2068Event a\u2069 · December 12, 2022');
    expect(items[0]?.title).toBe(items[1]?.title);
    expect(built).toBe(1);
  });

  it('draws an event once per lane it belongs to, with ids that stay unique', () => {
    const style: ItemStyle = { sourceOf: () => undefined, showSourceNames: false, lanesOf: () => ['x', 'y'], describeDate: () => '' };
    expect(toTimelineItems(event({ id: 'e' }), style).map((i) => [i.id, i.eventId, i.group])).toEqual([
      ['e', 'e', 'x'],
      ['e@y', 'e', 'y'],
    ]);
  });

  it("in a source's lane, an item takes that source's colour and name", () => {
    const source = { quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start: '2022-12-12', end: null, precision: 'day' as const } };
    const style: ItemStyle = {
      sourceOf: (docId) => ({ slot: docId === 'a' ? 3 : 5, name: docId.toUpperCase(), mark: `${docId.toUpperCase()}.` }),
      showSourceNames: true,
      lanesOf: () => ['doc:a', 'doc:b'],
      laneSourceOf: (_e, lane) => lane.slice(4),
      describeDate: () => '',
    };
    const items = toTimelineItems(event({ id: 's', sources: [{ docId: 'a', ...source }, { docId: 'b', ...source }] }), style);
    expect(items.map((i) => [i.group, i.className.match(/sl-src-\d/)?.[0], i.sourceName, i.sourceMark])).toEqual([
      ['doc:a', 'sl-src-3', 'A', 'A.'],
      ['doc:b', 'sl-src-5', 'B', 'B.'],
    ]);
  });

  it('keeps hostile titles as plain data (rendering uses textContent)', () => {
    const title = '<img src=x onerror="window.__pwned=1">';
    expect(toTimelineItem(event({ id: 'h', title })).label).toBe(title);
  });

  it('maps every event in order', () => {
    const items = toTimelineItemList([event({ id: 'a' }), event({ id: 'b', timing: 'future' })]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(items[1]?.className).toBe('sl-item sl-item--exact sl-item--future');
  });
});

describe('diffItems', () => {
  const a = toTimelineItem(event({ id: 'a' }));
  const b = toTimelineItem(event({ id: 'b' }));
  const c = toTimelineItem(event({ id: 'c' }));

  it('is empty when nothing changed', () => {
    expect(diffItems([a, b], [b, a])).toEqual({ add: [], update: [], remove: [] });
  });

  it('adds, updates and removes by id', () => {
    const b2: TimelineItem = { ...b, label: 'Renamed' };
    expect(diffItems([a, b], [b2, c])).toEqual({ add: [c], update: [b2], remove: ['a'] });
  });

  it('starts from nothing and ends with nothing', () => {
    expect(diffItems([], [a, b])).toEqual({ add: [a, b], update: [], remove: [] });
    expect(diffItems([a, b], [])).toEqual({ add: [], update: [], remove: ['a', 'b'] });
  });

  it('notices a changed date or class', () => {
    const moved: TimelineItem = { ...a, start: '2022-12-13' };
    const restyled: TimelineItem = { ...b, className: 'sl-item sl-item--approximate' };
    expect(diffItems([a, b], [moved, restyled]).update).toEqual([moved, restyled]);
  });

  it('keeps only the first of duplicate ids, which a DataSet would refuse', () => {
    const dup: TimelineItem = { ...a, label: 'second a' };
    expect(diffItems([], [a, dup])).toEqual({ add: [a], update: [], remove: [] });
    expect(diffItems([a], [a, dup])).toEqual({ add: [], update: [], remove: [] });
  });

  it('diffs 100k items in linear time without blowing the stack', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...a, id: `e${i}` }));
    const changed = many.map((item, i) => (i % 1000 === 0 ? { ...item, label: 'changed' } : item));
    const diff = diffItems(many, changed);
    expect(diff.update).toHaveLength(100);
    expect(diff.add).toHaveLength(0);
    expect(diff.remove).toHaveLength(0);
  });
});

describe('stackOrder', () => {
  const decades = toTimelineItem(event({ id: 'decades', start: '1990-01-01', end: '2019-12-31', precision: 'approximate' }));
  const month = toTimelineItem(event({ id: 'month', start: '2022-12-01', end: '2022-12-31', precision: 'month' }));
  const day = toTimelineItem(event({ id: 'day', start: '2022-12-12' }));
  const salientDay = toTimelineItem(event({ id: 'salient', start: '2022-12-20', salience: 5 }));
  const statedRange = toTimelineItem(event({ id: 'range', start: '2022-12-02', end: '2022-12-19' }));
  const count: TimelineItem = { id: '#count', eventId: null, label: '+40', kind: 'aggregate', start: '2022-12-05', endExclusive: '2022-12-12', className: 'sl-count' };
  const sorted = (items: TimelineItem[]) => [...items].sort(stackOrder).map((i) => i.id);

  it('puts stated days above the counts, and the counts above approximate periods, shortest first', () => {
    // By start alone (vis's default) the decades and the month would take the top rows.
    expect(sorted([decades, month, count, day, statedRange])).toEqual(['range', 'day', '#count', 'month', 'decades']);
  });

  it('reads each item\'s span computed once, not its dates at each comparison', () => {
    const periods = [decades, month, toTimelineItem(event({ id: 'year', start: '2021-01-01', end: '2021-12-31', precision: 'year' }))];
    vi.mocked(calendar.dayNumber).mockClear();
    expect(sorted([...periods, ...periods])).toEqual(['month', 'month', 'year', 'year', 'decades', 'decades']);
    expect(vi.mocked(calendar.dayNumber)).not.toHaveBeenCalled();
  });

  it('among stated days puts the more salient first, then the earlier', () => {
    expect(sorted([day, statedRange, salientDay])).toEqual(['salient', 'range', 'day']);
  });

  it('is a total order: equal items fall back to their ids, so a redraw never swaps them', () => {
    const twin: TimelineItem = { ...day, id: 'day@lane-b' };
    expect(sorted([twin, day])).toEqual(['day', 'day@lane-b']);
    expect(stackOrder(day, day)).toBe(0);
  });
});
