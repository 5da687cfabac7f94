import { CalendarRangeError } from '../domain/calendar.ts';

/**
 * Runs a date computation that may leave the calendar (a range ending after 9999-12-31, a window
 * starting before 0001-01-01): its result, or undefined after telling `onOff` why, so the stage leaves
 * that mention or event undated with a trace line instead of losing the whole document. Any other
 * error is a bug and propagates.
 */
export function unlessOffCalendar<T>(compute: () => T, onOff: (reason: string) => void): T | undefined {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    onOff(error.message);
    return undefined;
  }
}
