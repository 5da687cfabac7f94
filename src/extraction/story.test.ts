import { describe, expect, it } from 'vitest';
import type { Corpus, TimelineEvent } from '../domain/corpus.ts';
import { STORY_FILES } from './fixtures/story.ts';
import { assembleCorpus, extractCorpus, extractFile } from './index.ts';

/**
 * One event per happening across articles, on the story fixture (five outlets, one week): every
 * merge and no-merge case the issue names, the date disagreement kept as data, ids and aliases that
 * survive adding documents, and a reduce step that does not care about input order.
 */

const corpus = extractCorpus(STORY_FILES);

/** The one event holding the report of `doc` (file name prefix) whose quote contains `words`. */
function report(c: Corpus, doc: string, words: string): TimelineEvent {
  const found = c.events.filter((e) => e.sources.some((s) => s.docId.startsWith(doc) && s.quote.text.includes(words)));
  expect(found.map((e) => e.title), `${doc}: "${words}"`).toHaveLength(1);
  return found[0] as TimelineEvent;
}

const docs = (e: TimelineEvent): string[] => [...new Set(e.sources.map((s) => s.docId.slice(0, 2)))].sort();

describe('the story: one event per happening across articles', () => {
  it('the power cut is one event with every report; the outlet that says Tuesday is a disagreement, kept as data', () => {
    const cut = report(corpus, '01', 'knocked out power');
    expect(report(corpus, '05', 'The blackout started').id).toBe(cut.id);
    expect(report(corpus, '04', 'knocked it out').id).toBe(cut.id);
    expect(report(corpus, '03', 'The outage began on Tuesday').id).toBe(cut.id);
    expect(docs(cut)).toEqual(['01', '03', '04', '05']);
    expect(cut).toMatchObject({ start: '2025-03-03', precision: 'day', uncertain: true });
    const byDay = new Map<string, number>();
    for (const s of cut.sources) byDay.set(s.date.start, (byDay.get(s.date.start) ?? 0) + 1);
    expect(Object.fromEntries(byDay)).toEqual({ '2025-03-03': 3, '2025-03-04': 1 });
    expect(cut.sources.find((s) => s.docId.startsWith('03'))?.datePhrase?.text).toBe('Tuesday');
  });

  it('the power coming back three days later is another event, reported by three outlets that agree', () => {
    const back = report(corpus, '03', 'Power was restored');
    expect(back.id).not.toBe(report(corpus, '01', 'knocked out power').id);
    expect(report(corpus, '04', 'Electricity came back').id).toBe(back.id);
    expect(report(corpus, '05', 'restored supply').id).toBe(back.id);
    expect(back).toMatchObject({ start: '2025-03-06', precision: 'day', uncertain: false });
  });

  it("the bridge's three-hour closure on Monday and the long closure from Wednesday stay apart", () => {
    const short = report(corpus, '01', 'police closed the Harbour Bridge');
    expect(report(corpus, '02', 'already been shut for three hours').id).toBe(short.id);
    const long = report(corpus, '02', 'closed indefinitely on Wednesday');
    expect(report(corpus, '03', 'remains shut').id).toBe(long.id);
    expect(report(corpus, '04', 'closed since Wednesday').id).toBe(long.id);
    expect(long.id).not.toBe(short.id);
    expect(short.start).toBe('2025-03-03');
    expect(long.start).toBe('2025-03-05');
    expect(report(corpus, '01', 'The bridge reopened').id).not.toBe(short.id);
  });

  it('two meetings on Tuesday between different people stay apart', () => {
    const minister = report(corpus, '02', 'Reiner met Mayor Elena Varga');
    const union = report(corpus, '02', 'Jonas Pell met union leaders');
    expect(minister.id).not.toBe(union.id);
    expect(minister.start).toBe(union.start);
  });

  it('a meeting in one article is one event with what was said in it', () => {
    const meeting = report(corpus, '02', 'Reiner met Mayor Elena Varga');
    expect(meeting.sources.map((s) => s.quote.text.slice(0, 22))).toEqual(['Energy Minister Tomas ', 'During the meeting, Re', 'The two agreed to set ']);
  });

  it('a plan and the thing done stay apart: the meeting planned and held, the visit planned (two outlets) and made', () => {
    expect(report(corpus, '01', 'will meet Varga').id).not.toBe(report(corpus, '02', 'Reiner met Mayor Elena Varga').id);
    const plan = report(corpus, '01', 'plans to visit');
    expect(report(corpus, '03', 'is due to visit').id).toBe(plan.id);
    const visit = report(corpus, '04', 'visited the Dock Road substation');
    expect(visit.id).not.toBe(plan.id);
    expect(plan.start).toBe(visit.start);
  });

  it('"European Union" and "EU" pledging the aid are one actor and one event', () => {
    const aid = report(corpus, '03', 'The European Union pledged');
    expect(report(corpus, '04', 'The EU has pledged').id).toBe(aid.id);
    expect(aid).toMatchObject({ start: '2025-03-06', precision: 'day', uncertain: false });
    const eu = corpus.actors.filter((a) => a.id === 'european-union');
    expect(eu).toHaveLength(1);
    expect(eu[0]?.aliases).toContain('EU');
    expect(aid.actors).toContain('european-union');
  });

  it('names people across articles as one actor, with a count of the events naming them', () => {
    const reiner = corpus.actors.find((a) => a.id === 'tomas-reiner');
    expect(reiner).toMatchObject({ name: 'Tomas Reiner', kind: 'person' });
    expect(reiner?.aliases).toContain('Reiner');
    expect(reiner?.events).toBe(corpus.events.filter((e) => e.actors.includes('tomas-reiner')).length);
    expect(corpus.actors.find((a) => a.id === 'harbour-bridge')?.kind).toBe('place');
    expect(corpus.actors.find((a) => a.id === 'northgate-power')?.kind).toBe('organization');
  });

  it('the merged event keeps the id of its earliest-published report, every other report id is an alias', () => {
    const cut = report(corpus, '01', 'knocked out power');
    expect(cut.id).toMatch(/^01-herald-storm-night-/);
    const alone = STORY_FILES.flatMap((f) => extractCorpus([f]).events.flatMap((e) => [e.id, ...e.aliases]));
    const all = corpus.events.flatMap((e) => [e.id, ...e.aliases]);
    expect([...all].sort()).toEqual([...alone].sort());
  });

  it('the most salient events are the ones several outlets report', () => {
    const ranked = [...corpus.events].sort((a, b) => b.salience - a.salience);
    expect(ranked[0]?.id).toBe(report(corpus, '01', 'knocked out power').id);
    expect(report(corpus, '03', 'Power was restored').salience).toBeGreaterThan(report(corpus, '05', 'shares fell').salience);
  });
});

