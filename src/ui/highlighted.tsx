/** Ranges of a text to mark (search matches), `[start, end)`, sorted and not overlapping. */
export type TextRanges = ReadonlyArray<{ start: number; end: number }>;

/** Text with its search matches marked; React text only (the text is untrusted). */
export function Highlighted({ text, ranges }: { text: string; ranges?: TextRanges | undefined }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const parts: Array<string | { mark: string; at: number }> = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push({ mark: text.slice(r.start, r.end), at: r.start });
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <mark key={`${part.at}:${i}`} className="sl-mark sl-mark--search">
            {part.mark}
          </mark>
        ),
      )}
    </>
  );
}
