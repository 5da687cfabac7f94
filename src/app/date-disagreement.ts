import type { IndexedEvent } from '../domain/corpus-index.ts';
import { describeEventDate } from '../domain/event-date-label.ts';
import { M } from '../i18n/messages.ts';

/** A source's own date in words, worded as the event's would be (same timing). */
export function sourceDateLabel(event: IndexedEvent, index: number): string | null {
  const source = event.sources[index];
  if (!source) return null;
  return describeEventDate({ ...source.date, timing: event.timing, sources: [source] });
}

/**
 * When an event's sources disagree on its date (the corpus marks it `uncertain`: "December 12" and
 * "December 14"; "December 12" and "mid-December" agree, see domain/date-agreement.ts): one part per
 * date, most-reported first ("2 sources: December 12, 2022", "1 source: December 14, 2022"). Null
 * when they agree, or when fewer than two stated dates differ (a report that states no date
 * disagrees with none); each source's own date is still shown beside it.
 */
export function dateDisagreement(event: IndexedEvent): string[] | null {
  if (!event.uncertain) return null;
  const byLabel = new Map<string, number>();
  event.sources.forEach((source, i) => {
    if (source.date.precision === 'reported') return;
    const label = sourceDateLabel(event, i);
    if (label !== null) byLabel.set(label, (byLabel.get(label) ?? 0) + 1);
  });
  if (byLabel.size < 2) return null;
  return [...byLabel]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => M.details.disagreementPart(n, label));
}
