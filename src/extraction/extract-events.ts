import type { TimelineEvent } from '../domain/corpus.ts';
import { defaultPipeline } from './default-pipeline.ts';
import { formatTrace } from './trace.ts';
import type { DocumentState, EventCandidate, PipelineDocument, PipelineStage } from './types.ts';

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
  let state = initialState(doc);
  for (const stage of stages) {
    try {
      state = stage.run(state);
    } catch (error) {
      throw error instanceof StageError ? error : new StageError(stage.name, error);
    }
  }
  return state;
}

function toEvent(c: EventCandidate): TimelineEvent {
  if (!c.id || !c.title || !c.start || c.end === undefined || !c.precision || !c.timing) {
    throw new Error(`incomplete event from "${c.quote.text}"`); // checkTraceability already guards this
  }
  return {
    id: c.id,
    title: c.title,
    start: c.start,
    end: c.end,
    precision: c.precision,
    timing: c.timing,
    sources: [
      {
        docId: c.docId,
        quote: { start: c.quote.start, end: c.quote.end, text: c.quote.text },
        datePhrase: c.anchor.kind === 'reported' ? null : { start: c.anchor.mention.start, end: c.anchor.mention.end, text: c.anchor.mention.text },
        timexValue: c.anchor.kind === 'reported' ? null : c.anchor.mention.value,
        date: { start: c.start, end: c.end, precision: c.precision },
      },
    ],
    aliases: [],
    uncertain: false,
    salience: 0,
    actors: [],
    stages: c.stages,
  };
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Document -> events, sorted by start then id. Pure and deterministic. */
export function extractEvents(doc: PipelineDocument, stages: readonly PipelineStage[] = defaultPipeline): DocumentExtraction {
  const state = runStages(doc, stages);
  const events = state.candidates.map(toEvent).sort(compareEvents);
  return { events, state, explain: () => formatTrace(state.trace) };
}
