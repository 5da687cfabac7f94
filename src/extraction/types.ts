import type { Precision, Span, Timing } from '../domain/corpus.ts';
import type { TemporalMention } from './temporal/types.ts';

/**
 * The pipeline's working records. Stages pass one `DocumentState` along; each stage returns a new
 * state (no mutation), so any prefix of the pipeline can be run and inspected on its own.
 */

/** The part of a document the pipeline needs: its id, its body text and its publication date. */
export interface PipelineDocument {
  id: string;
  text: string;
  /** Publication date (document creation time), `YYYY-MM-DD`: the reference for every relative date. */
  published: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A date mention from the tagger, placed in its sentence. */
export interface DateMention extends TemporalMention {
  sentenceIndex: number;
  /** True when another stage (e.g. `mergeDateRanges`) built this mention from the tagger's output. */
  derived?: boolean;
}

/**
 * A clause: the unit an event is drawn from. `antecedent` is set for non-restrictive relative
 * clauses ("the corridor, which has been blockaded ...") so the quote and title can name what the
 * clause talks about; `attribution` marks reporting tails such as "the French presidency said".
 */
export interface Clause {
  sentenceIndex: number;
  start: number;
  end: number;
  text: string;
  attribution: boolean;
  /** Span of the noun phrase a relative clause refers to (inside the same sentence). */
  antecedent?: { start: number; end: number; text: string };
  /**
   * True when the clause starts with its verb: the main clause resuming after a relative clause
   * (", resigned on Friday"), an appositive participle (", founded in 1990,"), a coordinated verb.
   */
  resumesMain?: boolean;
  /**
   * True for a coordinated adverbial with no verb of its own ("and in Vienna in June"): its
   * `antecedent` holds the subject and verb it shares ("The talks were held").
   */
  sharesVerb?: boolean;
  /** The preceding coordinated clause, whose subject resolves this clause's leading pronoun ("and they will ..."). */
  coordinatedSubject?: { start: number; end: number; text: string };
}

/**
 * What dates an event candidate: an adverbial date of its clause ("since December 12"), a date or
 * duration modifying a noun ("the November 9, 2020 ceasefire agreement", "the two-week-long
 * blockade"), or nothing (a reported action).
 */
export type Anchor =
  | { kind: 'adverbial'; mention: DateMention }
  | { kind: 'noun-modifier'; mention: DateMention; phrase: { start: number; end: number; text: string } }
  | { kind: 'reported' };

/** An event on its way through the pipeline; later stages fill the optional fields. */
export interface EventCandidate {
  docId: string;
  clause: Clause;
  quote: Span;
  anchor: Anchor;
  /** Offset and text of the word that makes the clause an event (finite verb), if any. */
  trigger?: { start: number; end: number; text: string };
  /** Set by `anchorDurations` for duration-anchored events: the range ends at publication. */
  ongoingFromDuration?: boolean;
  /**
   * Set by `anchorDurations` for a look-back duration of a finished action ("polls published in
   * the past two weeks"): the range ends at publication too, but the action is past, not ongoing.
   */
  lookbackFromDuration?: boolean;
  start?: string;
  end?: string | null;
  precision?: Precision;
  timing?: Timing;
  title?: string;
  id?: string;
  /** Names of the stages that shaped this candidate, in order. */
  stages: string[];
}

/** One line of debug trace, built only when somebody reads it. */
export type TraceEntry = { stage: string; message: () => string };

export interface DocumentState {
  doc: PipelineDocument;
  sentences: Sentence[];
  mentions: DateMention[];
  clauses: Clause[];
  candidates: EventCandidate[];
  trace: TraceEntry[];
}

/** One pipeline step: a name (recorded on every event it shapes) and a pure transformation. */
export interface PipelineStage {
  readonly name: string;
  run(state: DocumentState): DocumentState;
}
