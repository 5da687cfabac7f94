import { addDays, daysBetween } from '../../src/domain/calendar.ts';
import type { Corpus, TimelineEvent } from '../../src/domain/corpus.ts';

/**
 * A large corpus built deterministically from the served one: its events cloned `count` times with
 * distinct ids and titles, clone `i` starting `i * 2` days after 1990-01-01 (so every start is unique
 * and clone order is date order), ranges keeping their length. The quotes are the originals', so the
 * corpus still passes `parseCorpus`'s traceability check.
 */
export function syntheticCorpus(base: Corpus, count: number): Corpus {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const original = base.events[i % base.events.length];
    if (!original) throw new Error('the served corpus has no events to clone');
    const start = addDays('1990-01-01', i * 2);
    const end = original.end === null ? null : addDays(start, daysBetween(original.start, original.end));
    events.push({ ...original, id: `${original.id}-s${i}`, title: `${original.title} #${i}`, start, end });
  }
  return { ...base, events };
}