describe('the corpus stages as a reduce step', () => {
  const extracted = STORY_FILES.map((f) => extractFile(f));

  it('do not depend on the order the documents arrive in', () => {
    expect(assembleCorpus([...extracted].reverse())).toEqual(corpus);
    expect(assembleCorpus([extracted[3], extracted[0], extracted[4], extracted[1], extracted[2]].flatMap((x) => (x ? [x] : [])))).toEqual(corpus);
  });

  it('keep every id when documents are added: an earlier corpus’s ids are ids or aliases of exactly one event', () => {
    for (let n = 1; n < extracted.length; n++) {
      const before = assembleCorpus(extracted.slice(0, n));
      for (const e of before.events) {
        const owners = corpus.events.filter((x) => x.id === e.id || x.aliases.includes(e.id));
        expect(owners, `${e.id} after adding documents`).toHaveLength(1);
        for (const alias of e.aliases) expect(corpus.events.filter((x) => x.id === alias || x.aliases.includes(alias))).toHaveLength(1);
      }
    }
  });

  it('keep the id of an event when a later article reports it too', () => {
    const early = assembleCorpus(extracted.slice(0, 2));
    const short = report(early, '01', 'police closed the Harbour Bridge');
    expect(report(corpus, '01', 'police closed the Harbour Bridge').id).toBe(short.id);
  });
});
