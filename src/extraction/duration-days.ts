import { UNIT_DAYS } from './temporal/lexicon.ts';

/**
 * Length in days of a TIMEX3 duration value (`P2W` -> 14, `P3M` -> ~91, `P1Y` -> 365), used when
 * the tagger gave no `durationDays`. Only date units count (a duration in hours dates no day).
 * Months and years are approximate by nature; the events they anchor are `approximate` ranges.
 * The unit lengths are the tagger's, so both agree on what "three months" spans.
 */
const DATE_UNITS = ['DE', 'CE', 'D', 'W', 'M', 'Y'] as const;

export function durationDaysOf(value: string): number | undefined {
  const m = /^P(\d+(?:\.\d+)?)(DE|CE|D|W|M|Y)$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = DATE_UNITS.find((u) => u === m[2]);
  return unit === undefined || !Number.isFinite(n) ? undefined : n * UNIT_DAYS[unit];
}
