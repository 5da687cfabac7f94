/**
 * Length in days of a TIMEX3 duration value (`P2W` -> 14, `P3M` -> ~91, `P1Y` -> 365), used when
 * the tagger gave no `durationDays`. Months and years are approximate by nature; the events they
 * anchor are `approximate` ranges.
 */
const UNIT_DAYS: Readonly<Record<string, number>> = { D: 1, W: 7, M: 30.44, Y: 365.25, DE: 3652.5, CE: 36525 };

export function durationDaysOf(value: string): number | undefined {
  const m = /^P(\d+(?:\.\d+)?)(DE|CE|D|W|M|Y)$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = UNIT_DAYS[m[2] ?? ''];
  return unit === undefined || !Number.isFinite(n) ? undefined : n * unit;
}
