import { describe, expect, it } from 'vitest';
import type { Corpus } from '../domain/corpus.ts';
import { EMPTY_URL_STATE } from '../url-state/url-state.ts';
import { buildCorpusIndex, steppedEvent } from './corpus-index.ts';
import { defaultWindowOf, resolveView } from './resolve-view.ts';
import { testEvent as event } from './test-events.ts';

const text = 'x'.repeat(200);
const corpus: Corpus = {
  version: 2,
  documents: [{ id: 'doc', path: 'seeds/doc.txt', title: 'Doc', published: '2022-12-24', text }],
  events: [
    event('call', '2022-12-23'),
    event('blockade', '2022-12-12', { end: '2022-12-24', timing: 'ongoing' }),
    event('ceasefire', '2020-11-09'),
    event('protest', '2022-12-14'),
    event('statement', '2022-12-22'),
  ],
  actors: [],
  warnings: [],
};
const index = buildCorpusIndex(corpus);
const frame = defaultWindowOf(index);

describe('buildCorpusIndex', () => {
  it('orders events by date', () => {
    expect(index.events.map((e) => e.id)).toEqual(['ceasefire', 'blockade', 'protest', 'statement', 'call']);
    expect(index.eventsByDocument.get('doc')?.length).toBe(5);
  });
  it('steps through events in reading order, stopping at the ends', () => {
    expect(steppedEvent(index, 'blockade', 1)?.id).toBe('protest');
    expect(steppedEvent(index, 'blockade', -1)?.id).toBe('ceasefire');
    expect(steppedEvent(index, 'ceasefire', -1)?.id).toBe('ceasefire');
    expect(steppedEvent(index, null, 1)?.id).toBe('ceasefire');
    expect(steppedEvent(index, null, -1)?.id).toBe('call');
  });
});

describe('resolveView', () => {
  it('opens on the dense cluster with nothing selected', () => {
    const view = resolveView(index, EMPTY_URL_STATE, frame);
    expect(view).toEqual({ selected: null, window: frame, view: 'timeline', document: null, notices: [] });
    expect(frame).toEqual({ from: '2022-12-10', to: '2022-12-28' });
  });

  it('selects the event nearest a date link and centres on the date', () => {
    const view = resolveView(index, { ...EMPTY_URL_STATE, date: '2022-12-12' }, frame);
    expect(view.selected?.id).toBe('blockade');
    // As wide as the default frame (18 days), centred on the day.
    expect(view.window).toEqual({ from: '2022-12-03', to: '2022-12-21' });
  });

  it('lets event win over date for the selection', () => {
    const view = resolveView(index, { ...EMPTY_URL_STATE, date: '2022-12-12', event: 'call' }, frame);
    expect(view.selected?.id).toBe('call');
  });

  it('moves the default frame to show a deep-linked outlier', () => {
    const view = resolveView(index, { ...EMPTY_URL_STATE, event: 'ceasefire' }, frame);
    expect(view.window).toEqual({ from: '2020-10-31', to: '2020-11-18' });
  });

  it('keeps an explicit window even when the selection is outside it', () => {
    const window = { from: '2021-01-01', to: '2021-02-01' };
    expect(resolveView(index, { ...EMPTY_URL_STATE, event: 'call', window }, frame).window).toBe(window);
  });

  it('opens the article of the selected event', () => {
    const view = resolveView(index, { ...EMPTY_URL_STATE, event: 'call', view: 'article' }, frame);
    expect(view.view).toBe('article');
    expect(view.document?.id).toBe('doc');
  });

  it('falls back to the timeline when an article is asked for without a selection', () => {
    const view = resolveView(index, { ...EMPTY_URL_STATE, view: 'article' }, frame);
    expect(view.view).toBe('timeline');
    expect(view.notices.map((n) => n.message)).toEqual(['Ignored view=article: no event is selected']);
  });

  it('has no window for an empty corpus', () => {
    const empty = buildCorpusIndex({ ...corpus, events: [] });
    expect(resolveView(empty, EMPTY_URL_STATE, defaultWindowOf(empty)).window).toBeNull();
  });
});
