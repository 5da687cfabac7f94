import { addDays, addYears } from '../../domain/calendar.ts';
import { unlessOffCalendar } from '../off-calendar.ts';
import type { DateMention, EventCandidate, PipelineStage, TraceEntry } from '../types.ts';
import { clauseVerbGroup, type VerbGroup } from '../verb-groups.ts';
import { placesThePastAction } from './assign-timing.ts';

/**
 * The timeline-level tense rule: a past-tense event is not dated after publication, and a future
 * one is not dated before it, unless the text says so (a target: "was postponed until May", "had
 * been due to open in March"; a date it states in full). A violation comes from an inferred part
 * of the date, so it is corrected where the inferred part is known, and marked uncertain otherwise:
 * - a narrative anaphor ("Three days later, the coastguard called off the search") counted from a
 *   day before publication, landing after it: the event lies between that day and publication
 *   (an approximate range), uncertain;
 * - a past weekday resolved ahead ("on Tuesday ... was cancelled"): the one a week before;
 * - a future weekday or yearless day resolved behind ("will meet on Tuesday", "will open on March 3"):
 *   a week, or a year, later, when that lands after publication;
 * - anything else (a stated year, a deictic "last week" with a future verb): left as the text says,
 *   marked uncertain.
 * Every change and every mark writes a trace line saying why.
 */

type Verdict = { candidate: EventCandidate; why: string } | undefined;

function inferredWeekday(m: DateMention): boolean {
  return m.stated !== undefined && !m.stated.year && !m.stated.month && !m.stated.day && m.anchoredTo !== 'narrative' &&
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(m.text) && !/\b(?:next|last|this|previous|coming|following)\b/i.test(m.text);
}

function yearlessDay(m: DateMention): boolean {
  return m.stated !== undefined && !m.stated.year && m.stated.month && m.anchoredTo !== 'narrative' &&
    !/\b(?:next|last|this|previous|coming|following)\b/i.test(m.text);
}

function pastAfterPublication(c: EventCandidate, m: DateMention, dct: string): Verdict {
  const start = c.start ?? '';
  if (m.anchoredTo === 'narrative' && m.anchorDay !== undefined && m.anchorDay <= dct) {
    const from = m.anchorDay < dct ? addDays(m.anchorDay, 1) : dct;
    return {
      candidate: { ...c, start: from, end: dct, precision: 'approximate', timing: 'past', uncertain: true },
      why: `"${m.text}" counts from ${m.anchorDay} to ${start}, after publication ${dct}, in a past-tense clause: the narrative date it follows is likely misread; placed between ${from} and publication, uncertain`,
    };
  }
  if (inferredWeekday(m) && c.precision === 'day' && c.end === null) {
    const back = addDays(start, -7);
    if (back <= dct) {
      return {
        candidate: { ...c, start: back, timing: 'past' },
        why: `"${m.text}" (a weekday, its week inferred) was resolved to ${start}, after publication ${dct}, in a past-tense clause: the one a week before, ${back}`,
      };
    }
  }
  return {
    candidate: { ...c, uncertain: true },
    why: `"${m.text}" dates a past-tense clause at ${start}, after publication ${dct}, and the text does not say it points ahead: uncertain`,
  };
}

function futureBeforePublication(c: EventCandidate, m: DateMention, dct: string): Verdict {
  const start = c.start ?? '';
  if (inferredWeekday(m) && c.precision === 'day' && c.end === null) {
    const ahead = addDays(start, 7);
    if (ahead > dct) {
      return {
        candidate: { ...c, start: ahead, timing: 'future' },
        why: `"${m.text}" (a weekday, its week inferred) was resolved to ${start}, before publication ${dct}, in a future-tense clause: the one a week later, ${ahead}`,
      };
    }
  }
  if (yearlessDay(m) && (c.precision === 'day' || c.precision === 'month')) {
    const ahead = addYears(start, 1);
    const end = c.end === null || c.end === undefined ? null : addYears(c.end, 1);
    if (ahead > dct) {
      return {
        candidate: { ...c, start: ahead, end, timing: 'future' },
        why: `"${m.text}" (no year stated) was resolved to ${start}, before publication ${dct}, in a future-tense clause: the next year's, ${ahead}`,
      };
    }
  }
  return {
    candidate: { ...c, uncertain: true },
    why: `"${m.text}" dates a future-tense clause at ${start}..${c.end ?? start}, before publication ${dct}: uncertain`,
  };
}

/** The clause's own reading of time: past (not a plan seen from the past) or future, else undefined. */
function tenseOf(group: VerbGroup | undefined): 'past' | 'future' | undefined {
  if (!group || group.tense === 'present') return undefined;
  return group.tense;
}

function verdictOf(c: EventCandidate, text: string, dct: string): Verdict {
  if (c.anchor.kind !== 'adverbial' || c.start === undefined || c.ongoingFromDuration || c.lookbackFromDuration || c.timing === 'ongoing') return undefined;
  const m = c.anchor.mention;
  const tense = tenseOf(clauseVerbGroup(c.clause));
  const last = c.end ?? c.start;
  if (tense === 'past' && c.start > dct && placesThePastAction(text, m, c.clause)) return pastAfterPublication(c, m, dct);
  if (tense === 'future' && last < dct && !/\bsince\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return futureBeforePublication(c, m, dct);
  return undefined;
}

/** Stage 8: no past event after publication, no future one before it (see above). */
export const confirmTenseDates: PipelineStage = {
  name: 'confirmTenseDates',
  run(state) {
    const { published: dct, text } = state.doc;
    const trace: TraceEntry[] = [...state.trace];
    const candidates = state.candidates.map((c) => {
      const off = (reason: string): void => { trace.push({ stage: 'confirmTenseDates', message: () => `"${c.quote.text}": left as it was (${reason})` }); };
      const verdict = unlessOffCalendar(() => verdictOf(c, text, dct), off);
      if (!verdict) return c;
      const { why } = verdict;
      trace.push({ stage: 'confirmTenseDates', message: () => `${why}: ${c.quote.text}` });
      return { ...verdict.candidate, stages: [...c.stages, 'confirmTenseDates'] };
    });
    return { ...state, candidates, trace };
  },
};
