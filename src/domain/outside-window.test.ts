import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDays } from './calendar.ts';
import type { IndexedEvent } from './corpus-index.ts';
import type { DayWindow } from './day-window.ts';
import { outsideWindow, type OutsideWindow } from './outside-window.ts';
import { testEvent as event } from './test-events.ts';

/** The definition, one event at a time. */
function scanned(events: readonly IndexedEvent[], window: DayWindow): OutsideWindow {
  let before = 0;
  let after = 0;
  let previous: IndexedEvent | null = null;
  let next: IndexedEvent | null = null;
  for (const e of events) {
    if (compareDays(e.end ?? e.start, window.from) < 0) {
      before += 1;
      previous = e;
    } else if (compareDays(e.start, window.to) >= 0) {
      after += 1;
      next ??= e;
    }
  }
  return { before, after, previous, next };
}

describe('outsideWindow', () => {
  it('counts the events before and after, a range reaching in counting as neither', () => {
    const events = [
      event('old', '2022-11-01'),
      event('long', '2022-11-05', { end: '2022-12-20' }),
      event('inside', '2022-12-12'),
      event('late', '2023-01-02'),
      event('later', '2023-02-01'),
    ];
    expect(outsideWindow(events, { from: '2022-12-01', to: '2023-01-01' })).toEqual({ before: 1, after: 2, previous: events[0], next: events[3] });
    expect(outsideWindow(events, { from: '2020-01-01', to: '2020-02-01' })).toEqual({ before: 0, after: 5, previous: null, next: events[0] });
  });

  it('agrees with a scan over every event', () => {
    const anEvent = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }));
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 60 }), fc.integer({ min: -10, max: 220 }), fc.integer({ min: 1, max: 60 }), (specs, from, width) => {
        const events = specs
          .map(([start, length], i) => {
            const day = addDays('2020-01-01', start);
            return event(`e${i}`, day, { end: length === null ? null : addDays(day, length) });
          })
          .sort((a, b) => compareDays(a.start, b.start) || compareDays(a.end ?? a.start, b.end ?? b.start));
        const window = { from: addDays('2020-01-01', from), to: addDays('2020-01-01', from + width) };
        expect(outsideWindow(events, window)).toEqual(scanned(events, window));
      }),
    );
  });
});
