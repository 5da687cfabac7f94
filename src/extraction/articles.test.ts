import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../domain/corpus.ts';
import {
  differences, findExpected, forbiddenMatches, runArticle, scoreArticle, titleProblems, unexpectedEvents,
} from './fixtures/article-expectations.ts';
import { ARTICLES } from './fixtures/articles.ts';
import { extractCorpus } from './index.ts';

/**
 * Thirty-three articles the pipeline had never seen, each with what a careful editor expects (written
 * before the pipeline ran on them; 11–13 after the first round of fixes and 14–18 after the second,
 * as held-out checks): every expected event with its dates, precision and timing, the events that
 * must not exist, and a committed snapshot of everything extracted so any drift shows up in review.
 */

describe('unseen articles: the editor’s expectations', () => {
  it('there are thirty-seven articles, each with an expectation (10 written first, 11–13 and 14–18 as held-out checks after fixes, 19–21, 22–29, 30–33 and 34–37 for the timeline-level date rules)', () => {
    expect(ARTICLES.map((a) => a.expectation.article)).toHaveLength(37);
  });

  for (const article of ARTICLES) {
    const { expectation } = article;
    describe(expectation.article, () => {
      const run = runArticle(article.path, article.content);
      const why = (): string => `\n${run.events.map((e) => `  ${e.start}..${e.end} ${e.precision} ${e.timing} [${e.sources[0]?.datePhrase?.text ?? ''}] ${e.title}`).join('\n')}\n--- trace\n${run.explain()}`;

      for (const x of expectation.events) {
        const test = x.knownGap === undefined ? it : it.fails;
        test(`${x.precision} ${x.timing}: "${x.quote}" / ${x.datePhrase ?? 'no date phrase'} (${x.why})${x.knownGap ? ` (known gap: ${x.knownGap})` : ''}`, () => {
          expect(differences(x, findExpected(run.events, x)), why()).toEqual([]);
        });
      }

      for (const f of expectation.mustNot) {
        it(`must not match: ${JSON.stringify({ ...f, why: undefined })} (${f.why})`, () => {
          expect(forbiddenMatches(run.events, f).map((e) => e.title), why()).toEqual([]);
        });
      }

      if (expectation.exhaustive) {
        it('gives no event beyond the listed ones', () => {
          expect(unexpectedEvents(run.events, expectation).map((e) => e.title), why()).toEqual([]);
        });
      }

      it('every title is a statement: a subject and its verb, no leading "That", "Said", participle or bare noun phrase', () => {
        expect(run.events.map((e) => ({ title: e.title, problems: titleProblems(e.title) })).filter((t) => t.problems.length > 0), why()).toEqual([]);
      });

      it('every quote and date phrase is a verbatim slice; every day-precision date is written out as a day', () => {
        for (const e of run.events) {
          const s = e.sources[0];
          expect(s && run.document.text.slice(s.quote.start, s.quote.end)).toBe(s?.quote.text);
          if (s?.datePhrase) expect(run.document.text.slice(s.datePhrase.start, s.datePhrase.end)).toBe(s.datePhrase.text);
          if (e.precision === 'day') expect(s?.datePhrase?.text, e.title).toMatch(/\d|day\b|\b(?:yesterday|today|tomorrow|later|earlier)\b/i);
        }
      });
    });
  }
});

describe('unseen articles: the score', () => {
  it('every expected event is right but the declared known gaps, and nothing forbidden or unlisted comes out', () => {
    const scores = ARTICLES.map((a) => scoreArticle(a.expectation, runArticle(a.path, a.content)));
    const gaps = ARTICLES.map((a) => a.expectation.events.filter((x) => x.knownGap !== undefined).length);
    expect(scores.map((s) => [s.article, s.expected - s.right, s.forbiddenFound])).toEqual(scores.map((s, i) => [s.article, gaps[i], 0]));
  });
});

describe('unseen articles: the whole corpus', () => {
  const corpus = extractCorpus(ARTICLES.map((a) => ({ path: a.path, bytes: new TextEncoder().encode(a.content) })));

  it('extracts every article without warnings and passes the app’s own corpus check', () => {
    expect(corpus.documents).toHaveLength(ARTICLES.length);
    expect(corpus.warnings).toEqual([]);
    expect(parseCorpus(JSON.parse(JSON.stringify(corpus))).ok).toBe(true);
  });

  it('matches the committed snapshot of every extracted event (update with `npx vitest run -u src/extraction/articles.test.ts`, then review the diff)', async () => {
    const events = corpus.events.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      precision: e.precision,
      timing: e.timing,
      quote: e.sources[0]?.quote.text,
      datePhrase: e.sources[0]?.datePhrase?.text ?? null,
      timexValue: e.sources[0]?.timexValue ?? null,
    }));
    await expect(`${JSON.stringify(events, null, 2)}\n`).toMatchFileSnapshot('./fixtures/articles.golden.json');
  });
});
