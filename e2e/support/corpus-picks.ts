import { daysBetween } from '../../src/domain/calendar.ts';
import type { Corpus, EventSource, SourceDocument, TimelineEvent } from '../../src/domain/corpus.ts';

/**
 * Deterministic choices of test events from a corpus. The journeys run against whatever the pipeline extracts
 * from `seeds/`, so they pick events by stable properties (order, precision, date) rather than hard-coding ids,
 * and fail with a message that says which property the corpus lacked.
 */

/** The event's first source: the one the detail panel and the article view show. */
export function primarySource(event: TimelineEvent): EventSource {
  const source = event.sources[0];
  if (!source) throw new Error(`event ${event.id} has no source`);
  return source;
}

export function documentOf(corpus: Corpus, event: TimelineEvent): SourceDocument {
  const { docId } = primarySource(event);
  const document = corpus.documents.find((d) => d.id === docId);
  if (!document) throw new Error(`event ${event.id} names unknown document ${docId}`);
  return document;
}

/**
 * Events a locator can find by title text alone: no other event's title equals or contains theirs (Playwright's
 * `hasText` matches substrings). In corpus order (start, then id).
 */
export function distinctlyTitled(corpus: Corpus): TimelineEvent[] {
  return corpus.events.filter((event) =>
    corpus.events.every((other) => other === event || !other.title.includes(event.title)),
  );
}

/** The `n` first distinctly titled events matching `accept`, or an error naming what was missing. */
export function pickEvents(
  corpus: Corpus,
  n: number,
  why: string,
  accept: (event: TimelineEvent) => boolean = () => true,
): TimelineEvent[] {
  const picked = distinctlyTitled(corpus).filter(accept).slice(0, n);
  if (picked.length < n) {
    throw new Error(`corpus has ${picked.length} distinctly titled event(s) ${why}; the journey needs ${n}`);
  }
  return picked;
}

export function pickEvent(corpus: Corpus, why: string, accept?: (event: TimelineEvent) => boolean): TimelineEvent {
  const [event] = pickEvents(corpus, 1, why, accept);
  if (!event) throw new Error(`no event ${why}`);
  return event;
}

/**
 * The events `?date=` may select: those starting on that day when there are any (the contract's example: the
 * blockade "since December 12" for 2022-12-12), else those whose start is nearest to it.
 */
export function eventsNearest(corpus: Corpus, day: string): TimelineEvent[] {
  const sameDay = corpus.events.filter((e) => e.start === day);
  if (sameDay.length > 0) return sameDay;
  const distance = (e: TimelineEvent) => Math.abs(daysBetween(day, e.start));
  const best = Math.min(...corpus.events.map(distance));
  return corpus.events.filter((e) => distance(e) === best);
}

/** Events of the same document whose quote is a different span (each is its own `<mark>` in the article). */
export function otherQuotedEvents(corpus: Corpus, event: TimelineEvent): TimelineEvent[] {
  const { docId, quote } = primarySource(event);
  return corpus.events.filter((other) => {
    const source = primarySource(other);
    return source.docId === docId && (source.quote.start !== quote.start || source.quote.end !== quote.end);
  });
}

/** Collapses runs of whitespace like Playwright's text assertions do, for comparing DOM text with corpus text. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
