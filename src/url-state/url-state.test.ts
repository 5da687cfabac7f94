import { describe, expect, it } from 'vitest';
import { EMPTY_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

const messages = (search: string, ids?: ReadonlySet<string>): string[] =>
  parseUrlState(search, ids).notices.map((n) => n.message);

describe('parseUrlState', () => {
  it('reads every known param', () => {
    const { state, notices } = parseUrlState('?date=2022-12-12&event=doc:1-2&from=2022-12-01&to=2022-12-31&view=article');
    expect(notices).toEqual([]);
    expect(state).toEqual({
      date: '2022-12-12',
      event: 'doc:1-2',
      window: { from: '2022-12-01', to: '2022-12-31' },
      view: 'article',
    });
  });

  it('gives the empty state for an empty query, with or without "?"', () => {
    expect(parseUrlState('')).toEqual({ state: EMPTY_URL_STATE, notices: [] });
    expect(parseUrlState('?')).toEqual({ state: EMPTY_URL_STATE, notices: [] });
  });

  it('ignores an impossible date and names it', () => {
    const { state, notices } = parseUrlState('?date=2022-13-45');
    expect(state.date).toBeNull();
    expect(notices).toEqual([
      { param: 'date', value: '2022-13-45', message: 'Ignored date=2022-13-45: not a valid date (expected YYYY-MM-DD)' },
    ]);
  });

  it.each(['2022-02-30', '2022-1-05', '20221205', 'yesterday', '', '2022-12-12T00:00'])('rejects date=%s', (value) => {
    expect(parseUrlState(`?date=${encodeURIComponent(value)}`).state.date).toBeNull();
    expect(messages(`?date=${encodeURIComponent(value)}`)[0]).toMatch(/^Ignored date=/);
  });

  it('accepts a leap day', () => {
    expect(parseUrlState('?date=2024-02-29').state.date).toBe('2024-02-29');
  });

  it('drops an unknown event id only when the ids are known', () => {
    expect(parseUrlState('?event=nope').state.event).toBe('nope');
    const ids = new Set(['a', 'b']);
    expect(parseUrlState('?event=nope', ids).state.event).toBeNull();
    expect(messages('?event=nope', ids)).toEqual(['Ignored event=nope: no event has this id']);
    expect(parseUrlState('?event=a', ids).state.event).toBe('a');
  });

  it('rejects an event id outside the id alphabet, quoting it harmlessly shortened', () => {
    const hostile = '<script>alert(1)</script>'.repeat(4);
    const { state, notices } = parseUrlState(`?event=${encodeURIComponent(hostile)}`);
    expect(state.event).toBeNull();
    expect(notices[0]?.message).toBe(`Ignored event=${hostile.slice(0, 40)}…: not a valid event id`);
  });

  it('rejects a window whose from is after to', () => {
    const { state, notices } = parseUrlState('?from=2022-12-31&to=2022-12-01');
    expect(state.window).toBeNull();
    expect(notices.map((n) => n.message)).toEqual(['Ignored from=2022-12-31&to=2022-12-01: from is after to']);
  });

  it('accepts a one-day window', () => {
    expect(parseUrlState('?from=2022-12-01&to=2022-12-01').state.window).toEqual({ from: '2022-12-01', to: '2022-12-01' });
  });

  it('needs both ends of the window', () => {
    expect(parseUrlState('?from=2022-12-01').state.window).toBeNull();
    expect(messages('?from=2022-12-01')).toEqual(['Ignored from=2022-12-01: needs a to date as well']);
    expect(messages('?to=2022-12-01')).toEqual(['Ignored to=2022-12-01: needs a from date as well']);
  });

  it('reports a malformed end of the window without inventing the other', () => {
    const { state, notices } = parseUrlState('?from=2022-12-01&to=2022-12-99');
    expect(state.window).toBeNull();
    expect(notices.map((n) => n.param)).toEqual(['to']);
  });

  it('ignores unknown views and unknown params, keeping the rest', () => {
    const { state, notices } = parseUrlState('?view=map&utm_source=x&date=2022-12-12');
    expect(state).toEqual({ ...EMPTY_URL_STATE, date: '2022-12-12' });
    expect(notices.map((n) => n.message)).toEqual([
      'Ignored utm_source=x: unknown parameter',
      'Ignored view=map: unknown view (expected article or timeline)',
    ]);
  });

  it('uses the first of a repeated param and says so', () => {
    const { state, notices } = parseUrlState('?date=2022-12-12&date=2022-12-13');
    expect(state.date).toBe('2022-12-12');
    expect(notices.map((n) => n.message)).toEqual(['Ignored date=2022-12-13: given more than once, the first one is used']);
  });
});

describe('serializeUrlState', () => {
  it('writes nothing for the empty state', () => {
    expect(serializeUrlState(EMPTY_URL_STATE)).toBe('');
  });

  it('writes params in a stable order and omits the default view', () => {
    const state: UrlState = { date: '2022-12-12', event: 'e1', window: { from: '2022-12-01', to: '2022-12-20' }, view: 'timeline' };
    expect(serializeUrlState(state)).toBe('?date=2022-12-12&event=e1&from=2022-12-01&to=2022-12-20');
    expect(serializeUrlState({ ...EMPTY_URL_STATE, event: 'e1', view: 'article' })).toBe('?event=e1&view=article');
  });

  it('round-trips through parseUrlState', () => {
    const states: UrlState[] = [
      EMPTY_URL_STATE,
      { date: null, event: 'doc.a:12-40', window: { from: '2020-11-09', to: '2022-12-24' }, view: 'article' },
      { date: '0099-01-01', event: null, window: null, view: 'timeline' },
    ];
    for (const state of states) {
      expect(parseUrlState(serializeUrlState(state))).toEqual({ state, notices: [] });
    }
  });
});
