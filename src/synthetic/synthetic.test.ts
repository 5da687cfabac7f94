import { describe, expect, it } from 'vitest';
import { addDays, addYears, daysBetween, isoWeekOf, lastDayOfMonth, weekdayOf, type IsoDay } from '../domain/calendar.ts';
import { datePhrase, sincePhrase } from './date-phrases.ts';
import { synthesizeArticles } from './index.ts';
import { storyAt } from './world.ts';
import { createRandom } from './random.ts';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './vocabulary.ts';

const articles = (docs: number, seed = 3, first = 0) => [...synthesizeArticles({ docs, seed, first })];

describe('synthesizeArticles', () => {
  it('is deterministic, and a smaller corpus is a prefix of a larger one', () => {
    const small = articles(40);
    expect(articles(40)).toEqual(small);
    expect(articles(120).slice(0, 40)).toEqual(small);
    expect(articles(10, 3, 30)).toEqual(small.slice(30, 40));
    expect(articles(40, 4).map((a) => a.content)).not.toEqual(small.map((a) => a.content));
  });

  const sample = articles(600);

  it('writes both formats, about seed-sized on average', () => {
    expect(new Set(sample.map((a) => a.name.split('.').pop()))).toEqual(new Set(['md', 'txt']));
    const mean = sample.reduce((n, a) => n + a.content.length, 0) / sample.length;
    expect(mean).toBeGreaterThan(1500);
    expect(mean).toBeLessThan(4000);
  });

  it('reports several happenings per article, each phrase verbatim in the text', () => {
    for (const a of sample) {
      expect(a.reports.length, a.name).toBeGreaterThanOrEqual(1);
      for (const r of a.reports) {
        if (r.phrase === null) continue;
        const atStart = r.phrase.charAt(0).toUpperCase() + r.phrase.slice(1);
        expect(a.content.includes(r.phrase) || a.content.includes(atStart), `${a.name}: ${r.phrase}`).toBe(true);
      }
    }
    const perArticle = sample.reduce((n, a) => n + a.reports.length, 0) / sample.length;
    expect(perArticle).toBeGreaterThan(3);
    const kinds = new Set(sample.flatMap((a) => a.reports.map((r) => r.phraseKind)));
    expect(kinds).toEqual(new Set(['explicit', 'partial', 'relative', 'vague', null]));
    const tenses = new Set(sample.flatMap((a) => a.reports.map((r) => r.tense)));
    expect(tenses).toEqual(new Set(['past', 'ongoing', 'future', 'undated', 'background']));
  });

  it('has several outlets reporting the same happening, in bursts, across decades', () => {
    const outletsPerHappening = new Map<string, Set<string>>();
    for (const a of sample) {
      for (const r of a.reports) {
        const set = outletsPerHappening.get(r.happening) ?? new Set<string>();
        set.add(a.outlet);
        outletsPerHappening.set(r.happening, set);
      }
    }
    const shared = [...outletsPerHappening.values()].filter((s) => s.size >= 3).length;
    expect(shared).toBeGreaterThan(20);
    const decades = new Set(Array.from({ length: 60 }, (_, i) => storyAt(3, i).happenings[0]?.day.slice(0, 3)));
    expect(decades.size).toBeGreaterThanOrEqual(4);
    // Bursts: most articles appear within three days of another article of the same story.
    const byStory = new Map<number, IsoDay[]>();
    for (const a of sample) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.published]);
    let close = 0;
    for (const days of byStory.values()) {
      for (const d of days) if (days.some((o) => o !== d && Math.abs(daysBetween(d, o)) <= 3) || days.filter((o) => o === d).length > 1) close++;
    }
    expect(close / sample.length).toBeGreaterThan(0.6);
  });

  it('words the same happening differently from one outlet to another', () => {
    const sentencesByHappening = new Map<string, Set<string>>();
    for (const a of sample) {
      const first = a.reports[0];
      if (!first?.phrase) continue;
      const body = a.content.replace(/^---[\s\S]*?---\n|^date \S+\n/, '');
      const lead = (body.split('\n')[0] ?? '').replace(first.phrase, '{D}').replace(/^(\w)/, (c) => c.toLowerCase());
      const set = sentencesByHappening.get(first.happening) ?? new Set<string>();
      set.add(lead.replace(/“|”/g, '"').replace(/’/g, "'"));
      sentencesByHappening.set(first.happening, set);
    }
    const varied = [...sentencesByHappening.values()].filter((s) => s.size >= 2).length;
    expect(varied).toBeGreaterThan(10);
  });
});

