import { z } from 'zod';
import { corpusSchema } from './corpus.ts';

/**
 * The split layout's three files as zod schemas (for the CLI, the docs and the tests; the app reads
 * them with the hand-written checks in corpus-split.ts, held to these by corpus-split.test.ts).
 * Committed as JSON Schema in `docs/corpus-split.schema.json` (regenerate with
 * `npm run extract -- --schema-split --out docs/corpus-split.schema.json`); a unit test fails when it is stale.
 */

const fileName = z.string().regex(/^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9_./-]*$/).describe('relative to the manifest');
const count = z.number().int().nonnegative();
const documentEntry = corpusSchema.shape.documents.element;

export const splitManifestSchema = z
  .object({
    sourceline: z.literal('corpus-split'),
    version: z.literal(1),
    events: count,
    documents: count,
    index: fileName.describe('the index file, corpus/index.<hash>.json'),
    shards: z.array(fileName).describe('document shards, corpus/documents-<n>.<hash>.json'),
  })
  .describe('corpus.json in the split layout: names the other files (fetched with no-cache; the others are content-hashed)');

export const splitIndexSchema = z
  .object({
    sourceline: z.literal('corpus-index'),
    version: z.literal(1),
    documents: z.array(documentEntry.omit({ text: true }).extend({ shard: count.describe('position in the manifest\'s shards') })),
    actors: corpusSchema.shape.actors,
    warnings: z.array(corpusSchema.shape.warnings.unwrap().element),
    days: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).describe('every distinct day once; the columns hold positions in it'),
    timexes: z.array(z.string()).describe('every distinct TimeML value once'),
    events: z
      .object({
        id: z.array(z.string()).describe('"~rest" stands for "<first source\'s document id>-rest"'),
        title: z.array(z.string().min(1)),
        start: z.array(count).describe('position in days'),
        end: z.array(z.number().int().min(-1)).describe('position in days, -1: a single day'),
        precision: z.array(z.number().int().min(0).max(4)).describe('day, month, year, approximate, reported'),
        timing: z.array(z.number().int().min(0).max(2)).describe('past, ongoing, future'),
        uncertain: z.array(z.union([z.literal(0), z.literal(1)])),
        salience: z.array(z.number().min(0).max(1)),
        aliases: z.array(z.array(z.string())),
        actors: z.array(z.array(z.string())),
        sourceCount: z.array(z.number().int().min(1)).describe('rows of sources per event, in order'),
      })
      .describe('one array per field, all of the same length (the event count)'),
    sources: z
      .object({
        doc: z.array(count).describe('position in documents'),
        quote: z.array(count).describe('[start, length] pairs, flat'),
        phrase: z.array(z.number().int()).describe('[start - quote start, length] pairs, flat; length 0: no date phrase'),
        timex: z.array(z.number().int().min(-1)).describe('position in timexes, -1: none'),
        date: z.array(z.union([z.literal(0), z.tuple([count, z.number().int().min(-1), z.number().int().min(0).max(4)])])).describe('0: the event\'s date; else [start, end, precision]'),
      })
      .describe('one row per source of each event, in event order'),
  })
  .describe('corpus/index.<hash>.json: every event without its quotes\' text, column by column');

export const documentShardSchema = z
  .object({
    sourceline: z.literal('corpus-documents'),
    version: z.literal(1),
    documents: z.array(z.object({ id: z.string().min(1), text: z.string() })),
  })
  .describe('corpus/documents-<n>.<hash>.json: the texts of a run of documents; a quote is text.slice(start, start + length)');

export function splitJsonSchemaText(): string {
  const schema = z.toJSONSchema(z.union([splitManifestSchema, splitIndexSchema, documentShardSchema]), { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Sourceline split layout (corpus.json manifest, index, document shard)', $comment: 'Generated from src/domain/corpus-split-schema.ts; do not edit by hand.' }, null, 2)}\n`;
}
