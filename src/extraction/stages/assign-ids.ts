import type { PipelineStage } from '../types.ts';

/**
 * Stable ids: `${docId}-${quote.start}-${datePhrase.start | 'r'}` (`r` for reported events, which
 * have no date phrase). They depend only on the document id and where the quote and date phrase
 * start in that document's text, so re-extraction and adding other documents keep every link;
 * editing a document's text before an event moves that event's id (an honest change: the quote
 * moved). Characters outside `[A-Za-z0-9_.:-]` in the document id become `_`. Two candidates with
 * one id would be one event drawn twice: a pipeline bug, so it throws.
 */
export function safeIdPart(docId: string): string {
  return docId.replace(/[^A-Za-z0-9_.:-]/g, '_');
}

/** Stage 9: ids from document and spans, so shared links survive re-extraction. */
export const assignIds: PipelineStage = {
  name: 'assignIds',
  run(state) {
    const seen = new Map<string, string>();
    const candidates = state.candidates.map((c) => {
      const phrase = c.anchor.kind === 'reported' ? 'r' : String(c.anchor.mention.start);
      const id = `${safeIdPart(c.docId)}-${c.quote.start}-${phrase}`;
      const previous = seen.get(id);
      if (previous !== undefined) {
        throw new Error(`assignIds: two events share id ${id} ("${previous}" and "${c.quote.text}")`);
      }
      seen.set(id, c.quote.text);
      return { ...c, id, stages: [...c.stages, 'assignIds'] };
    });
    return { ...state, candidates };
  },
};
