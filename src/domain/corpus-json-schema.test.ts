import { describe, expect, it } from 'vitest';
import committed from '../../docs/corpus.schema.json?raw';
import { corpusJsonSchemaText } from './corpus-json-schema.ts';

describe('docs/corpus.schema.json', () => {
  it('equals the schema generated from src/domain/corpus.ts (regenerate: npm run extract -- --schema --out docs/corpus.schema.json)', () => {
    expect(committed).toBe(corpusJsonSchemaText());
  });

  it('describes the corpus shape', () => {
    const schema = JSON.parse(corpusJsonSchemaText()) as { required?: string[]; properties?: Record<string, unknown> };
    expect(schema.required).toEqual(['version', 'documents', 'events', 'actors']);
    expect(Object.keys(schema.properties ?? {})).toEqual(['version', 'documents', 'events', 'actors', 'warnings']);
  });
});
