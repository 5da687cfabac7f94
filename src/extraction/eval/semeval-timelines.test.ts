import { describe, expect, it } from 'vitest';
import { readGoldTimeline, readSemevalArticle, scoreDates, scoreMerges, type GoldMention } from './semeval-timelines.ts';
import type { TimelineEvent } from '../../domain/corpus.ts';

/** Shapes of the SemEval-2015 Task 4 files (made-up content in their format). */
const ARTICLE = `<?xml version='1.0' encoding='utf-8'?>
<TimeML><DOCID>4242</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2008-03-01">2008-03-01</TIMEX3></DCT>
<TEXT><s id="0">Acme wins contract</s><s id="1">Acme Corp ( AC ) won a US$ 40 billion contract , officials said .</s><s id="2">`+"``"+` We are glad , '' it said .</s></TEXT></TimeML>`;

describe('SemEval-2015 timelines', () => {
  it('reads an article: headline as title, one paragraph per sentence, detokenised, every token placed', () => {
    const a = readSemevalArticle(ARTICLE);
    expect(a).toMatchObject({ doc: '4242', dct: '2008-03-01', title: 'Acme wins contract' });
    expect(a.body).toBe('Acme Corp (AC) won a US$ 40 billion contract, officials said.\n\n“We are glad,” it said.');
    const won = a.sentences.get('1')?.find((t) => t.word === 'won');
    expect(won && a.body.slice(won.start, won.end)).toBe('won');
  });

  it('reads a gold timeline: entity line, then ORDER, DATE and mentions', () => {
    const lines = readGoldTimeline('Acme\n1\t2008-03-01\t4242-1-won\t5151-3-won\n0\tXXXX-XX-XX\t4242-2-said\n');
    expect(lines).toEqual([
      { entity: 'Acme', date: '2008-03-01', mentions: [{ doc: '4242', sentence: '1', word: 'won' }, { doc: '5151', sentence: '3', word: 'won' }] },
      { entity: 'Acme', date: 'XXXX-XX-XX', mentions: [{ doc: '4242', sentence: '2', word: 'said' }] },
    ]);
  });

  it('merge precision and recall over gold pairs, by scope', () => {
    const lines = readGoldTimeline('E\n1\t2008-03-01\tA-1-x\tB-1-x\tC-1-x\n2\t2008-03-02\tA-1-y\tB-2-y\n');
    // System: A-1-x, B-1-x, A-1-y in one event; C-1-x and B-2-y alone.
    const owner: Record<string, string> = { 'A-1-x': 'e1', 'B-1-x': 'e1', 'A-1-y': 'e1', 'C-1-x': 'e2', 'B-2-y': 'e3' };
    const eventOf = (m: GoldMention): string | undefined => owner[`${m.doc}-${m.sentence}-${m.word}`];
    // Gold pairs: Ax-Bx, Ax-Cx, Bx-Cx, Ay-By (4). System pairs: Ax-Bx (right), Ax-Ay (wrong), Bx-Ay (wrong).
    expect(scoreMerges(lines, eventOf, 'all')).toMatchObject({ goldPairs: 4, systemPairs: 3, correctPairs: 1, precision: 1 / 3, recall: 1 / 4 });
    // Across sentences: A-1-x/A-1-y share a sentence, so that pair is not judged.
    expect(scoreMerges(lines, eventOf, 'sentences')).toMatchObject({ systemPairs: 2, correctPairs: 1 });
    expect(scoreMerges(lines, eventOf, 'documents')).toMatchObject({ goldPairs: 4, systemPairs: 2, correctPairs: 1 });
  });

  it('date accuracy: the event date inside the gold date at its precision; undated events count as wrong', () => {
    const lines = readGoldTimeline('E\n1\t2008-03-XX\tA-1-x\n2\t2008-03-02\tA-2-y\n3\t2008-XX-XX\tA-3-z\n0\tXXXX-XX-XX\tA-4-w\n');
    const ev = (start: string, precision: TimelineEvent['precision']): TimelineEvent => ({
      id: start, aliases: [], title: 't', start, end: null, precision, timing: 'past', uncertain: false, salience: 0, actors: [],
      sources: [{ docId: 'A', quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, date: { start, end: null, precision } }],
    });
    const events: Record<string, TimelineEvent> = { x: ev('2008-03-05', 'day'), y: ev('2008-03-03', 'day'), z: ev('2008-03-24', 'reported'), w: ev('2008-01-01', 'day') };
    expect(scoreDates(lines, (m) => events[m.word])).toEqual({ judged: 3, correct: 1, undated: 1, accuracy: 1 / 3 });
  });
});
