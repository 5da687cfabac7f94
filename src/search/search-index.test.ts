import { describe, expect, it } from 'vitest';
import type { CorpusIndexData } from '../domain/corpus-index.ts';
import { testEvent } from '../domain/test-events.ts';
import { buildSearchIndex, loadSearchIndex, searcherFor } from './search-index.ts';
import { matchRanges, parseQuery } from './search-terms.ts';

const quoteSource = (docId: string, text: string) => ({
  docId,
  quote: { start: 0, end: text.length, text },
  datePhrase: null,
  date: { start: '2022-12-12', end: null, precision: 'day' as const },
});

const data: CorpusIndexData = {
  documents: [
    { id: 'h', path: 'h.md', title: 'Storm Idris cuts power', published: '2025-03-04', publisher: 'Marenport Herald' },
    { id: 'w', path: 'w.md', title: 'Minister promises help', published: '2025-03-05', publisher: 'Coastal Wire' },
  ],
  events: [
    testEvent('cut', '2025-03-03', { title: 'Storm knocked out power', sources: [quoteSource('h', 'Storm Idris knocked out power to 40,000 homes.')] }),
    testEvent('meet', '2025-03-04', {
      title: 'Reiner met Varga at City Hall',
      actors: ['reiner'],
      sources: [quoteSource('w', 'During the meetings, Reiner promised generators.')],
    }),
    testEvent('zur', '2025-03-05', { title: 'Delegation from Zürich arrives', sources: [quoteSource('w', 'A delegation arrived.')] }),
  ],
  actors: [{ id: 'reiner', name: 'Tomas Reiner', kind: 'person', aliases: ['the energy minister'], events: 1 }],
  warnings: [],
};

describe('event search', () => {
  const searcher = searcherFor(data);
  const find = (q: string) => searcher.search(q).sort();

  it('finds titles, quotes, document titles, publishers and actors', () => {
    expect(find('power')).toEqual(['cut']);
    expect(find('generators')).toEqual(['meet']);
    expect(find('promises help')).toEqual(['meet', 'zur']);
    expect(find('herald')).toEqual(['cut']);
    expect(find('energy minister')).toEqual(['meet']);
  });

  it('ignores case and accents and matches word forms', () => {
    expect(find('STORM')).toEqual(['cut']);
    expect(find('zurich')).toEqual(['zur']);
    expect(find('meeting')).toEqual(['meet']);
    expect(find('knock')).toEqual(['cut']);
  });

  it('needs every word, and takes the last one as typed so far', () => {
    expect(find('storm generators')).toEqual([]);
    expect(find('deleg')).toEqual(['zur']);
    expect(find('')).toEqual([]);
    expect(find('  !! ')).toEqual([]);
  });

  it('round-trips through the index file', () => {
    const file = JSON.parse(JSON.stringify(buildSearchIndex(data)));
    expect(loadSearchIndex(file).search('generators')).toEqual(['meet']);
    expect(() => loadSearchIndex({ version: 99 })).toThrow(/unsupported search index/);
    expect(() => loadSearchIndex(file, { events: [] })).toThrow(/another corpus/);
    expect(loadSearchIndex(file, data).search('power')).toEqual(['cut']);
  });
});

describe('matchRanges', () => {
  it('marks the words that matched, by the same rules', () => {
    const text = 'During the meetings, Reiner met Zürich delegates.';
    const ranges = matchRanges(text, parseQuery('meeting zurich deleg'));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['meetings', 'Zürich', 'delegates']);
    expect(matchRanges(text, parseQuery(''))).toEqual([]);
  });
});
