import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../../domain/corpus.ts';
import { parseTruth, scoreAgainstTruth } from './synthetic-truth.ts';

const TEXT_A = 'The strike began on Monday. Talks opened on Friday.';
const TEXT_B = 'Workers walked out on Monday.';

function ev(id: string, docId: string, text: string, phrase: string, start: string): TimelineEvent {
  const at = text.indexOf(phrase);
  return {
    id, aliases: [], title: id, start, end: null, precision: 'day', timing: 'past', uncertain: false, salience: 0, actors: [],
    sources: [{ docId, quote: { start: 0, end: text.length, text }, datePhrase: { start: at, end: at + phrase.length, text: phrase }, date: { start, end: null, precision: 'day' } }],
  };
}

describe('scoring merges against the corpus:synth answer key', () => {
  const truth = parseTruth([
    JSON.stringify({ name: 'a.txt', reports: [{ happening: 'h1', phrase: 'on Monday', day: '2025-04-07' }, { happening: 'h2', phrase: 'on Friday', day: '2025-04-11' }, { happening: 'h3', phrase: null }] }),
    JSON.stringify({ name: 'b.md', reports: [{ happening: 'h1', phrase: 'on Monday', day: '2025-04-07' }] }),
  ].join('\n'));
  const docs = [{ id: 'a', path: 'a.txt', title: 'a', published: '2025-04-12', text: TEXT_A }, { id: 'b', path: 'b.md', title: 'b', published: '2025-04-12', text: TEXT_B }];

  it('finds reports by their date phrase and counts pairs: one happening in two articles merged is right', () => {
    const merged = ev('a-0-16', 'a', TEXT_A, 'Monday', '2025-04-07');
    merged.sources.push(ev('b-0-21', 'b', TEXT_B, 'Monday', '2025-04-07').sources[0] as TimelineEvent['sources'][number]);
    const corpus: Corpus = { version: 2, documents: docs, actors: [], warnings: [], events: [merged, ev('a-28-41', 'a', TEXT_A, 'Friday', '2025-04-11')] };
    expect(scoreAgainstTruth(corpus, truth)).toMatchObject({ reports: 4, found: 3, goldPairs: 1, systemPairs: 1, correctPairs: 1, precision: 1, recall: 1, datedRight: 3 });
  });

  it('a wrong merge costs precision; a missed one recall', () => {
    const wrong = ev('a-0-16', 'a', TEXT_A, 'Monday', '2025-04-07');
    wrong.sources.push(ev('a-28-41', 'a', TEXT_A, 'Friday', '2025-04-11').sources[0] as TimelineEvent['sources'][number]);
    const corpus: Corpus = { version: 2, documents: docs, actors: [], warnings: [], events: [wrong, ev('b-0-21', 'b', TEXT_B, 'Monday', '2025-04-07')] };
    expect(scoreAgainstTruth(corpus, truth)).toMatchObject({ goldPairs: 1, systemPairs: 1, correctPairs: 0, precision: 0, recall: 0 });
    expect(scoreAgainstTruth(corpus, truth, 'documents')).toMatchObject({ goldPairs: 1, systemPairs: 0 });
  });
});
