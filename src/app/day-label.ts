import { describeEventDate } from '../domain/event-date-label.ts';

/** `2022-12-24` -> "December 24, 2022": a publication day, worded like an event's stated day. */
export function formatDay(day: string): string {
  return describeEventDate({ start: day, end: null, precision: 'day', timing: 'past' });
}
