import { describe, expect, it } from 'vitest';
import { M } from './messages.ts';

const RLO = '\u202E';
const hostile = `${RLO}cilbup`;
const isolated = `\u2068${hostile}\u2069`;

describe('messages', () => {
  it('isolate every argument taken from a document or a link, so an override cannot reverse the words after it', () => {
    const composed = [
      M.legend.toggle(hostile, true),
      M.details.published(hostile, 'December 24, 2022'),
      M.article.selectEvent(hostile),
      M.article.eventDescription(hostile),
      M.article.selectedDescription(hostile),
      M.search.none(hostile),
      M.notices.unknownEvent(hostile),
    ];
    for (const text of composed) expect(text).toContain(isolated);
    expect(M.notices.ignoredOne(hostile, '1', 'not a parameter Sourceline knows')).toBe(`Ignored \u2068${hostile}=1\u2069: not a parameter Sourceline knows.`);
    expect(M.details.published(hostile, 'December 24, 2022')).toBe(`${isolated} · published December 24, 2022`);
  });

  it('leave the words of the app alone', () => {
    expect(M.details.published(null, 'December 24, 2022')).toBe('published December 24, 2022');
    expect(M.article.published('December 24, 2022')).toBe('published December 24, 2022');
  });
});
