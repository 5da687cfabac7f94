import type { EventSource, TimelineEvent } from '../domain/corpus.ts';
import { defaultPipeline } from './default-pipeline.ts';
import { withDocumentTokens } from './english-words.ts';
import { formatTrace } from './trace.ts';
import type { DocumentState, EventCandidate, Happening, PipelineDocument, PipelineStage } from './types.ts';

export interface DocumentExtraction {
  events: TimelineEvent[];
  /** The final pipeline state, for tests and debugging. */
  state: DocumentState;
  /** Formats the lazy trace (only call it when you need to read it). */
  explain(): string;
}

export function initialState(doc: PipelineDocument): DocumentState {
  return { doc, sentences: [], mentions: [], clauses: [], candidates: [], trace: [] };
}

/**
 * An exception inside one stage, labelled with that stage's name so the caller can say where one
 * document broke the pipeline (`extractFile` turns it into a warning; the other documents go on).
 */
export class StageError extends Error {
  override readonly name = 'StageError';
  constructor(readonly stage: string, readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
  }
}

/** Runs `stages` (by default the whole pipeline) over one document. A throw inside a stage becomes a `StageError`. */
export function runStages(doc: PipelineDocument, stages: readonly PipelineStage[] = defaultPipeline): DocumentState {
  // The stages tokenize many pieces of this one text: they share one tokenization of it.
  return withDocumentTokens(doc.text, () => {
    let state = initialState(doc);
    for (const stage of stages) {
      try {
        state = stage.run(state);
      } catch (error) {
        throw error instanceof StageError ? error : new StageError(stage.name, error);
      }
    }
    return state;
  });
}

function sourceOf(c: EventCandidate): EventSource {
  if (!c.start || c.end === undefined || !c.precision) {
    throw new Error(`incomplete event from "${c.quote.text}"`); // checkTraceability already guards this
  }
  return {
    docId: c.docId,
    quote: { start: c.quote.start, end: c.quote.end, text: c.quote.text },
    datePhrase: c.anchor.kind === 'reported' ? null : { start: c.anchor.mention.start, end: c.anchor.mention.end, text: c.anchor.mention.text },
    timexValue: c.anchor.kind === 'reported' ? null : c.anchor.mention.value,
    date: { start: c.start, end: c.end, precision: c.precision },
  };
}

/** A candidate on its own as a happening (a pipeline without `mergeWithinArticle`). */
function single(c: EventCandidate): Happening {
  if (!c.id || !c.title || !c.start || c.end === undefined || !c.precision || !c.timing) {
    throw new Error(`incomplete event from "${c.quote.text}"`);
  }
  return {
    id: c.id, aliases: [], members: [c], title: c.title,
    dating: { start: c.start, end: c.end, precision: c.precision }, timing: c.timing, uncertain: c.uncertain === true,
    sketch: c.sketch ?? { kind: '~event', stems: [], actors: [], persons: [], places: [], planned: false, lead: false },
    rule: 'single',
  };
}

function toEvent(h: Happening): TimelineEvent {
  const stages = [...new Set(h.members.flatMap((m) => m.stages))];
  return {
    id: h.id,
    title: h.title,
    start: h.dating.start,
    end: h.dating.end,
    precision: h.dating.precision,
    timing: h.timing,
    sources: h.members.map(sourceOf),
    aliases: h.aliases,
    uncertain: h.uncertain,
    salience: 0,
    actors: h.sketch.actors,
    stages,
  };
}

/** The document's happenings: `mergeWithinArticle`'s, or one per candidate when it did not run. */
export function happeningsOf(state: DocumentState): Happening[] {
  return state.happenings ?? state.candidates.map(single);
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Document -> events, sorted by start then id. Pure and deterministic. */
export function extractEvents(doc: PipelineDocument, stages: readonly PipelineStage[] = defaultPipeline): DocumentExtraction {
  const state = runStages(doc, stages);
  const events = happeningsOf(state).map(toEvent).sort(compareEvents);
  return { events, state, explain: () => formatTrace(state.trace) };
}
