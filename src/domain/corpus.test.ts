import { describe, expect, it } from 'vitest';
import { parseCorpus, type Corpus } from './corpus.ts';

/** A small valid corpus, built fresh for each test so mutations stay local. */
function validCorpus(): Corpus {
  const text = 'Troops withdrew on December 5, 2022.';
  return {
    version: 2,
    documents: [{ id: 'd1', path: 'seeds/d1.txt', title: 'Troops withdrew', published: '2022-12-24', text }],
    events: [
      {
        id: 'd1-0-19',
        title: 'Troops withdrew',
        start: '2022-12-05',
        end: null,
        precision: 'day',
        timing: 'past',
        aliases: [],
        uncertain: false,
        salience: 0.5,
        actors: [],
        sources: [
          {
            docId: 'd1',
            quote: { start: 0, end: 36, text },
            datePhrase: { start: 19, end: 35, text: 'December 5, 2022' },
            timexValue: '2022-12-05',
            date: { start: '2022-12-05', end: null, precision: 'day' },
          },
        ],
        stages: ['splitSentences'],
      },
    ],
    actors: [],
    warnings: [],
  };
}

const errorsOf = (input: unknown): string[] => {
  const r = parseCorpus(input);
  return r.ok ? [] : r.errors;
};

describe('parseCorpus', () => {
  it('accepts a valid corpus and defaults missing warnings', () => {
    expect(errorsOf(validCorpus())).toEqual([]);
    const noWarnings = Object.fromEntries(Object.entries(validCorpus()).filter(([key]) => key !== 'warnings'));
    const r = parseCorpus(noWarnings);
    expect(r.ok && r.corpus.warnings).toEqual([]);
  });

  it('rejects a quote whose offsets do not slice the document', () => {
    const c = validCorpus();
    const source = c.events[0]?.sources[0];
    if (!source) throw new Error('fixture');
    source.quote = { start: 1, end: 37, text: source.quote.text };
    expect(errorsOf(c)).toEqual(['event d1-0-19: quote [1, 37) is not a verbatim slice of d1']);
  });

  it('rejects a date phrase whose offsets do not slice the document', () => {
    const c = validCorpus();
    const source = c.events[0]?.sources[0];
    if (!source) throw new Error('fixture');
    source.datePhrase = { start: 18, end: 34, text: 'December 5, 2022' };
    expect(errorsOf(c)[0]).toMatch(/datePhrase \[18, 34\) is not a verbatim slice/);
  });

  it('rejects a span whose length disagrees with its text', () => {
    const c = validCorpus();
    const source = c.events[0]?.sources[0];
    if (!source) throw new Error('fixture');
    source.quote = { start: 0, end: 10, text: source.quote.text };
    expect(errorsOf(c).join('\n')).toMatch(/end - start must equal text.length/);
  });

  it('rejects an unknown document id', () => {
    const c = validCorpus();
    const source = c.events[0]?.sources[0];
    if (!source) throw new Error('fixture');
    source.docId = 'nope';
    expect(errorsOf(c)).toEqual(['event d1-0-19: unknown document nope']);
  });

  it('rejects impossible or malformed dates', () => {
    const c = validCorpus();
    const e = c.events[0];
    if (!e) throw new Error('fixture');
    e.start = '2022-02-30';
    expect(errorsOf(c)).toEqual(['events.0.start: not a real calendar day']);
    e.start = '12/05/2022';
    expect(errorsOf(c).join('\n')).toMatch(/events.0.start: expected YYYY-MM-DD/);
  });

  it('accepts every day calendar.ts accepts, years below 100 included', () => {
    const c = validCorpus();
    const e = c.events[0];
    if (!e) throw new Error('fixture');
    e.start = '0044-03-15';
    e.end = '0044-03-16';
    expect(errorsOf(c)).toEqual([]);
  });

  it('rejects a bad id, precision or a non-http source link', () => {
    const c = validCorpus();
    const e = c.events[0];
    const d = c.documents[0];
    if (!e || !d) throw new Error('fixture');
    e.id = 'has space';
    expect(errorsOf(c).join('\n')).toMatch(/events.0.id/);
    const c2 = validCorpus();
    const d2 = c2.documents[0];
    if (!d2) throw new Error('fixture');
    d2.source = 'javascript:alert(1)';
    expect(errorsOf(c2).join('\n')).toMatch(/documents.0.source/);
    expect(errorsOf({ ...validCorpus(), events: [{ ...validCorpus().events[0], precision: 'exact' }] }).join('\n')).toMatch(/precision/);
  });

  it('rejects what is not a corpus at all', () => {
    expect(errorsOf(null)[0]).toMatch(/^\(root\)/);
    expect(errorsOf({ version: 1, documents: [], events: [], actors: [] }).join('\n')).toMatch(/version/);
  });
});
