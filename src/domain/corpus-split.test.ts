import { describe, expect, it } from 'vitest';
import committedSchema from '../../docs/corpus-split.schema.json?raw';
import { documentShardSchema, splitIndexSchema, splitJsonSchemaText, splitManifestSchema } from './corpus-split-schema.ts';
import type { Corpus, TimelineEvent } from './corpus.ts';
import { indexDataOf } from './corpus-index.ts';
import { checkIndex, checkShard, indexDataOfColumns, manifestOf, readIndex, splitCorpus } from './corpus-split.ts';
import { buffersOf } from './index-columns.ts';
import { testEvent } from './test-events.ts';

const text = 'On December 12 the road closed. Talks resumed in March 2023.';
const corpus: Corpus = {
  version: 2,
  documents: [
    { id: 'a', path: 'a.txt', title: 'A', published: '2022-12-24', text },
    { id: 'b', path: 'b.md', title: 'B', published: '2023-04-01', text: 'x'.repeat(30), source: 'https://example.org/b', publisher: 'Example' },
  ],
  events: [
    testEvent('a-0-3', '2022-12-12', {
      title: 'The road closed',
      salience: 0.75,
      uncertain: true,
      aliases: ['b-0-r'],
      actors: ['road'],
      sources: [
        { docId: 'a', quote: { start: 0, end: 31, text: text.slice(0, 31) }, datePhrase: { start: 3, end: 14, text: 'December 12' }, timexValue: '2022-12-12', date: { start: '2022-12-12', end: null, precision: 'day' } },
        { docId: 'b', quote: { start: 0, end: 5, text: 'xxxxx' }, datePhrase: null, timexValue: null, date: { start: '2022-12-14', end: null, precision: 'day' } },
      ],
      stages: ['splitSentences'],
    }),
    testEvent('other-id', '2023-03-01', {
      end: '2023-03-31',
      precision: 'month',
      timing: 'ongoing',
      sources: [{ docId: 'a', quote: { start: 32, end: 60, text: text.slice(32, 60) }, datePhrase: { start: 49, end: 59, text: 'March 2023' }, timexValue: '2023-03', date: { start: '2023-03-01', end: '2023-03-31', precision: 'month' } }],
    }),
  ],
  actors: [{ id: 'road', name: 'The road', kind: 'place', aliases: [], events: 1 }],
  warnings: [{ file: 'bad.txt', reason: 'no date header; skipped' }],
};

/** What the index keeps of an event: all but the quotes' text and the stage list. */
const indexed = (e: TimelineEvent) => {
  const { stages: _stages, ...rest } = e;
  return {
    ...rest,
    sources: e.sources.map((s) => ({
      ...s,
      timexValue: s.timexValue ?? null,
      quote: { start: s.quote.start, end: s.quote.end },
      datePhrase: s.datePhrase ? { start: s.datePhrase.start, end: s.datePhrase.end } : null,
    })),
  };
};

const roundTrip = (c: Corpus) => JSON.parse(JSON.stringify(splitCorpus(c, 40))) as ReturnType<typeof splitCorpus>;

