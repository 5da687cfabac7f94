import { describe, expect, it } from 'vitest';
import type { Corpus, SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import { splitCorpus } from '../domain/corpus-split.ts';
import { checkDocument, corpusSource } from './corpus-source.ts';
import { testEvent } from '../domain/test-events.ts';

const doc: SourceDocument = { id: 'doc', path: 'seeds/doc.txt', title: 'Doc', published: '2022-12-24', text: 'xyz' };
const corpus = { version: 2, documents: [doc], events: [testEvent('e', '2022-12-12')], actors: [], warnings: [] };
const url = new URL('http://localhost/corpus.json');

describe('corpusSource', () => {
  it('hands out the index without texts, then each document with its text, from one request', async () => {
    let requests = 0;
    const source = corpusSource(url, async () => {
      requests += 1;
      return new Response(JSON.stringify(corpus));
    });
    const index = await source.loadIndex();
    expect(index.ok && index.value.documents).toEqual([{ id: 'doc', path: 'seeds/doc.txt', title: 'Doc', published: '2022-12-24' }]);
    expect(index.ok && index.value.events.map((e) => e.id)).toEqual(['e']);
    expect(await source.loadDocument('doc')).toEqual({ ok: true, value: doc });
    expect(await source.loadDocument('nope')).toEqual({ ok: false, reason: 'The corpus has no document nope' });
    expect(requests).toBe(1);
  });

  it('says why a corpus could not be loaded', async () => {
    const source = corpusSource(url, async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
    expect(await source.loadIndex()).toEqual({ ok: false, reason: 'Could not load corpus.json: HTTP 404 Not Found' });
    expect((await source.loadDocument('doc')).ok).toBe(false);
  });
});

describe('checkDocument', () => {
  it('checks the quotes of a document that arrives on its own', () => {
    const events: TimelineEvent[] = [testEvent('e', '2022-12-12'), testEvent('other', '2022-12-12', { sources: [] })];
    expect(checkDocument({ ...doc, text: 'abc' }, events)).toEqual(['event e: quote [0, 1) is not a verbatim slice of doc']);
    expect(checkDocument(doc, events)).toEqual([]);
  });
});

describe('corpusSource on the split layout', () => {
  const text = 'On December 12 the road closed.';
  const split: Corpus = {
    version: 2,
    documents: [{ id: 'doc', path: 'doc.txt', title: 'Doc', published: '2022-12-24', text }],
    events: [testEvent('doc-0-3', '2022-12-12', { sources: [{ docId: 'doc', quote: { start: 0, end: 31, text }, datePhrase: { start: 3, end: 14, text: 'December 12' }, timexValue: '2022-12-12', date: { start: '2022-12-12', end: null, precision: 'day' } }] })],
    actors: [],
    warnings: [],
  };
  const files = (shardText = text): Map<string, unknown> => {
    const { index, shards } = splitCorpus(split);
    const shard = { ...shards[0], documents: [{ id: 'doc', text: shardText }] };
    return new Map<string, unknown>([
      ['/site/corpus.json', { sourceline: 'corpus-split', version: 1, events: 1, documents: 1, index: 'corpus/index.a.json', shards: ['corpus/documents-000.b.json'] }],
      ['/site/corpus/index.a.json', JSON.parse(JSON.stringify(index))],
      ['/site/corpus/documents-000.b.json', shard],
    ]);
  };
  const serve = (served: Map<string, unknown>, log: string[]): typeof fetch => async (input) => {
    const path = new URL(String(input)).pathname;
    log.push(path);
    return served.has(path) ? new Response(JSON.stringify(served.get(path))) : new Response('no', { status: 404, statusText: 'Not Found' });
  };

  it('loads the index first, then one shard when an event or a document is asked for', async () => {
    const log: string[] = [];
    const source = corpusSource(new URL('http://localhost/site/corpus.json'), serve(files(), log));
    const index = await source.loadIndex();
    expect(index.ok && index.value.events.map((e) => [e.id, e.sources[0]?.quote])).toEqual([['doc-0-3', { start: 0, end: 31 }]]);
    expect(log).toEqual(['/site/corpus.json', '/site/corpus/index.a.json']);
    expect(source.peekEvent('doc-0-3')).toBeUndefined();
    const event = await source.loadEvent('doc-0-3');
    expect(event).toEqual({ ok: true, value: split.events[0] && { ...split.events[0], stages: undefined } });
    expect(source.peekEvent('doc-0-3')).toBe(source.peekEvent('doc-0-3'));
    expect(await source.loadDocument('doc')).toEqual({ ok: true, value: split.documents[0] });
    expect(log).toHaveLength(3); // the shard once
    expect(await source.loadEvent('nope')).toEqual({ ok: false, reason: 'The corpus has no event nope' });
  });

  it('refuses a shard whose text does not hold the quotes, and says which', async () => {
    const source = corpusSource(new URL('http://localhost/site/corpus.json'), serve(files('On December 12'), []));
    expect((await source.loadIndex()).ok).toBe(true);
    expect(await source.loadEvent('doc-0-3')).toEqual({
      ok: false,
      reason: 'documents-000.b.json is not a valid document shard: event doc-0-3: quote [0, 31) lies outside doc',
    });
  });

  it('says why a manifest or an index is refused', async () => {
    const bad = files();
    bad.set('/site/corpus.json', { sourceline: 'corpus-split', version: 1, events: 1, documents: 1, index: '../x.json', shards: [] });
    expect(await corpusSource(new URL('http://localhost/site/corpus.json'), serve(bad, [])).loadIndex()).toEqual({
      ok: false,
      reason: 'corpus.json is not a valid corpus manifest: index: expected a relative file name',
    });
    const missing = files();
    missing.delete('/site/corpus/index.a.json');
    expect(await corpusSource(new URL('http://localhost/site/corpus.json'), serve(missing, [])).loadIndex()).toEqual({ ok: false, reason: 'Could not load index.a.json: HTTP 404 Not Found' });
  });
});
