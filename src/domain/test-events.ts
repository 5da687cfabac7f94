import type { TimelineEvent } from './corpus.ts';

/**
 * A deterministic event for the app's unit tests: a past, day-precise event quoting the first
 * character of document `doc`, with `extra` overriding any field (an `end`, a precision, a timing).
 */
export function testEvent(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: id,
    start,
    end: null,
    precision: 'day',
    timing: 'past',
    aliases: [],
    uncertain: false,
    salience: 0,
    actors: [],
    sources: [{ docId: 'doc', quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start, end: extra.end ?? null, precision: extra.precision ?? 'day' } }],
    ...extra,
  };
}
