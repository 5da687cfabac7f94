/** A span of the document that belongs to an event (its quote), in document offsets. */
export interface ArticleMark {
  eventId: string;
  start: number;
  end: number;
}

export type ArticleSegment =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'mark'; start: number; text: string; eventId: string; current: boolean };

/**
 * Cuts a document into plain text and marked runs, one mark per event quote. Quotes may overlap
 * (two events drawn from one sentence); each character then belongs to the current event if it
 * covers it, else to the quote that starts first (longest on a tie), so the current quote is always
 * one whole mark and no text is lost or repeated: the segments' texts join back to `text`.
 */
export function segmentArticle(text: string, marks: readonly ArticleMark[], currentId: string | null): ArticleSegment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);

  const segments: ArticleSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? start;
    if (end <= start) continue;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const owner = covering.find((m) => m.eventId === currentId) ?? covering[0];
    const last = segments[segments.length - 1];
    const piece = text.slice(start, end);
    if (owner === undefined) {
      if (last?.kind === 'text') last.text += piece;
      else segments.push({ kind: 'text', start, text: piece });
    } else if (last?.kind === 'mark' && last.eventId === owner.eventId && last.start + last.text.length === start) {
      last.text += piece;
    } else {
      segments.push({ kind: 'mark', start, text: piece, eventId: owner.eventId, current: owner.eventId === currentId });
    }
  }
  return segments;
}
