import { z } from 'zod';
import { isIsoDay } from './calendar.ts';

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

const eventSourceSchema = z.object({
  docId: z.string().min(1),
  /** The verbatim sentence (or clause) the event is drawn from. */
  quote: spanSchema,
  /** The date expression that dates the event, or null when the date is only the publication date. */
  datePhrase: spanSchema.nullable(),
  /** TimeML value of the date phrase (e.g. `2022-12-12`, `P2W`, `PAST_REF`), for traceability. */
  timexValue: z.string().nullable().optional(),
});

const eventSchema = z.object({
  /** Stable id derived from document id and quote/date-phrase span: survives re-extraction. */
  id: z.string().regex(/^[A-Za-z0-9_.:-]+$/),
  title: z.string().min(1),
  start: isoDateSchema,
  /** Inclusive last day for ranges (approximate, ongoing, month, year); null for a single day. */
  end: isoDateSchema.nullable(),
  precision: precisionSchema,
  timing: timingSchema,
  sources: z.array(eventSourceSchema).min(1),
  /** Names of the pipeline stages that shaped this event, in order. */
  stages: z.array(z.string()).optional(),
});

const documentSchema = z.object({
  id: z.string().min(1),
  /** Path relative to the project root, e.g. `seeds/000_x.txt`. */
  path: z.string().min(1),
  title: z.string().min(1),
  published: isoDateSchema,
  text: z.string(),
  /** Link to the original article; only http(s), since the app renders it as a link. */
  source: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'source must be an http(s) URL')
    .optional(),
  publisher: z.string().optional(),
});

const warningSchema = z.object({
  file: z.string(),
  reason: z.string(),
});

export const corpusSchema = z.object({
  version: z.literal(1),
  documents: z.array(documentSchema),
  events: z.array(eventSchema),
  /**
   * Problems with input files, each naming the file: a skipped document (reason ends in
   * "; skipped") or a dropped optional field of a kept one (e.g. a non-http `source`; "; ignored").
   */
  warnings: z.array(warningSchema).default([]),
});

/**
 * How the corpus reaches the app, shared by the Vite plugin (src/cli) and the app's loader (src/app),
 * which may not import each other: the file name next to `index.html`, and the dev server's custom
 * HMR event after a document changed (the app then refetches the file).
 */
export const CORPUS_FILE = 'corpus.json';
export const CORPUS_UPDATED_EVENT = 'sourceline:corpus-updated';

export type Precision = z.infer<typeof precisionSchema>;
export type Timing = z.infer<typeof timingSchema>;
export type Span = z.infer<typeof spanSchema>;
export type EventSource = z.infer<typeof eventSourceSchema>;
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

/** Every quote and date phrase must equal `text.slice(start, end)` of its document. */
export function checkTraceability(corpus: Pick<Corpus, 'documents' | 'events'>): string[] {
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const errors: string[] = [];
  for (const event of corpus.events) {
    for (const source of event.sources) {
      const text = texts.get(source.docId);
      if (text === undefined) {
        errors.push(`event ${event.id}: unknown document ${source.docId}`);
        continue;
      }
      for (const [name, span] of [['quote', source.quote], ['datePhrase', source.datePhrase]] as const) {
        if (span && text.slice(span.start, span.end) !== span.text) {
          errors.push(`event ${event.id}: ${name} [${span.start}, ${span.end}) is not a verbatim slice of ${source.docId}`);
        }
      }
    }
  }
  return errors;
}
