import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load-corpus.ts';

const url = new URL('http://localhost/app/corpus.json');

const doc = { id: 'd', path: 'seeds/d.txt', title: 'Doc', published: '2022-12-24', text: 'On December 12 the road closed.' };
const corpus = {
  version: 2,
  documents: [doc],
  events: [
    {
      id: 'd:0-31',
      title: 'The road closed',
      start: '2022-12-12',
      end: null,
      precision: 'day',
      timing: 'past',
      aliases: [],
      uncertain: false,
      salience: 0,
      actors: [],
      sources: [
        {
          docId: 'd',
          quote: { start: 0, end: 31, text: doc.text },
          datePhrase: { start: 3, end: 14, text: 'December 12' },
          date: { start: '2022-12-12', end: null, precision: 'day' },
        },
      ],
    },
  ],
  actors: [],
  warnings: [{ file: 'seeds/bad.txt', reason: 'no header' }],
};

const respond = (body: string, init?: ResponseInit): typeof fetch => async () => new Response(body, init);

describe('loadCorpus', () => {
  it('returns a validated corpus', async () => {
    const result = await loadCorpus({ url, fetch: respond(JSON.stringify(corpus)) });
    expect(result.ok && result.corpus.events[0]?.id).toBe('d:0-31');
    expect(result.ok && result.corpus.warnings).toEqual([{ file: 'seeds/bad.txt', reason: 'no header' }]);
  });

  it('names the HTTP status', async () => {
    const result = await loadCorpus({ url, fetch: respond('nope', { status: 404, statusText: 'Not Found' }) });
    expect(result).toEqual({ ok: false, reason: 'Could not load corpus.json: HTTP 404 Not Found' });
  });

  it('names a network failure', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadCorpus({ url, fetch: failing })).toEqual({ ok: false, reason: 'Could not load corpus.json: Failed to fetch' });
  });

  it('names broken JSON', async () => {
    const result = await loadCorpus({ url, fetch: respond('{"version": 1,') });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^corpus\.json is not valid JSON: /);
  });

  it('lists schema errors', async () => {
    const result = await loadCorpus({ url, fetch: respond(JSON.stringify({ ...corpus, version: 1 })) });
    expect(!result.ok && result.reason).toMatch(/^corpus\.json is not a valid corpus: version: /);
  });

  it('rejects a quote that is not a verbatim slice of its document', async () => {
    const bad = structuredClone(corpus);
    const source = bad.events[0]?.sources[0];
    if (source) source.quote = { start: 0, end: 31, text: 'On December 13 the road closed.' };
    const result = await loadCorpus({ url, fetch: respond(JSON.stringify(bad)) });
    expect(!result.ok && result.reason).toContain('is not a verbatim slice of d');
  });

  it('caps the number of listed errors', async () => {
    const events = Array.from({ length: 8 }, (_, i) => ({ ...corpus.events[0], id: `e${i}`, start: 'bad' }));
    const result = await loadCorpus({ url, fetch: respond(JSON.stringify({ ...corpus, events })) });
    expect(!result.ok && result.reason).toMatch(/\(and \d+ more\)$/);
  });
});
