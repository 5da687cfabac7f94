/**
 * The contract of Sourceline's temporal tagger (TimeML TIMEX3 semantics, TempEval-3 task A).
 * Producers: src/extraction/temporal/*. Consumers: the event pipeline and the TimeML CLI.
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML `mod` values that Sourceline emits. */
export type TimexMod =
  | 'BEFORE' | 'AFTER' | 'ON_OR_BEFORE' | 'ON_OR_AFTER'
  | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE'
  | 'START' | 'MID' | 'END' | 'APPROX';

/**
 * Where an expression sits on the calendar, for the timeline: inclusive first and last day
 * (`YYYY-MM-DD`) and how honestly it is known. `day`/`month`/`year`: the text states that unit.
 * `approximate`: a vague or modified expression ("early December", "weeks ago", "mid-2021",
 * a week) that only bounds a range.
 */
export interface CalendarInterval {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year' | 'approximate';
}

export interface TemporalMention {
  /** JavaScript string offsets into the tagged text: `text.slice(start, end) === this.text`. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2022-12-12`, `2022-12`, `2022-W50`, `2022-Q1`, `199`, `P2W`, `PAST_REF`, `XXXX-WXX-1`... */
  value: string;
  mod?: TimexMod;
  /**
   * For DATE/TIME expressions that can be placed: the interval they denote, resolved against the
   * reference date. Absent for SET, for unplaceable values (e.g. PAST_REF without a vague quantity)
   * and for DURATIONs, except a duration stated by its two ends ("from 2009 to 2011", MEANTIME's
   * P2Y), which carries the span it covers.
   */
  interval?: CalendarInterval;
  /** For DURATION: the length in days (approximate for months/years), to anchor ongoing events. */
  durationDays?: number;
  /** Which stages/rules produced or changed this mention, for debugging and traceability. */
  trace: string[];
}

export interface TaggerOptions {
  /** Reference date (document creation / publication date), `YYYY-MM-DD`. Never "now". */
  referenceDate: string;
  /**
   * Told about each expression the tagger found but could not place on the calendar (a year outside
   * 0001-9999, "99999999 days later"): it is left out, undated, never thrown.
   */
  onDrop?: (dropped: { start: number; end: number; text: string; reason: string }) => void;
}

export type TagTemporalExpressions = (text: string, options: TaggerOptions) => TemporalMention[];
