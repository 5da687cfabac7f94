import { describe, expect, it } from 'vitest';
import { checkCorpus } from './corpus-check.ts';
import { parseCorpus, type Corpus } from './corpus.ts';

/** A small valid corpus with every optional field both present and absent somewhere. */
function validCorpus(): Corpus {
  const text = 'The council signed the water agreement on December 5, 2022. Talks resumed.';
  return {
    version: 2,
    documents: [
      { id: 'a', path: 'a.md', title: 'Water deal', published: '2022-12-20', text, source: 'https://news.example/a', publisher: 'Example News' },
      { id: 'b', path: 'b.txt', title: 'Talks', published: '2022-12-21', text },
    ],
    events: [
      {
        id: 'a-0-42',
        aliases: ['b-0-42'],
        title: 'The council signed the water agreement',
        start: '2022-12-05',
        end: null,
        precision: 'day',
        timing: 'past',
        uncertain: false,
        salience: 0.5,
        actors: ['council'],
        sources: [
          { docId: 'a', quote: { start: 0, end: 59, text: text.slice(0, 59) }, datePhrase: { start: 42, end: 58, text: text.slice(42, 58) }, timexValue: '2022-12-05', date: { start: '2022-12-05', end: null, precision: 'day' } },
          { docId: 'b', quote: { start: 0, end: 59, text: text.slice(0, 59) }, datePhrase: null, date: { start: '2022-12-01', end: '2022-12-31', precision: 'month' } },
        ],
        stages: ['splitSentences'],
      },
      {
        id: 'b-60-r',
        aliases: [],
        title: 'Talks resumed',
        start: '2022-12-21',
        end: null,
        precision: 'reported',
        timing: 'past',
        uncertain: true,
        salience: 0,
        actors: [],
        sources: [{ docId: 'b', quote: { start: 60, end: 73, text: text.slice(60, 73) }, datePhrase: null, timexValue: null, date: { start: '2022-12-21', end: null, precision: 'reported' } }],
      },
    ],
    actors: [{ id: 'council', name: 'The council', kind: 'organization', aliases: ['council'], events: 1 }],
    warnings: [{ file: 'c.txt', reason: 'empty file; skipped' }, { file: 'd.txt', reason: 'boom; skipped', stage: 'makeTitles' }],
  };
}

/** Every path to a value in `value`, e.g. ['events', 0, 'sources', 1, 'quote', 'start']. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

const WRONG: unknown[] = [undefined, null, '', 'x', 'ab cd', -1, 1.5, 2, 0, Infinity, true, [], {}, [1], '2022-02-30', '2022-12-05', 'ftp://x', 'https://ok.example', 'day', 'month', 'person'];

function mutate(corpus: Corpus, path: Array<string | number>, value: unknown): unknown {
  const copy = structuredClone(corpus) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1);
  if (last === undefined) return value;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('checkCorpus, the boundary check without zod', () => {
  it('accepts a valid corpus and returns it as zod does', () => {
    const corpus = validCorpus();
    const fast = checkCorpus(structuredClone(corpus));
    const zod = parseCorpus(structuredClone(corpus));
    expect(fast.ok && zod.ok).toBe(true);
    if (fast.ok && zod.ok) expect(fast.corpus).toStrictEqual(zod.corpus);
    const noWarnings = mutate(corpus, ['warnings'], undefined);
    const a = checkCorpus(noWarnings);
    const b = parseCorpus(structuredClone(noWarnings));
    expect(a.ok && b.ok && a.corpus.warnings.length === 0 && b.corpus.warnings.length === 0).toBe(true);
  });

  it('agrees with the zod schema on every single-field change of the corpus', () => {
    const corpus = validCorpus();
    let rejected = 0;
    let checked = 0;
    for (const path of paths(corpus)) {
      for (const value of WRONG) {
        const input = mutate(corpus, path, value);
        const zod = parseCorpus(structuredClone(input)).ok;
        const fast = checkCorpus(structuredClone(input)).ok;
        expect(fast, `${path.join('.')} = ${JSON.stringify(value)}: zod ${zod ? 'accepts' : 'rejects'}`).toBe(zod);
        checked++;
        if (!zod) rejected++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(rejected).toBeGreaterThan(checked / 2);
  });

  it('names where the problem is', () => {
    const bad = mutate(validCorpus(), ['events', 1, 'sources', 0, 'quote', 'end'], 99);
    const result = checkCorpus(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain('events.1.sources.0.quote: end - start must equal text.length');
    const untraceable = mutate(validCorpus(), ['documents', 1, 'text'], 'Something else entirely, long enough to slice: 0123456789012345678901234567890123456789012345678901234567890123456789');
    const r2 = checkCorpus(untraceable);
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.errors[0]).toMatch(/is not a verbatim slice of b/);
  });
});
