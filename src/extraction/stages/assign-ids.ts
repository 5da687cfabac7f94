import type { EventCandidate, PipelineStage, TraceEntry } from '../types.ts';

/**
 * Stable ids, unique by construction. The base id is `${docId}-${quote.start}-${datePhrase.start | 'r'}`
 * (`r` for reported events, which have no date phrase): it depends only on the document id and where
 * the quote and date phrase start, so re-extraction and adding other documents keep every link;
 * editing a document's text before an event moves that event's id (an honest change: the quote moved).
 *
 * Two events of one sentence can share a base id (a relative clause and the main clause resuming after
 * it both quote from the subject: "The minister, who took office in May, resigned"). Then the one with
 * the shortest quote keeps the base id (so a link of that form still opens an event holding that quote)
 * and each other one gets `.${quote.end}` appended, and `.${datePhrase.end}` too when the quote ends
 * match. A candidate with the same quote and date phrase spans as another is the same event drawn twice:
 * it is dropped with a trace line. Ids parse from the right (the suffixes hold no `-`, the base's last
 * part holds no `.`), so no two documents' ids can meet either. Characters outside `[A-Za-z0-9_.:-]` in
 * the document id become `_`.
 */
export function safeIdPart(docId: string): string {
  return docId.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

function phraseSpan(c: EventCandidate): { start: number; end: number } | undefined {
  return c.anchor.kind === 'reported' ? undefined : c.anchor.mention;
}

function baseId(c: EventCandidate): string {
  return `${safeIdPart(c.docId)}-${c.quote.start}-${phraseSpan(c)?.start ?? 'r'}`;
}

/** Shortest quote first, then the shorter date phrase: the order in which a base id is handed out. */
function byQuoteEnd(a: EventCandidate, b: EventCandidate): number {
  return a.quote.end - b.quote.end || (phraseSpan(a)?.end ?? -1) - (phraseSpan(b)?.end ?? -1);
}

/** Stage 10: ids from document and spans, so shared links survive re-extraction. */
export const assignIds: PipelineStage = {
  name: 'assignIds',
  run(state) {
    const trace: TraceEntry[] = [...state.trace];
    // Candidates by position in the list (the same object may be listed twice), grouped by base id.
    const groups = new Map<string, number[]>();
    state.candidates.forEach((c, i) => {
      const key = baseId(c);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    const ids = new Map<number, string>();
    for (const [base, group] of groups) {
      const ordered = group.sort((a, b) => byQuoteEnd(state.candidates[a] as EventCandidate, state.candidates[b] as EventCandidate) || a - b);
      let previous: EventCandidate | undefined;
      for (const i of ordered) {
        const c = state.candidates[i] as EventCandidate;
        if (previous && previous.quote.end === c.quote.end && phraseSpan(previous)?.end === phraseSpan(c)?.end) {
          trace.push({ stage: 'assignIds', message: () => `dropped a second event with the same quote and date phrase as ${base}: "${c.quote.text}"` });
          continue;
        }
        const sameEnd = previous !== undefined && previous.quote.end === c.quote.end;
        const id = previous === undefined ? base : sameEnd ? `${base}.${c.quote.end}.${phraseSpan(c)?.end ?? 'r'}` : `${base}.${c.quote.end}`;
        ids.set(i, id);
        if (previous !== undefined) trace.push({ stage: 'assignIds', message: () => `${id}: shares its quote start and date phrase with ${base}` });
        previous = c;
      }
    }
    const candidates: EventCandidate[] = [];
    state.candidates.forEach((c, i) => {
      const id = ids.get(i);
      if (id !== undefined) candidates.push({ ...c, id, stages: [...c.stages, 'assignIds'] });
    });
    return { ...state, candidates, trace };
  },
};
