import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/corpus.ts';
import { addDays, daysBetween } from '../domain/calendar.ts';
import {
  CROWDED_FRAME_EVENTS,
  MAX_WINDOW_DAYS,
  centredWindow,
  fitWindow,
  initialWindow,
  maxWindowDays,
  nearestEvent,
  showsEvent,
  windowDays,
  windowForLinkedEvent,
  windowShowing,
  zoomWindow,
} from './view-window.ts';
import { testEvent as event } from '../domain/test-events.ts';

// Shaped like the seed: a 2020 ceasefire recalled among December 2022 events.
const december = [
  event('blockade', '2022-12-12', { end: '2022-12-24', timing: 'ongoing' }),
  event('call', '2022-12-23'),
  event('statement', '2022-12-22'),
  event('protest', '2022-12-14'),
  event('ceasefire', '2020-11-09'),
];

describe('fitWindow', () => {
  it('holds every event with padding', () => {
    // 775 days of events, padded by ceil(77.5) = 78 days before and ceil(232.5) + 1 = 234 after the last day.
    expect(fitWindow(december)).toEqual({ from: '2020-08-23', to: '2023-08-15' });
  });
  it('is null without events', () => {
    expect(fitWindow([])).toBeNull();
  });
  it('gives a single day some room', () => {
    const w = fitWindow([event('a', '2022-12-12')]);
    expect(w).toEqual({ from: '2022-12-11', to: '2022-12-15' });
  });
});

describe('initialWindow', () => {
  it('frames the dense December cluster instead of crushing it under a 2020 outlier', () => {
    const w = initialWindow(december);
    // Starts 12-12 .. 12-23, padded by 2 days before and 4 + 1 after.
    expect(w).toEqual({ from: '2022-12-10', to: '2022-12-28' });
    for (const e of december.filter((x) => x.id !== 'ceasefire')) expect(w && showsEvent(w, e)).toBe(true);
  });
  it('fits everything when events are spread evenly', () => {
    const spread = [event('a', '2022-01-01'), event('b', '2022-04-01'), event('c', '2022-08-01'), event('d', '2022-12-01')];
    expect(initialWindow(spread)).toEqual(fitWindow(spread));
  });
  it('fits everything when there are too few events to call one an outlier', () => {
    const two = [event('a', '2020-11-09'), event('b', '2022-12-12')];
    expect(initialWindow(two)).toEqual(fitWindow(two));
  });
  it('is null without events', () => {
    expect(initialWindow([])).toBeNull();
  });
  it('leaves room after the last start for a label that takes a share of the chart', () => {
    // Starts 12-12 .. 12-23 (11 days), 2 days before: a label of 0.45 of the chart needs
    // after >= 0.45 * (2 + 11 + 1) / 0.55 = 11.45, so 12 days after the 23rd (more than the 4 of 0.3 * 11).
    const w = initialWindow(december, 0.45);
    expect(w).toEqual({ from: '2022-12-10', to: '2023-01-05' });
    if (!w) throw new Error('no window');
    // The last start sits where its label still fits: at most 1 - 0.45 of the way across.
    const lastStart = daysBetween(w.from, '2022-12-23') / windowDays(w);
    expect(lastStart).toBeLessThanOrEqual(1 - 0.45);
    // A share of 0 keeps the plain padding.
    expect(initialWindow(december, 0)).toEqual(initialWindow(december));
  });
  it('caps the label share, so a label wider than the chart cannot crush the frame', () => {
    expect(initialWindow(december, 5)).toEqual(initialWindow(december, 0.6));
  });
  it('frames all of a large, even corpus (the chart counts what it cannot label), not a slice of it', () => {
    const daily = Array.from({ length: 10_000 }, (_, i) => event(`e${i}`, addDays('2000-01-01', i)));
    expect(initialWindow(daily)).toEqual(fitWindow(daily));
  });

  it('frames the burst that holds most of a large corpus, however many events that is', () => {
    // 9,000 events in 2020, 1,000 spread over the 1,000 years before: the first view is 2020.
    const burst = Array.from({ length: 9_000 }, (_, i) => event(`b${i}`, addDays('2020-01-01', i % 366)));
    const spread = Array.from({ length: 1_000 }, (_, i) => event(`s${i}`, `${String(1020 + i).padStart(4, '0')}-06-01`));
    const w = initialWindow([...spread, ...burst]);
    expect(w).not.toBeNull();
    expect(w !== null && w.from >= '2019-01-01' && w.to <= '2022-01-01').toBe(true);
    expect([...spread, ...burst].filter((e) => w !== null && showsEvent(w, e)).length).toBeGreaterThanOrEqual(9_000);
  });
});

describe('zoomWindow', () => {
  const w = { from: '2022-12-01', to: '2022-12-21' };
  it('halves and doubles around the centre', () => {
    expect(zoomWindow(w, 0.5)).toEqual({ from: '2022-12-06', to: '2022-12-16' });
    expect(zoomWindow(w, 2)).toEqual({ from: '2022-11-21', to: '2022-12-31' });
  });
  it('never goes below two days', () => {
    expect(windowDays(zoomWindow({ from: '2022-12-01', to: '2022-12-03' }, 0.5))).toBe(2);
  });
});