/**
 * A reader's interpretation of every phrase shape the generator writes, independent of the
 * generator's code: the days a phrase can mean, read against the publication date.
 */
function meaning(phrase: string, published: IsoDay): { from: IsoDay; to: IsoDay } {
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const month = (name: string) => MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
  const day = (yy: number, mm: number, dd: number) => `${String(yy).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const monthRange = (yy: number, mm: number) => ({ from: day(yy, mm, 1), to: lastDayOfMonth(yy, mm) });
  const one = (d: IsoDay) => ({ from: d, to: d });
  const num = (word: string) => (NUMBER_WORDS.indexOf(word as (typeof NUMBER_WORDS)[number]) >= 0 ? NUMBER_WORDS.indexOf(word as (typeof NUMBER_WORDS)[number]) : Number(word));
  const weekOf = (d: IsoDay) => {
    const back = (weekdayOf(d) + 6) % 7;
    return { from: addDays(d, -back), to: addDays(d, 6 - back) };
  };
  let r: RegExpExecArray | null;
  if (phrase === 'today' || phrase === 'earlier today') return one(published);
  if (phrase === 'yesterday') return one(addDays(published, -1));
  if (phrase === 'tomorrow') return one(addDays(published, 1));
  if ((r = /^on (\w+day)(?: night)?$/.exec(phrase)) || (r = /^(\w+day)$/.exec(phrase))) {
    // The nearest such weekday within six days either side: the tense of the sentence picks one.
    const wd = WEEKDAYS.indexOf(r[1] as (typeof WEEKDAYS)[number]);
    return { from: addDays(published, -6), to: addDays(published, 6), ...{ weekday: wd } };
  }
  if ((r = /^(\w+) days ago$/.exec(phrase))) return one(addDays(published, -num(r[1] ?? '')));
  if (phrase === 'a week ago') return one(addDays(published, -7));
  if ((r = /^(?:on )?(?:\w+day, )?(\w+) (\d+), (\d{4})$/.exec(phrase)) || (r = /^(\w+) (\d+), (\d{4})$/.exec(phrase))) return one(day(Number(r[3]), month(r[1] ?? ''), Number(r[2])));
  if ((r = /^(?:on )?(?:\w+day, )?(\w+) (\d{1,2})$/.exec(phrase))) return one(day(y, month(r[1] ?? ''), Number(r[2])));
  if ((r = /^(?:in )?(\w+) (\d{4})$/.exec(phrase)) && month(r[1] ?? '') > 0) return monthRange(Number(r[2]), month(r[1] ?? ''));
  if ((r = /^(?:in )?(\d{4})$/.exec(phrase))) return { from: day(Number(r[1]), 1, 1), to: day(Number(r[1]), 12, 31) };
  if ((r = /^in early (\d{4})$/.exec(phrase))) return { from: day(Number(r[1]), 1, 1), to: day(Number(r[1]), 4, 30) };
  if ((r = /^in late (\d{4})$/.exec(phrase))) return { from: day(Number(r[1]), 9, 1), to: day(Number(r[1]), 12, 31) };
  if ((r = /^in (early|mid-|late) ?(\w+)$/.exec(phrase))) {
    const mm = month(r[2] ?? '');
    const [a, b] = r[1] === 'early' ? [1, 10] : r[1] === 'mid-' ? [11, 20] : [21, 31];
    return { from: day(y, mm, a), to: b === 31 ? lastDayOfMonth(y, mm) : day(y, mm, b) };
  }
  if ((r = /^(?:in )?(\w+)$/.exec(phrase)) && month(r[1] ?? '') > 0) return monthRange(y, month(r[1] ?? ''));
  if ((r = /^last (\w+)$/.exec(phrase)) && month(r[1] ?? '') > 0) return monthRange(y - 1, month(r[1] ?? ''));
  if (phrase === 'last year') return { from: day(y - 1, 1, 1), to: day(y - 1, 12, 31) };
  if (phrase === 'next year') return { from: day(y + 1, 1, 1), to: day(y + 1, 12, 31) };
  if ((r = /^(\w+) years ago$/.exec(phrase))) return { from: day(y - num(r[1] ?? ''), 1, 1), to: day(y - num(r[1] ?? ''), 12, 31) };
  if ((r = /^in the (\d{4})s$/.exec(phrase))) return { from: day(Number(r[1]), 1, 1), to: day(Number(r[1]) + 9, 12, 31) };
  if (phrase === 'decades ago') return { from: '0001-01-01', to: addYears(published, -20) };
  if (phrase === 'earlier this week') return { from: weekOf(published).from, to: published };
  if (phrase === 'last week') return weekOf(addDays(published, -7));
  if (phrase === 'next week') return weekOf(addDays(published, 7));
  if (phrase === 'earlier this month') return { from: day(y, m, 1), to: published };
  if (phrase === 'later this month') return { from: published, to: lastDayOfMonth(y, m) };
  if (phrase === 'next month') return m === 12 ? monthRange(y + 1, 1) : monthRange(y, m + 1);
  if (phrase === 'earlier this year') return { from: day(y, 1, 1), to: published };
  if (phrase === 'later this year') return { from: published, to: day(y, 12, 31) };
  if ((r = /^this (spring|summer|autumn)$/.exec(phrase))) {
    const [a, b] = r[1] === 'spring' ? [3, 5] : r[1] === 'summer' ? [6, 8] : [9, 11];
    return { from: day(y, a, 1), to: lastDayOfMonth(y, b) };
  }
  throw new Error(`the test does not know the phrase "${phrase}"`);
}

describe('datePhrase', () => {
  it('always says something true about the day, read against the publication date', () => {
    const random = createRandom(11);
    const seen = new Set<string>();
    for (let i = 0; i < 6000; i++) {
      const published = addDays('1970-01-01', random.int(0, 20000));
      const offsets = [0, -1, -3, -6, -9, -13, -40, -200, -500, -3000, -12000, 1, 4, 9, 60, 200, 500];
      const day = addDays(published, random.pick(offsets) + (random.chance(0.5) ? 0 : random.int(-2, 2)));
      const phrase = datePhrase(day, published, random);
      const { from, to } = meaning(phrase.text, published);
      seen.add(phrase.text.replace(/\d+|[A-Z]\w+/g, '_'));
      expect(day >= from && day <= to, `"${phrase.text}" published ${published} for ${day}`).toBe(true);
      if (/^on \w+day/.test(phrase.text) && !phrase.text.includes(',')) {
        expect(WEEKDAYS[weekdayOf(day)]).toBe(phrase.text.split(' ')[1]);
      }
      if (phrase.text === 'last week') expect(isoWeekOf(day).week).toBe(isoWeekOf(addDays(published, -7)).week);
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it('gives the bare form after "since", also true', () => {
    const random = createRandom(5);
    for (let i = 0; i < 2000; i++) {
      const published = addDays('1970-01-01', random.int(0, 20000));
      const day = addDays(published, -random.int(1, 900));
      const phrase = sincePhrase(day, published, random);
      expect(phrase.text).not.toMatch(/^(on|in) /);
      const { from, to } = meaning(phrase.text, published);
      expect(day >= from && day <= to, `since "${phrase.text}" published ${published} for ${day}`).toBe(true);
    }
  });
});
