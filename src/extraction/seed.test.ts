import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../domain/corpus.ts';
import { SEED_BYTES, SEED_DOC, SEED_PATH } from './fixtures/seed-fixture.ts';
import golden from './fixtures/seed.golden.json';
import { extractCorpus } from './index.ts';
import { createPipeline } from './default-pipeline.ts';
import { extractEvents } from './extract-events.ts';

/**
 * The seed end to end with the real temporal tagger: each event the issue lists, with its exact
 * quote (text and offsets), date phrase, dates, precision and timing; and what must not match.
 */

/**
 * Each report on its own (the pipeline without `mergeWithinArticle`): these tests pin what every
 * sentence says and dates; `seed-happenings.test.ts` checks how reports of one happening merge.
 */
const REPORTS = createPipeline().filter((stage) => stage.name !== 'mergeWithinArticle');
const run = extractEvents(SEED_DOC, REPORTS);
const events = run.events;

/** The event drawn from `quote` whose date phrase is `phrase` (null: reported). */
function eventOf(quote: string, phrase: string | null): TimelineEvent {
  const found = events.find((e) => e.sources[0]?.quote.text === quote && (e.sources[0]?.datePhrase?.text ?? null) === phrase);
  if (!found) throw new Error(`no event for "${quote}" / ${phrase}\n${run.explain()}`);
  return found;
}

function expectQuoteAt(event: TimelineEvent, start: number): void {
  const source = event.sources[0];
  expect(source?.quote.start).toBe(start);
  expect(SEED_DOC.text.slice(source?.quote.start, source?.quote.end)).toBe(source?.quote.text);
  if (source?.datePhrase) expect(SEED_DOC.text.slice(source.datePhrase.start, source.datePhrase.end)).toBe(source.datePhrase.text);
}

const S0 = 'The European Union and France called on Azerbaijan to end the almost two-week-long blockade of the Lachin Corridor—the only road connecting Artsakh to Armenia.';

describe('the seed, end to end', () => {
  it('the EU and France called on Azerbaijan to end the blockade: reported on 2022-12-24', () => {
    const e = eventOf(S0, null);
    expectQuoteAt(e, 0);
    expect(e).toMatchObject({ start: '2022-12-24', end: null, precision: 'reported', timing: 'past', id: '000_5b3e6957073e45ff-0-r' });
    expect(e.title).toBe('The European Union and France called on Azerbaijan to end the blockade…');
  });

  it('the almost two-week-long blockade: approximate range ending at publication, ongoing', () => {
    const e = eventOf(S0, 'almost two-week-long');
    expectQuoteAt(e, 0);
    expect(e.sources[0]?.datePhrase).toEqual({ start: 62, end: 82, text: 'almost two-week-long' });
    expect(e).toMatchObject({ start: '2022-12-10', end: '2022-12-24', precision: 'approximate', timing: 'ongoing' });
    expect(e.stages).toContain('anchorDurations');
  });

  it("Borrell's phone call: reported on 2022-12-24", () => {
    const e = eventOf(
      'In a telephone conversation with Azerbaijan’s foreign minister Jeyhum Bayramov, the EU’s foreign affairs chief, Josep Borrell emphasized the urgency to open the corridor',
      null,
    );
    expectQuoteAt(e, 161);
    expect(e).toMatchObject({ start: '2022-12-24', end: null, precision: 'reported', timing: 'past', title: 'Josep Borrell emphasized the urgency to open the corridor' });
  });

  it('the corridor blockaded since December 12: 2022-12-12, day, ongoing (never 2023)', () => {
    const e = eventOf('the corridor, which has been blockaded since December 12, creating a humanitarian crisis.', 'December 12');
    expectQuoteAt(e, 318);
    expect(e.sources[0]?.datePhrase).toEqual({ start: 363, end: 374, text: 'December 12' });
    expect(e).toMatchObject({ start: '2022-12-12', end: '2022-12-24', precision: 'day', timing: 'ongoing' });
    expect(events.some((x) => x.start.startsWith('2023-12') || x.start === '2023-12-12')).toBe(false);
  });

  it("Macron's call with Aliyev: reported", () => {
    const e = eventOf('Meanwhile President Emmnuel Macron of France conveyed similar concerns during a telephone conversation with his Azerbaijani counterpart, Ilham Aliyev.', null);
    expectQuoteAt(e, 720);
    expect(e).toMatchObject({ start: '2022-12-24', precision: 'reported', timing: 'past' });
  });

  it('the November 9, 2020 ceasefire agreement: 2020-11-09, day, past', () => {
    const quote = 'The French leader called on Aliyev to adhere to the November 9, 2020 ceasefire agreement and ensure free movement through Lachin Corridor.';
    const e = eventOf(quote, 'November 9, 2020');
    expectQuoteAt(e, 979);
    expect(e).toMatchObject({ start: '2020-11-09', end: null, precision: 'day', timing: 'past', title: 'The November 9, 2020 ceasefire agreement' });
    expect(eventOf(quote, null).precision).toBe('reported'); // the call itself has no date of its own
  });

  it('they will once again talk in the coming weeks: future, approximate, after publication', () => {
    const e = eventOf('they will once again talk to each other in the coming weeks', 'the coming weeks');
    expectQuoteAt(e, 1699);
    expect(e).toMatchObject({ precision: 'approximate', timing: 'future', title: 'Macron and Aliyev will once again talk to each other in the coming weeks' });
    expect(e.start > '2022-12-24').toBe(true);
    expect(e.end !== null && e.end > e.start).toBe(true);
  });

  it('Just weeks ago, Aliyev lashed out: an approximate past range of a few weeks', () => {
    const e = eventOf(
      'Just weeks ago, Aliyev lashed out at Macron and France calling into question their impartiality after the International Organization of the Franophonie issued a statement condemning Azerbaijan for invading the sovereign territory of Armenia.',
      'Just weeks ago',
    );
    expectQuoteAt(e, 1790);
    expect(e).toMatchObject({ precision: 'approximate', timing: 'past', title: 'Aliyev lashed out at Macron and France' });
    expect(e.end !== null && e.end < '2022-12-24' && e.start >= '2022-10-01').toBe(true);
  });

  it("the scholars' joint article published in Le Figaro: reported", () => {
    const e = eventOf('The article, “We Must Save the 120,000 Armenians of Artsakh,” and was published in the Le Figaro newspaper.', null);
    expectQuoteAt(e, 2386);
    expect(e).toMatchObject({ start: '2022-12-24', precision: 'reported', timing: 'past', title: 'The article was published in the Le Figaro newspaper' });
  });

  it('must not match: reporting boilerplate, verbless fragments, sentences with no action', () => {
    const quotes = events.map((e) => e.sources[0]?.quote.text ?? '');
    expect(quotes.some((q) => q.includes('the French presidency said'))).toBe(false);
    expect(events.some((e) => /presidency said/.test(e.title))).toBe(false);
    expect(quotes.some((q) => q.includes('Constructive phone call'))).toBe(false);
    expect(quotes.some((q) => q.startsWith('The signatories include'))).toBe(false);
  });

  it('every date claimed as a day is written out in its date phrase', () => {
    for (const e of events.filter((x) => x.precision === 'day')) {
      expect(e.sources[0]?.datePhrase?.text, e.title).toMatch(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
    }
  });

  it('matches the committed golden corpus (regenerate: npm run extract -- --out src/extraction/fixtures/seed.golden.json, then review the diff)', () => {
    expect(JSON.parse(JSON.stringify(extractCorpus([{ path: SEED_PATH, bytes: SEED_BYTES }])))).toEqual(golden);
  });
});