describe('centredWindow / windowShowing', () => {
  it('centres on a day', () => {
    expect(centredWindow('2022-12-12', 14)).toEqual({ from: '2022-12-05', to: '2022-12-19' });
  });
  it('moves the window only when the event is outside it', () => {
    const w = { from: '2022-12-10', to: '2022-12-26' };
    expect(windowShowing(w, december[1] as TimelineEvent)).toBe(w);
    expect(windowShowing(w, december[4] as TimelineEvent)).toEqual({ from: '2020-11-01', to: '2020-11-17' });
  });
  it('counts a range that overlaps the window as shown', () => {
    expect(showsEvent({ from: '2022-12-20', to: '2022-12-30' }, december[0] as TimelineEvent)).toBe(true);
    expect(showsEvent({ from: '2022-12-25', to: '2022-12-30' }, december[0] as TimelineEvent)).toBe(false);
  });
});

describe('nearestEvent', () => {
  it('prefers the event that starts on the day over one that merely spans it', () => {
    const spanning = event('month', '2022-12-01', { end: '2022-12-31', precision: 'month' });
    expect(nearestEvent([spanning, ...december], '2022-12-12')?.id).toBe('blockade');
  });
  it('picks the closest by days', () => {
    expect(nearestEvent(december.slice(1), '2022-12-21')?.id).toBe('statement');
    expect(nearestEvent(december, '2021-01-01')?.id).toBe('ceasefire');
  });
  it('counts a day inside a range as a distance of zero', () => {
    expect(nearestEvent([event('far', '2022-12-19'), december[0] as TimelineEvent], '2022-12-18')?.id).toBe('blockade');
  });
  it('prefers a stated day on a tie', () => {
    const vague = event('vague', '2022-12-12', { precision: 'approximate', end: '2022-12-12' });
    expect(nearestEvent([vague, event('exact', '2022-12-12')], '2022-12-12')?.id).toBe('exact');
  });
  it('is null without events', () => {
    expect(nearestEvent([], '2022-12-12')).toBeNull();
  });
});

describe('maxWindowDays', () => {
  it('is the default limit for a corpus narrower than it', () => {
    expect(maxWindowDays([event('a', '2022-12-01'), event('b', '2022-12-24')])).toBe(MAX_WINDOW_DAYS);
  });
  it('grows to the whole corpus when it spans more, so fitting and zooming out reach every event', () => {
    const events = [event('a', '1066-10-14'), event('b', '2022-12-24')];
    const max = maxWindowDays(events);
    const fit = fitWindow(events);
    expect(fit).not.toBeNull();
    expect(max).toBeGreaterThan(MAX_WINDOW_DAYS);
    expect(max).toBe(windowDays(fit as NonNullable<typeof fit>));
    expect(windowDays(zoomWindow(fit as NonNullable<typeof fit>, 2, max))).toBe(max);
    expect(windowDays(zoomWindow(fit as NonNullable<typeof fit>, 2))).toBe(MAX_WINDOW_DAYS);
  });
});

describe('windowForLinkedEvent', () => {
  // An event every 3 days from 1990: an archive whose first view spans decades.
  const archive = Array.from({ length: 5_000 }, (_, i) => event(`e${i}`, addDays('1990-01-01', i * 3)));
  const decades = fitWindow(archive);
  if (!decades) throw new Error('no frame');

  it('keeps a frame of a story (few events) as windowShowing moves it', () => {
    expect(windowForLinkedEvent(december, 4, { from: '2022-12-01', to: '2023-01-01' })).toEqual(
      windowShowing({ from: '2022-12-01', to: '2023-01-01' }, december[4] as TimelineEvent),
    );
    const few = archive.slice(0, CROWDED_FRAME_EVENTS);
    const frame = fitWindow(few);
    if (!frame) throw new Error('no frame');
    expect(windowForLinkedEvent(few, 100, frame)).toBe(frame);
  });

  it('frames a linked event of a crowded frame among its neighbours, centred on it', () => {
    const linked = archive[3_000] as TimelineEvent;
    const window = windowForLinkedEvent(archive, 3_000, decades);
    // 12 neighbours 3 days apart on each side: 36 days each way, and a day of room.
    expect(window).toEqual(centredWindow(linked.start, 74));
    expect(showsEvent(window, archive[2_988] as TimelineEvent) && showsEvent(window, archive[3_012] as TimelineEvent)).toBe(true);
    expect(showsEvent(window, archive[2_970] as TimelineEvent)).toBe(false);
  });

  it('gives a burst of one day at least two weeks, and a lone event at most the frame', () => {
    const burst = [...archive.slice(0, 300), ...Array.from({ length: 300 }, (_, i) => event(`b${i}`, '1992-06-01'))].sort((a, b) => a.start.localeCompare(b.start));
    const frame = fitWindow(burst);
    if (!frame) throw new Error('no frame');
    expect(windowDays(windowForLinkedEvent(burst, burst.findIndex((e) => e.id === 'b150'), frame))).toBe(14);
    const lonely = [...archive.slice(0, 300), event('far', '2060-01-01')];
    const wide = fitWindow(lonely);
    if (!wide) throw new Error('no frame');
    expect(windowForLinkedEvent(lonely, 300, wide)).toEqual(centredWindow('2060-01-01', windowDays(wide)));
  });
});
