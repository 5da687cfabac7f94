import type { ClauseTense, Reference, Tense } from './anchoring.ts';
import type { TemporalMention } from './types.ts';

/** What a rule proposes for one match; the tagger turns drafts into mentions. */
export interface Draft extends Pick<TemporalMention, 'type' | 'value' | 'mod' | 'interval' | 'durationDays' | 'form' | 'parts' | 'stated' | 'anchoredTo'> {
  /** Defaults to the whole regex match; rules narrow it to leave out prepositions or context. */
  start?: number;
  end?: number;
  /**
   * Anaphoric expressions ("the day", "three days later", "that morning") are anchored to the
   * nearest preceding day-valued mention (the DCT when there is none) in a pass after selection.
   */
  anchor?: {
    offsetDays: number;
    timeSuffix?: string;
    /** Clock times: the day named in the same sentence (before, else after), else the DCT. */
    sameSentence?: boolean;
    /** "treated and released the same day": only a day named earlier in the same sentence; else the day is unknown. */
    ownSentence?: boolean;
    /** A clock time in a past clause: a day after the DCT cannot be its day (a bail date, a fixture). */
    past?: boolean;
    /** "the same period last year": the previous calendar value, this many years earlier. */
    yearShift?: number;
    /**
     * "a year ago" in results copy: the reporting period a year back when the text is about a
     * quarter ("third-quarter profit rose from $2 million a year ago": 1988-Q3), else the DCT's year
     * shifted. `year` replaces the year of that period instead ("the 1988 quarter").
     */
    period?: { year?: number; fallback: string };
    /** "the previous Friday": the nearest such weekday (0 = Sunday) before (-1) or after (1) the narrative's day. */
    weekday?: { day: number; direction: -1 | 1 };
    /**
     * "the following week", "that year": the previous calendar value's week/month/year, shifted.
     * "the quarter" only refers back to a quarter the text named; without one it is dropped.
     */
    unit?: { name: 'week' | 'month' | 'quarter' | 'year'; shift: number };
    /** "the following spring", "that summer": the season after (1) or of (0) the time the narrative is at. */
    season?: { code: 'SP' | 'SU' | 'FA' | 'WI'; direction: 0 | 1 };
  };
}

export interface RuleContext {
  text: string;
  ref: Reference;
  tense(start: number, end: number): Tense;
  /** The tense and whether its verb takes the mention (see anchoring.clauseAround). */
  clause(start: number, end: number): ClauseTense;
}

/**
 * A named rule: a precompiled global regex and a builder. Builders return undefined to reject a
 * match (a must-not-match case) and may return several drafts (ranges: "December 12-14").
 */
export interface Rule {
  name: string;
  pattern: RegExp;
  build(match: RegExpExecArray, ctx: RuleContext): Draft | Draft[] | undefined;
}
