import { describe, expect, it } from 'vitest';
import type { SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import { checkDocument, wholeFileSource } from './corpus-source.ts';
import { testEvent } from '../domain/test-events.ts';

const doc: SourceDocument = { id: 'doc', path: 'seeds/doc.txt', title: 'Doc', published: '2022-12-24', text: 'xyz' };
const corpus = { version: 2, documents: [doc], events: [testEvent('e', '2022-12-12')], actors: [], warnings: [] };
const url = new URL('http://localhost/corpus.json');

describe('wholeFileSource', () => {
  it('hands out the index without texts, then each document with its text, from one request', async () => {
    let requests = 0;
    const source = wholeFileSource(url, async () => {
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
    const source = wholeFileSource(url, async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
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
