import type { EventDating } from '../../domain/corpus.ts';
import { dayFromNumber, dayNumber } from '../../domain/calendar.ts';
import { startWindow, windowGap, type StartWindow } from '../../domain/date-agreement.ts';
import type { HappeningSketch } from '../types.ts';

/**
 * The merge rule: are two reports (or two groups of reports) one happening? Shared by the
 * within-article stage and the corpus stage, so one rule decides both. Precision first: a wrong
 * merge hides a report, a missed one only repeats it.
 *
 * Hard conditions (any one fails: never the same happening):
 * - the same kind of happening (`outage` vs `restore`, `close` vs `reopen` never merge);
 * - both plans or both things done ("will meet" vs "met");
 * - no conflicting participants: not when each names a person or organisation the other does not (two
 *   meetings on one day between different people; the FTSE falling and the RTS falling);
 * - no conflicting figures: not when both state figures (amounts, percentages: "2.36%", "40,000";
 *   not years or day numbers) and share none (the FTSE falling 2.36% one day and 6.50% another);
 * - dates: their start windows overlap (see `domain/date-agreement.ts`; for this comparison a report
 *   that states no date lies in the `REPORTED_WITHIN_DAYS` before its publication, not at any earlier
 *   time: news reports what just happened); across articles, two stated
 *   dates at most `MERGE_RULE.maxGapDays` apart may still be one happening reported with a wrong date,
 *   but only on strong evidence (`MERGE_RULE.disagreeing`);
 * - some evidence beyond kind and date: at least one shared actor or content word.
 *
 * Score (corpus-independent weights, so adding unrelated documents never changes a decision):
 * +1 the kind is a lexicon kind (not just the same verb), +2 per shared person or organisation (at
 * most 2 counted), +1 per shared place (at most 2), +1 per shared content stem (at most 4), +1 dates
 * agree, +1 both state the same day. Merge when score >= `MERGE_RULE.withinArticle` (3) inside one
 * article, >= `MERGE_RULE.acrossArticles` (4) across articles, >= `MERGE_RULE.disagreeing` (6) when
 * the dates disagree. Thresholds tuned on the story fixture (src/extraction/fixtures/story) and the
 * seed; measured, not tuned, on SemEval-2015 (see the README).
 */
export const MERGE_RULE = { withinArticle: 3, acrossArticles: 4, disagreeing: 6, maxGapDays: 3 } as const;

/** Days before publication a dateless report is taken to lie in, when comparing it with another report. */
export const REPORTED_WITHIN_DAYS = 7;

export function comparisonWindow(d: EventDating): StartWindow {
  const w = startWindow(d);
  return w.from === null ? { from: dayFromNumber(dayNumber(w.to) - REPORTED_WITHIN_DAYS), to: w.to } : w;
}

export interface Comparable {
  sketch: HappeningSketch;
  dating: EventDating;
}

export interface Comparison {
  same: boolean;
  score: number;
  datesAgree: boolean;
  /** Why not, or what matched: for traces. */
  why: string;
}

/** A figure among stems: a number of three or more digits or with a decimal point, not a year. */
function isFigure(stem: string): boolean {
  return /^\d[\d.]*$/.test(stem) && (stem.includes('.') || stem.length >= 3) && !/^(?:1[89]|20)\d\d$/.test(stem);
}

/** No conflicting figures: not when both state figures (`isFigure`) and share none. */
export function figureListsConflict(fa: readonly string[], fb: readonly string[]): boolean {
  return fa.length > 0 && fb.length > 0 && !fa.some((f) => fb.includes(f));
}

export function personsConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sa = new Set(a);
  const sb = new Set(b);
  return a.some((p) => !sb.has(p)) && b.some((p) => !sa.has(p));
}

/**
 * A comparable with what `compareHappenings` derives from it on every comparison (its window, its
 * figures, its participants, its word sets) worked out once: comparing a group with hundreds of others
 * re-derived them each time (four fifths of the time of a pass over every pair of an article's reports).
 */
export interface PreparedComparable {
  readonly comparable: Comparable;
  readonly window: StartWindow;
  readonly figures: readonly string[];
  readonly participants: readonly string[];
  readonly actorSet: ReadonlySet<string>;
  readonly placeSet: ReadonlySet<string>;
  readonly stemSet: ReadonlySet<string>;
}

export function prepareComparable(c: Comparable): PreparedComparable {
  const s = c.sketch;
  return {
    comparable: c,
    window: comparisonWindow(c.dating),
    figures: s.stems.filter(isFigure),
    // Participants: the people and organisations named (actors that are not places).
    participants: s.actors.filter((x) => !s.places.includes(x)),
    actorSet: new Set(s.actors),
    placeSet: new Set(s.places),
    stemSet: new Set(s.stems),
  };
}

/** `shared(a, b)` with the sets made beforehand (the shorter list looked up in the other's set). */
function sharedIn(a: readonly string[], aSet: ReadonlySet<string>, b: readonly string[], bSet: ReadonlySet<string>): number {
  if (a.length > b.length) return sharedIn(b, bSet, a, aSet);
  let n = 0;
  for (const x of a) if (bSet.has(x)) n++;
  return n;
}

function notSame(why: string): Comparison {
  return { same: false, score: 0, datesAgree: false, why };
}

export function compareHappenings(a: Comparable, b: Comparable, scope: 'article' | 'corpus'): Comparison {
  return comparePrepared(prepareComparable(a), prepareComparable(b), scope);
}

/** `compareHappenings` on prepared comparables (the same rule, see the module comment). */
export function comparePrepared(pa: PreparedComparable, pb: PreparedComparable, scope: 'article' | 'corpus'): Comparison {
  const a = pa.comparable;
  const b = pb.comparable;
  const x = a.sketch;
  const y = b.sketch;
  if (x.kind !== y.kind) return notSame(`kinds differ (${x.kind} / ${y.kind})`);
  if (x.planned !== y.planned) return notSame('a plan and a thing done');
  if (personsConflict(pa.participants, pb.participants)) return notSame('different participants');
  if (figureListsConflict(pa.figures, pb.figures)) return notSame('different figures');
  const gap = windowGap(pa.window, pb.window);
  const agree = gap === 0;
  if (!agree && (scope === 'article' || gap > MERGE_RULE.maxGapDays)) return notSame(`dates ${gap} days apart`);
  const placesShared = sharedIn(x.places, pa.placeSet, y.places, pb.placeSet);
  const actorsShared = sharedIn(x.actors, pa.actorSet, y.actors, pb.actorSet);
  const othersShared = actorsShared - placesShared;
  const stemsShared = sharedIn(x.stems, pa.stemSet, y.stems, pb.stemSet);
  if (actorsShared + stemsShared === 0) return notSame('nothing shared beyond kind and date');
  const sameDay = a.dating.precision === 'day' && b.dating.precision === 'day' && a.dating.start === b.dating.start;
  const score =
    (x.kind.startsWith('~') ? 0 : 1) +
    2 * Math.min(2, othersShared) +
    Math.min(2, placesShared) +
    Math.min(4, stemsShared) +
    (agree ? 1 : 0) +
    (sameDay ? 1 : 0);
  const threshold = !agree ? MERGE_RULE.disagreeing : scope === 'article' ? MERGE_RULE.withinArticle : MERGE_RULE.acrossArticles;
  return { same: score >= threshold, score, datesAgree: agree, why: `score ${score} (threshold ${threshold}): ${othersShared} actors, ${placesShared} places, ${stemsShared} words, dates ${agree ? 'agree' : `${gap} days apart`}` };
}
