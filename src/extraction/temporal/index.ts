/**
 * Sourceline's temporal tagger: TimeML TIMEX3 mentions (type, value, mod) with calendar intervals
 * for the timeline. See tagger.ts for the stage order and types.ts for the contract.
 */
export { tagTemporalExpressions } from './tagger.ts';
export { intervalOfValue } from './interval.ts';
export type {
  CalendarInterval,
  TaggerOptions,
  TemporalMention,
  TagTemporalExpressions,
  TimexMod,
  TimexType,
} from './types.ts';
