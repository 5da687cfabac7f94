import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, indexDataOf } from '../domain/corpus-index.ts';
import type { Corpus } from '../domain/corpus.ts';
import { NO_FILTERS, SHOW_ALL, visibleEvents } from '../domain/event-query.ts';
import { EMPTY_URL_STATE } from '../url-state/url-params.ts';
import { clampWindow, framingOf, resolveView } from './resolve-view.ts';
import { endEvent, steppedEvent } from './stepping.ts';
import { testEvent as event } from '../domain/test-events.ts';

const text = 'x'.repeat(200);
const corpus: Corpus = {
  version: 2,
  documents: [{ id: 'doc', path: 'seeds/doc.txt', title: 'Doc', published: '2022-12-24', text }],
  events: [
    event('call', '2022-12-23', { aliases: ['doc-5-r', 'doc-9-r'] }),
    event('blockade', '2022-12-12', { end: '2022-12-24', timing: 'ongoing' }),
    event('ceasefire', '2020-11-09'),
    event('protest', '2022-12-14'),
    event('statement', '2022-12-22', { timing: 'future' }),
  ],
  actors: [],
  warnings: [],
};
const index = buildCorpusIndex(indexDataOf(corpus));
const all = visibleEvents(index, SHOW_ALL);
const framing = framingOf(all.events);
const frame = framing.defaultWindow;
const resolve = (patch: Partial<typeof EMPTY_URL_STATE>, visible = all) => resolveView(index, visible, { ...EMPTY_URL_STATE, ...patch }, framing);

describe('stepping', () => {
  it('steps through shown events in reading order, stopping at the ends', () => {
    expect(all.events.map((e) => e.id)).toEqual(['ceasefire', 'blockade', 'protest', 'statement', 'call']);
    expect(steppedEvent(all, 'blockade', 1, null)?.id).toBe('protest');
    expect(steppedEvent(all, 'blockade', -1, null)?.id).toBe('ceasefire');
    expect(steppedEvent(all, 'ceasefire', -1, null)?.id).toBe('ceasefire');
    expect(endEvent(all, 1)?.id).toBe('call');
  });

  it('starts from what is in view when nothing is selected', () => {
    const window = { from: '2022-12-13', to: '2022-12-23' };
    // The blockade (Dec 12-24) reaches into the window, so it is the first event in view.
    expect(steppedEvent(all, null, 1, window)?.id).toBe('blockade');
    expect(steppedEvent(all, null, -1, window)?.id).toBe('statement');
    expect(steppedEvent(all, null, 1, null)?.id).toBe('ceasefire');
  });

  it('skips what the filters hide', () => {
    const pastOnly = visibleEvents(index, { filters: { ...NO_FILTERS, timing: ['past'] }, matches: null });
    expect(steppedEvent(pastOnly, 'protest', 1, null)?.id).toBe('call');
  });
});

describe('resolveView', () => {
  it('opens on the dense cluster with nothing selected', () => {
    expect(resolve({})).toEqual({ selected: null, window: frame, view: 'timeline', articleDocId: null, notices: [], windowCorrection: null });
    expect(frame).toEqual({ from: '2022-12-10', to: '2022-12-28' });
  });

  it('selects the event nearest a date link and centres on the date', () => {
    const view = resolve({ date: '2022-12-12' });
    expect(view.selected?.id).toBe('blockade');
    // As wide as the default frame (18 days), centred on the day.
    expect(view.window).toEqual({ from: '2022-12-03', to: '2022-12-21' });
  });

  it('shows the nearest event with a notice for a date far outside the events', () => {
    for (const date of ['0001-01-01', '2030-06-01', '9999-12-25']) {
      const view = resolve({ date });
      expect(view.selected?.id).toBe(date < '2020' ? 'ceasefire' : 'blockade');
      expect(view.notices).toHaveLength(1);
      expect(view.notices[0]).toMatch(/^No events near .*: the events run from November 9, 2020 to December 24, 2022\. Showing the nearest one\.$/);
      expect(view.window && view.selected && view.window.from <= view.selected.start && view.selected.start <= view.window.to).toBe(true);
    }
  });

  it('lets event win over date for the selection, and opens an event by an alias', () => {
    expect(resolve({ date: '2022-12-12', event: 'call' }).selected?.id).toBe('call');
    expect(resolve({ event: 'doc-9-r' }).selected?.id).toBe('call');
  });

  it('decides here whether an event id exists', () => {
    const view = resolve({ event: 'nope' });
    expect(view.selected).toBeNull();
    expect(view.notices).toEqual(['No event has the id \u2068nope\u2069: it may have been removed from the corpus.']);
  });

  it('does not select an event the filters hide, without a notice', () => {
    const pastOnly = visibleEvents(index, { filters: { ...NO_FILTERS, timing: ['past'] }, matches: null });
    const view = resolve({ event: 'statement' }, pastOnly);
    expect(view.selected).toBeNull();
    expect(view.notices).toEqual([]);
  });

  it('moves the default frame to show a deep-linked outlier', () => {
    expect(resolve({ event: 'ceasefire' }).window).toEqual({ from: '2020-10-31', to: '2020-11-18' });
  });

  it('keeps an explicit window within the events, even when the selection is outside it', () => {
    const window = { from: '2021-01-01', to: '2021-02-01' };
    expect(resolve({ event: 'call', window }).window).toBe(window);
  });

  it('brings a window far outside the events back, with a correction for the address and its notice', () => {
    const view = resolve({ window: { from: '0001-01-01', to: '9999-12-31' } });
    expect(view.notices).toEqual([]);
    expect(view.windowCorrection).toMatch(/^The link's window \(January 1, 0?0?0?1 to December 31, 9999\) reaches far past the events/);
    expect(view.window && framing.bounds && view.window.from >= framing.bounds.from && view.window.to <= framing.bounds.to).toBe(true);
    expect(clampWindow({ from: '3000-01-01', to: '3001-01-01' }, { from: '2020-01-01', to: '2023-01-01' })).toEqual({
      window: { from: '2020-01-01', to: '2023-01-01' },
      moved: true,
    });
    // Once the address holds the corrected window there is nothing left to correct.
    expect(view.window && resolve({ window: view.window }).windowCorrection).toBeNull();
  });

  it('opens the article of the selected event', () => {
    const view = resolve({ event: 'call', view: 'article' });
    expect(view.view).toBe('article');
    expect(view.articleDocId).toBe('doc');
  });

  it('falls back to the timeline when an article is asked for without a selection', () => {
    const view = resolve({ view: 'article' });
    expect(view.view).toBe('timeline');
    expect(view.notices).toEqual(['The article view needs a selected event; showing the timeline.']);
  });

  it('has no window for an empty corpus', () => {
    const empty = buildCorpusIndex(indexDataOf({ ...corpus, events: [] }));
    const visible = visibleEvents(empty, SHOW_ALL);
    expect(resolveView(empty, visible, EMPTY_URL_STATE, framingOf(visible.events)).window).toBeNull();
  });
});
