import type { EventDating, Precision, Span, Timing } from '../domain/corpus.ts';
import type { RecognisedActors } from './actors/recognise-actors.ts';
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
  /**
   * True for a coordinated past clause with no date of its own that happened with the clause before
   * it ("was first debated on June 4, | but the vote was put off"; "inspected the plant on Monday |
   * and said the roof had held"): it takes that clause's date.
   */
  inheritsDate?: boolean;
  /**
   * For the content of reported speech drawn as its own event ("The carmaker said on Tuesday | it
   * would delay the launch until next year"): the speaker's words, whose subject stands in for a
   * leading pronoun in the title.
   */
  speaker?: { start: number; end: number; text: string };
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
  /** Set by `confirmTenseDates` when a timeline rule could not confirm the date (drawn as uncertain). */
  uncertain?: boolean;
  title?: string;
  id?: string;
  /** Set by `describeHappenings`: what the report is about, for merging reports of one happening. */
  sketch?: HappeningSketch;
  /** Names of the stages that shaped this candidate, in order. */
  stages: string[];
}

/**
 * What a report says happened, in comparable form: the kind of happening, who and where, its key
 * content words, and whether it is a plan or a thing done. Two reports can be one happening only
 * when their sketches match (see `happenings/compare-happenings.ts`).
 */
export interface HappeningSketch {
  /** Lexicon kind (`outage`, `meet`, `call` ...) or `~stem` of the trigger word when the lexicon has none. */
  kind: string;
  /** Stemmed content words, without the kind's own words and the actors' names. */
  stems: string[];
  /** Document actor keys the report names (its quote, and its sentence outside other reports). */
  actors: string[];
  /** The people among `actors`. */
  persons: string[];
  /** The places among `actors` (weaker evidence: every report of a story names its city). */
  places: string[];
  /** True for a plan, an expectation or a schedule ("will meet", "plans to visit"); false for a thing done. */
  planned: boolean;
  /** True when the report is in the article's first sentence. */
  lead: boolean;
}

/**
 * One happening of one document after `mergeWithinArticle`: its reports (candidates, article order),
 * and what the event built from them shows. The id is the first report's; the others' ids are aliases.
 */
export interface Happening {
  id: string;
  aliases: string[];
  members: EventCandidate[];
  title: string;
  dating: EventDating;
  timing: Timing;
  uncertain: boolean;
  sketch: HappeningSketch;
  /** Why the members are one happening (for the trace and the stage list). */
  rule: 'single' | 'frame' | 'same-happening';
}

/** One line of debug trace, built only when somebody reads it. */
export type TraceEntry = { stage: string; message: () => string };

export interface DocumentState {
  doc: PipelineDocument;
  sentences: Sentence[];
  mentions: DateMention[];
  clauses: Clause[];
  candidates: EventCandidate[];
  /** Set by `findActors`: the people, organisations and places the document names. */
  actors?: RecognisedActors;
  /** Set by `mergeWithinArticle`: the document's happenings (each one event). */
  happenings?: Happening[];
  trace: TraceEntry[];
}

/** One pipeline step: a name (recorded on every event it shapes) and a pure transformation. */
export interface PipelineStage {
  readonly name: string;
  run(state: DocumentState): DocumentState;
}
