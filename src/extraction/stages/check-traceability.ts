import { wordsNotIn } from '../english-words.ts';
import type { PipelineStage } from '../types.ts';

/**
 * The last gate: every quote and date phrase must be a verbatim slice of the document text, every
 * title word must occur in the event's sentence, and every event must be fully placed. Any failure
 * is a pipeline bug, and an untraceable event must never reach the timeline, so it throws with the
 * document id and the offending span instead of dropping the event quietly.
 */
export class TraceabilityError extends Error {
  override readonly name = 'TraceabilityError';
}

/** Stage 14 (last): refuses any event whose quote, date phrase or title is not the document's own. */
export const checkTraceability: PipelineStage = {
  name: 'checkTraceability',
  run(state) {
    const { text, id: docId } = state.doc;
    const fail = (message: string): never => {
      throw new TraceabilityError(`${docId}: ${message}`);
    };
    const candidates = state.candidates.map((c) => {
      if (text.slice(c.quote.start, c.quote.end) !== c.quote.text) {
        fail(`quote [${c.quote.start}, ${c.quote.end}) is not a verbatim slice: "${c.quote.text}"`);
      }
      if (c.anchor.kind !== 'reported') {
        const m = c.anchor.mention;
        if (text.slice(m.start, m.end) !== m.text) fail(`date phrase [${m.start}, ${m.end}) is not a verbatim slice: "${m.text}"`);
      }
      if (!c.id || !c.title || !c.start || c.end === undefined || !c.precision || !c.timing) {
        fail(`event from "${c.quote.text}" left the pipeline incomplete`);
      }
      const foreign = wordsNotIn(c.title ?? '', state.sentences[c.clause.sentenceIndex]?.text ?? '');
      if (foreign.length > 0) fail(`title "${c.title}" has words not in its sentence: ${foreign.join(', ')}`);
      return { ...c, stages: [...c.stages, 'checkTraceability'] };
    });
    // A merged event's title may take words from any of its reports' sentences. One map of the checked
    // candidates for all happenings (built per happening it made this stage quadratic: 128 KB, x20 for x8).
    const checked = new Map(candidates.map((c) => [c.id, c]));
    const happenings = state.happenings?.map((h) => {
      const sentences = [...new Set(h.members.map((m) => m.clause.sentenceIndex))].map((i) => state.sentences[i]?.text ?? '').join(' ');
      const foreign = wordsNotIn(h.title, sentences);
      if (!h.title || foreign.length > 0) fail(`title "${h.title}" of ${h.id} has words not in its sentences: ${foreign.join(', ')}`);
      return { ...h, members: h.members.map((m) => checked.get(m.id) ?? m) };
    });
    return { ...state, candidates, ...(happenings ? { happenings } : {}) };
  },
};
