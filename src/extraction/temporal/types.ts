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
  /**
   * What kind of phrase this is, where annotation conventions differ on how to tag it (see
   * timeml/profiles.ts). The analysis above is the same whatever the convention; only the TimeML
   * writer reads `form` and `parts`.
   */
  form?: MentionForm;
  /** Sub-spans a convention may tag on their own ("two weeks" of "two weeks earlier"). */
  parts?: MentionPart[];
  /**
   * Which calendar fields the text states (chrono's `isCertain`): a field that is false was inferred
   * (the year of "December 12" from the clause's tense, the day of "Tuesday" from the DCT). Absent
   * when the value names no calendar field (durations, sets, PAST_REF).
   */
  stated?: StatedFields;
  /**
   * What a relative expression was resolved against: the DCT ("yesterday", "last week") or the
   * narrative date before it ("two days later", "the following day").
   */
  anchoredTo?: 'dct' | 'narrative';
  /** For a narrative anaphor ("two days later"): the day it counted from (the narrative date it follows). */
  anchorDay?: string;
  /** Which stages/rules produced or changed this mention, for debugging and traceability. */
  trace: string[];
}

export interface StatedFields {
  year: boolean;
  month: boolean;
  day: boolean;
}

/**
 * Phrase kinds the corpora annotate differently:
 * - `offset`: a quantity before "earlier"/"later" ("two weeks earlier"), a date for the timeline;
 * - `month-of-relative-year`: "January this year", one date;
 * - `year-span`: "from 2009 to 2011", "between 2004 and 2007", one span;
 * - `vague-stretch`: "in recent months", "over the coming weeks", a vague stretch before or after the DCT;
 * - `rate-adjective`: "annual", "quarterly" before a noun;
 * - `vague-adverb`: "later", "short-term", "long-term";
 * - `age`: "a 34-year-old", "37 years old".
 */
export type MentionForm = 'offset' | 'month-of-relative-year' | 'year-span' | 'vague-stretch' | 'rate-adjective' | 'vague-adverb' | 'age';

export interface MentionPart {
  role: 'quantity' | 'month' | 'year' | 'first' | 'second' | 'duration';
  start: number;
  end: number;
  type: TimexType;
  value: string;
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
