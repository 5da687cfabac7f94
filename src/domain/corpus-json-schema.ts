import { z } from 'zod';
import { corpusSchema } from './corpus.ts';

/**
 * The corpus contract as JSON Schema, generated from the zod schema so the two cannot drift.
 * Committed as `docs/corpus.schema.json` (regenerate with `npm run extract -- --schema --out
 * docs/corpus.schema.json`); a unit test fails when the committed file is stale. It describes the
 * input side (what the app accepts: `warnings` may be omitted). Cross-record rules (quotes slice
 * their document, real calendar days) live in `parseCorpus`, not in the JSON Schema.
 */
export function corpusJsonSchemaText(): string {
  const schema = z.toJSONSchema(corpusSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Sourceline corpus', $comment: 'Generated from src/domain/corpus.ts; do not edit by hand.' }, null, 2)}\n`;
}
