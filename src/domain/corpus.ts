import { z } from 'zod';
import { isIsoDay } from './calendar.ts';
import { checkTraceability, isHttpUrl } from './corpus-contract.ts';

// No `new Function` probe or generated parsers: the app runs under a CSP without 'unsafe-eval'
// (src/cli/security-headers.ts), where zod's eval probe is a policy violation.
z.config({ jitless: true });

/**
 * The data contract between extraction and the app: one schema, parsed once at the boundary
 * (the app's loader and the CLI's self-check). Types are inferred from it so they cannot drift.
 */

/** A calendar day, `YYYY-MM-DD`, that really exists (2022-02-30 is rejected). */
const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isIsoDay, 'not a real calendar day');

/**
 * How much of the date the text states. `day`/`month`/`year`: stated to that unit.
 * `approximate`: only a range is known (start..end). `reported`: the text gives no date; the event
 * happened on or before the publication date.
 */
const precisionSchema = z.enum(['day', 'month', 'year', 'approximate', 'reported']);

/** Where the event lies relative to its document's publication date. */
const timingSchema = z.enum(['past', 'ongoing', 'future']);

/** A span of a document's text: `text === document.text.slice(start, end)`. */
const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().min(1),
  })
  .refine((s) => s.end - s.start === s.text.length, 'end - start must equal text.length');

/** A date as one report states it, or as the event holds it: first day, inclusive last day, precision. */
const datingSchema = z.object({
  start: isoDateSchema,
  /** Inclusive last day for ranges (approximate, ongoing, month, year, or two stated days); null for a single day. */
  end: isoDateSchema.nullable(),
  precision: precisionSchema,
});

const eventSourceSchema = z.object({
  docId: z.string().min(1),
  /** The verbatim sentence (or clause) the event is drawn from. */
  quote: spanSchema,
  /** The date expression that dates the event, or null when the date is only the publication date. */
  datePhrase: spanSchema.nullable(),
  /** TimeML value of the date phrase (e.g. `2022-12-12`, `P2W`, `PAST_REF`), for traceability. */
  timexValue: z.string().nullable().optional(),
  /**
   * The date this report gives on its own, resolved against its document's publication date. The event's
   * date is what its sources agree on; a source whose date differs is shown as a disagreement.
   */
  date: datingSchema,
});

/** Characters of ids (event, actor): they travel in URLs and file names. */
const idSchema = z.string().regex(/^[A-Za-z0-9_.:-]+$/);

const eventSchema = z.object({
  /**
   * Stable id: the id of the event's first report (document id + quote/date-phrase span, see
   * `extraction/stages/assign-ids.ts`), so it survives re-extraction and adding unrelated documents.
   */
  id: idSchema,
  /**
   * Ids this event also answers to: the ids its other reports would have on their own, and ids given by
   * earlier versions of the pipeline, so a shared `?event=` link opens the event that now holds its quote.
   */
  aliases: z.array(idSchema),
  title: z.string().min(1),
  start: isoDateSchema,
  /** Inclusive last day for ranges (approximate, ongoing, month, year, or two stated days); null for a single day. */
  end: isoDateSchema.nullable(),
  precision: precisionSchema,
  timing: timingSchema,
  /**
   * True when the date is in doubt: its sources disagree, or a timeline rule could not confirm it (a
   * past-tense report dated after publication). The app draws such events as uncertain.
   */
  uncertain: z.boolean(),
  /** Importance in [0, 1] (documented where it is computed): the timeline labels the most salient first. */
  salience: z.number().min(0).max(1),
  /** Ids of the people, organisations and places the event names (see `actors`). */
  actors: z.array(idSchema),
  /** Every report of this happening, in document order then text order. */
  sources: z.array(eventSourceSchema).min(1),
  /** Names of the pipeline stages that shaped this event, in order. */
  stages: z.array(z.string()).optional(),
});

/** Who or where: normalised across the corpus ("President Emmanuel Macron", "Macron" -> one actor). */
const actorSchema = z.object({
  id: idSchema,
  /** The name shown, the fullest form the corpus uses. */
  name: z.string().min(1),
  kind: z.enum(['person', 'organization', 'place']),
  /** Other surface forms that were normalised to this actor ("Macron", "the French leader"). */
  aliases: z.array(z.string()),
  /** How many events name this actor. */
  events: z.number().int().nonnegative(),
});

const documentSchema = z.object({
  id: z.string().min(1),
  /** Path relative to the project root, e.g. `seeds/000_x.txt`. */
  path: z.string().min(1),
  title: z.string().min(1),
  published: isoDateSchema,
  text: z.string(),
  /** Link to the original article; only http(s), since the app renders it as a link. */
  source: z.string().refine(isHttpUrl, 'source must be an http(s) URL').optional(),
  publisher: z.string().optional(),
});

const warningSchema = z.object({
  file: z.string(),
  reason: z.string(),
  /** The pipeline stage that failed, when a document was skipped because extraction threw. */
  stage: z.string().optional(),
});

export const corpusSchema = z.object({
  /** 2: events merge several reports (aliases, per-source dates), with actors and salience. */
  version: z.literal(2),
  documents: z.array(documentSchema),
  events: z.array(eventSchema),
  actors: z.array(actorSchema),
  /**
   * Problems with input files, each naming the file: a skipped document (reason ends in
   * "; skipped") or a dropped optional field of a kept one (e.g. a non-http `source`; "; ignored").
   */
  warnings: z.array(warningSchema).default([]),
});

export { CORPUS_FILE, CORPUS_UPDATED_EVENT, checkTraceability, isHttpUrl, isSkippedFile } from './corpus-contract.ts';

export type Precision = z.infer<typeof precisionSchema>;
export type Timing = z.infer<typeof timingSchema>;
export type Span = z.infer<typeof spanSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
export type EventDating = z.infer<typeof datingSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type TimelineEvent = z.infer<typeof eventSchema>;
export type SourceDocument = z.infer<typeof documentSchema>;
export type CorpusWarning = z.infer<typeof warningSchema>;
export type Corpus = z.infer<typeof corpusSchema>;

export type CorpusParseResult =
  | { ok: true; corpus: Corpus }
  | { ok: false; errors: string[] };

/**
 * Parses untrusted JSON into a Corpus: checks the schema, then the cross-record invariants
 * (every source names a known document and its spans are verbatim slices of that document).
 */
export function parseCorpus(input: unknown): CorpusParseResult {
  const parsed = corpusSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  }
  const errors = checkTraceability(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, corpus: parsed.data };
}
