import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import { SEED_DOC } from './fixtures/seed-fixture.ts';
import { extractCorpus } from './index.ts';
import { extractEvents } from './extract-events.ts';

/** A fixed-seed generator, so the "random" documents are the same on every run. */
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const NOISE = ['"', '“', '”', ',', '.', ' since ', ' from December 1 to December 10 ', ' last week ', ' in 2021 ', ' two years ago ',
  ' on Monday ', '\n\n', ' which ', ' and they ', ' said', '—', '’s ', ' 44-day ', ' -long ', ' U.S. ', ' Jan. 5 ', ' mid-2021 ',
  ' for three weeks ', '# ', ' the 2020 war ', ' early December ', ' between May and June 2022 ', '<script>', '\u0000'.slice(1)];

describe('extractEvents', () => {
  it('is deterministic and its trace is lazy text', () => {
    const a = extractEvents(SEED_DOC);
    const b = extractEvents(SEED_DOC);
    expect(a.events).toEqual(b.events);
    expect(a.explain()).toContain('[selectEventSentences] attribution, no event: "the French presidency said."');
  });

  it('survives 300 scrambled documents: every event traceable, every corpus valid', () => {
    const words = SEED_DOC.text.split(/(\s+)/);
    const next = generator(12345);
    const files = [];
    for (let i = 0; i < 300; i++) {
      const n = 5 + Math.floor(next() * 80);
      const from = Math.floor(next() * (words.length - n));
      let text = '';
      for (let k = 0; k < n; k++) text += next() < 0.15 ? NOISE[Math.floor(next() * NOISE.length)] : words[from + k];
      const date = ['2022-12-24', '2021-01-01', '2023-03-31'][i % 3];
      files.push({ path: `fuzz/${String(i).padStart(3, '0')}.txt`, bytes: new TextEncoder().encode(`date ${date} ${text}`) });
    }
    const corpus = extractCorpus(files);
    const parsed = parseCorpus(JSON.parse(JSON.stringify(corpus)));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(corpus.events.length).toBeGreaterThan(100);
    for (const e of corpus.events) {
      expect(e.title.length).toBeLessThanOrEqual(72);
      if (e.precision === 'reported') expect(e.end).toBeNull();
      if (e.end !== null) expect(e.end >= e.start).toBe(true);
    }
  });
});