describe('the split layout', () => {
  it('reads back every event, document and actor the corpus has, without the texts', () => {
    const { index, shards } = roundTrip(corpus);
    expect(index.events.id).toEqual(['~0-3', 'other-id']); // the first source's document is implied
    const read = readIndex(index);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const whole = indexDataOf(corpus);
    expect(read.data.documents).toEqual(whole.documents);
    expect(read.data.actors).toEqual(corpus.actors);
    expect(read.data.warnings).toEqual(corpus.warnings);
    expect(read.data.events).toEqual(corpus.events.map(indexed));
    // 40 characters a shard: each document in its own
    expect(shards.map((s) => s.documents.map((d) => d.id))).toEqual([['a'], ['b']]);
    expect(index.documents.map((d) => d.shard)).toEqual([0, 1]);
  });

  it('keeps every event when its columns cross to another thread with their buffers transferred', () => {
    const { index } = roundTrip(corpus);
    const checked = checkIndex(index);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    // What the index worker does: the page gets the columns, the worker's typed arrays go dead.
    const moved = structuredClone(checked.columns, { transfer: buffersOf(checked.columns) });
    expect(checked.columns.start.length).toBe(0);
    expect(indexDataOfColumns(moved).events).toEqual(corpus.events.map(indexed));
  });

  it('gives each shard its texts back once the offsets fit them', () => {
    const { index, shards } = roundTrip(corpus);
    const read = readIndex(index);
    if (!read.ok) throw new Error(read.errors.join('; '));
    const metas = new Map(read.data.documents.map((d) => [d.id, d]));
    const byDoc = new Map([['a', read.data.events], ['b', read.data.events.slice(0, 1)]]);
    expect(checkShard(shards[0], metas, byDoc)).toEqual({ ok: true, documents: [corpus.documents[0]] });
    const short = { ...shards[0], documents: [{ id: 'a', text: 'On December 12' }] };
    const refused = checkShard(short, metas, byDoc);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.errors[0]).toBe('event a-0-3: quote [0, 31) lies outside a');
    expect(checkShard({ documents: 'no' }, metas, byDoc)).toEqual({ ok: false, errors: ['(root): expected a document shard'] });
  });

  it('refuses an index that breaks the rules, naming the field', () => {
    const { index } = roundTrip(corpus);
    const broken = (edit: (i: typeof index) => void): string[] => {
      const copy = JSON.parse(JSON.stringify(index)) as typeof index;
      edit(copy);
      const read = readIndex(copy);
      return read.ok ? [] : read.errors;
    };
    expect(broken((i) => (i.days[1] = '2023-02-30'))).toEqual(['days.1: not a real calendar day']);
    expect(broken((i) => (i.events.start[1] = 99))).toEqual(['events.start.1: expected a whole number in [0, 3]']);
    expect(broken((i) => (i.events.precision[0] = 7))).toEqual(['events.precision.0: expected a whole number in [0, 4]']);
    expect(broken((i) => (i.events.salience[0] = 2))).toEqual(['events.salience.0: expected a number in [0, 1]']);
    expect(broken((i) => (i.events.id[1] = 'no spaces'))).toEqual(['events.id.1: expected an id ([A-Za-z0-9_.:-]+)']);
    expect(broken((i) => (i.sources.doc[0] = 9))).toEqual(['sources.doc.0: expected a whole number in [0, 1]']);
    expect(broken((i) => (i.sources.quote[1] = 0))).toEqual(['sources.quote.1: expected a quote of at least one character']);
    expect(broken((i) => (i.sources.phrase[0] = -99))).toEqual(['sources.phrase.0: expected a span inside the document']);
    expect(broken((i) => (i.events.aliases[0] = ['a b']))).toEqual(['events.aliases.0: expected an array of ids']);
    expect(broken((i) => i.events.title.pop())).toEqual(['events.title: expected 2 values, found 1']);
    expect(broken((i) => (i.events.sourceCount[1] = 2))[0]).toBe('sources.doc: expected 4 values, found 3');
    expect(broken((i) => (i.documents[0] = { ...i.documents[0]!, source: 'javascript:alert(1)' }))).toEqual(['documents.0.source: source must be an http(s) URL']);
    expect(readIndex([])).toEqual({ ok: false, errors: ['(root): expected a corpus index'] });
  });

  it('tells a manifest from a whole corpus, and keeps its file names beside it', () => {
    const manifest = { sourceline: 'corpus-split', version: 1, events: 2, documents: 2, index: 'corpus/index.abc.json', shards: ['corpus/documents-000.def.json'] };
    expect(manifestOf(corpus)).toBeNull();
    expect(manifestOf(manifest)).toEqual({ ok: true, manifest });
    for (const bad of ['../secret.json', '/etc/passwd', 'https://evil.example/x.json', 'corpus/../../x.json']) {
      expect(manifestOf({ ...manifest, index: bad })).toEqual({ ok: false, errors: ['index: expected a relative file name'] });
    }
  });
});

describe('docs/corpus-split.schema.json', () => {
  it('equals the schema generated from src/domain/corpus-split-schema.ts (regenerate: npm run extract -- --schema-split --out docs/corpus-split.schema.json)', () => {
    expect(committedSchema).toBe(splitJsonSchemaText());
  });

  it('accepts the files the split writes, as readIndex and checkShard do', () => {
    const { index, shards } = roundTrip(corpus);
    expect(splitIndexSchema.safeParse(index).success).toBe(true);
    for (const shard of shards) expect(documentShardSchema.safeParse(shard).success).toBe(true);
    expect(splitManifestSchema.safeParse({ sourceline: 'corpus-split', version: 1, events: 2, documents: 2, index: 'corpus/index.a.json', shards: [] }).success).toBe(true);
    // What readIndex refuses for its shape, the schema refuses too.
    for (const edit of [(i: typeof index) => (i.events.precision[0] = 7), (i: typeof index) => (i.sources.timex[0] = -2), (i: typeof index) => (i.events.uncertain[0] = 2 as 1)]) {
      const copy = JSON.parse(JSON.stringify(index)) as typeof index;
      edit(copy);
      expect(readIndex(copy).ok).toBe(false);
      expect(splitIndexSchema.safeParse(copy).success).toBe(false);
    }
  });
});
