import { format } from 'date-fns';
import { dateLocale, dayFirst } from '../i18n/locale.ts';
import { lastDayOfMonth, parseIsoDay } from './calendar.ts';
import type { EventSource } from './corpus.ts';
import type { IndexedEvent } from './corpus-index.ts';

/**
 * An event's date in words, saying exactly as much as the text does: a day only for `day`
 * precision, a month or year for those, a hedged range ("around", "between") for `approximate`,
 * and for `reported` events the publication date with "date not stated". Ongoing events read
 * "since ... – ongoing"; future ones "expected ...". A range whose two ends are both stated days
 * ("December 12–14", "from March 1 to March 5") is `day` with an end, and its label does not hedge:
 * "December 12 – 14, 2022"; one whose two ends are stated years is `year` with an end: "2004 – 2007". (Corpora from before that rule hold such ranges as `approximate` with the
 * TIMEX value `YYYY-MM-DD/YYYY-MM-DD`; they read the same.)
 */

export type DatedEvent = Pick<IndexedEvent, 'start' | 'end' | 'precision' | 'timing'> & { sources?: ReadonlyArray<Pick<EventSource, 'timexValue'>> };

/** True when the event's first source states both ends of its range as days. */
function statesBothDays(event: DatedEvent): boolean {
  const value = event.sources?.[0]?.timexValue;
  if (!value || event.end === null) return false;
  const m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(value);
  return m !== null && m[1] === event.start && m[2] === event.end;
}

/**
 * Two stated days without a hedge: "December 12 – 14, 2022", "March 30 – April 2, 2022", "December 30,
 * 2022 – January 2, 2023" (day-first locales: "12 – 14 December 2022", "30 March – 2 April 2022").
 */
export function describeStatedDays(start: string, end: string): string {
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return dayFirst() ? `${day(start, 'd')} – ${fullDay(end)}` : `${day(start, 'MMMM d')} – ${day(end, 'd, y')}`;
  }
  if (start.slice(0, 4) === end.slice(0, 4)) return `${monthDay(start)} – ${fullDay(end)}`;
  return `${fullDay(start)} – ${fullDay(end)}`;
}

/** Years as written ('y', not 'yyyy'): AD 124 is "124", never "0124"; years 1000-9999 read the same either way. */
function day(iso: string, pattern: string): string {
  const date = parseIsoDay(iso);
  if (!date) throw new RangeError(`not a calendar day: ${iso}`);
  return format(date, pattern, { locale: dateLocale() });
}

/** "December 12, 2022", or "12 December 2022" where the locale puts the day first. */
const fullDay = (iso: string): string => day(iso, dayFirst() ? 'd MMMM y' : 'MMMM d, y');
const monthDay = (iso: string): string => day(iso, dayFirst() ? 'd MMMM' : 'MMMM d');
const monthYear = (iso: string): string => day(iso, 'MMMM y');

/** A start..end range in words: "around late November 2022", "between November 5 and December 17, 2022". */
export function describeRange(start: string, end: string): string {
  if (start === end) return `around ${fullDay(start)}`;
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  if (sy === undefined || sm === undefined || sd === undefined || ey === undefined || em === undefined || ed === undefined) {
    throw new RangeError(`not a range: ${start}..${end}`);
  }
  if (sy === ey && sm === em) {
    const last = Number(lastDayOfMonth(sy, sm).slice(8));
    if (sd === 1 && ed === last) return `around ${monthYear(start)}`;
    // Thirds of a month, allowing for taggers that end "early" on the 9th or start "late" on the
    // 20th, or take the last ten days of a 31-day month as its end (22nd–31st).
    if (sd === 1 && ed >= 9 && ed <= 10) return `around early ${monthYear(start)}`;
    if (sd >= 10 && sd <= 11 && ed >= 19 && ed <= 20) return `around mid-${monthYear(start)}`;
    if (sd >= 20 && sd <= 22 && ed === last) return `around late ${monthYear(start)}`;
    return `around ${describeStatedDays(start, end)}`;
  }
  if (sy === ey) {
    const last = Number(lastDayOfMonth(ey, em).slice(8));
    if (sd === 1 && ed === last) return `between ${day(start, 'MMMM')} and ${monthYear(end)}`;
    return `between ${monthDay(start)} and ${fullDay(end)}`;
  }
  // Across years: say whole years or whole months as such, never invent days ("between 2015 and 2022").
  const lastOfEnd = Number(lastDayOfMonth(ey, em).slice(8));
  // "in the 1960s": a whole calendar decade is said as one, as the text said it.
  if (sm === 1 && sd === 1 && em === 12 && ed === 31 && sy % 10 === 0 && ey === sy + 9) return `in the ${sy}s`;
  if (sm === 1 && sd === 1 && em === 12 && ed === 31) return `between ${sy} and ${ey}`;
  if (sd === 1 && ed === lastOfEnd) return `between ${monthYear(start)} and ${monthYear(end)}`;
  return `between ${fullDay(start)} and ${fullDay(end)}`;
}

export function describeEventDate(event: DatedEvent): string {
  const { start, end, precision, timing } = event;
  if (precision === 'reported') return `reported ${fullDay(start)}; date not stated`;
  // A day-precise range ("from December 12 to 14"): both days are stated, so it is said as exactly as a day.
  const dayRange = precision === 'day' && end !== null && end > start && timing !== 'ongoing';
  const stated =
    dayRange && end !== null ? describeStatedDays(start, end)
    : precision === 'day' ? fullDay(start)
      : precision === 'month' ? monthYear(start)
        : precision === 'year' ? day(start, 'y')
          : undefined;
  if (timing === 'ongoing') {
    const since = stated ?? `around ${fullDay(start)}`;
    return `since ${since} – ongoing`;
  }
  // Two stated years: "260 – 274", "expected 2027 – 2029" (never "between", which hedges).
  if (precision === 'year' && end !== null && end.slice(0, 4) > start.slice(0, 4)) {
    const years = `${Number(start.slice(0, 4))} – ${Number(end.slice(0, 4))}`;
    return timing === 'future' ? `expected ${years}` : years;
  }
  // Two stated days: "March 2 – 19, 2024", "expected September 16 – 17, 2024".
  if (precision === 'day' && end !== null && end !== start) {
    const days = describeStatedDays(start, end);
    return timing === 'future' ? `expected ${days}` : days;
  }
  if (stated !== undefined) {
    if (timing === 'future') return `expected ${dayRange ? '' : precision === 'day' ? 'on ' : 'in '}${stated}`;
    return stated;
  }
  const range = end !== null && statesBothDays(event) ? describeStatedDays(start, end) : describeRange(start, end ?? start);
  return timing === 'future' ? `expected ${range}` : range;
}
