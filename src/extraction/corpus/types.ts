import type { Actor, CorpusWarning, SourceDocument, TimelineEvent } from '../../domain/corpus.ts';
import type { DocumentActor } from '../actors/recognise-actors.ts';
import type { HappeningSketch } from '../types.ts';

/**
 * What per-document extraction hands the corpus stages besides the events: the document's actors,
 * a sketch of each event (for merging reports across articles) and the days its date phrases name
 * (for salience). Plain JSON, so a cache can store it with the events.
 */
export interface DocumentAnalysis {
  actors: DocumentActor[];
  /** One per event of the document, by event id. */
  sketches: Array<{ id: string; sketch: HappeningSketch }>;
  /** Days (`YYYY-MM-DD`) the document's date phrases name at day precision, sorted, unique. */
  days: string[];
}

/** An event on its way through the corpus stages, with what they need to know about it. */
export interface CorpusEvent {
  event: TimelineEvent;
  sketch: HappeningSketch;
}

export interface CorpusDocument {
  document: SourceDocument;
  analysis: DocumentAnalysis;
}

/** The corpus stages' working record; like `DocumentState`, each stage returns a new one. */
export interface CorpusState {
  documents: CorpusDocument[];
  events: CorpusEvent[];
  actors: Actor[];
  warnings: CorpusWarning[];
  trace: Array<{ stage: string; message: () => string }>;
}

export interface CorpusStage {
  readonly name: string;
  run(state: CorpusState): CorpusState;
}
