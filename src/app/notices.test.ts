import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../url-state/url-params.ts';
import { mergeNotices } from './notices.ts';

describe('mergeNotices', () => {
  it('says what one dropped parameter was wrong with', () => {
    expect(mergeNotices(parseUrlState('?date=2022-02-30').notices, [])).toEqual(['Ignored \u2068date=2022-02-30\u2069: 2022-02-30 is not a calendar day.']);
  });

  it('isolates what the link gave, so a right-to-left override in it cannot reorder the words after it', () => {
    const [one] = mergeNotices(parseUrlState(`?${encodeURIComponent('\u202Ecilbup')}=1`).notices, []);
    expect(one).toBe('Ignored \u2068\u202Ecilbup=1\u2069: not a parameter Sourceline knows.');
    const [many] = mergeNotices(parseUrlState(`?${encodeURIComponent('\u202Ea')}=1&b=2`).notices, []);
    expect(many).toBe('2 parts of the link were ignored: \u2068\u202Ea=1\u2069 (not a parameter Sourceline knows); \u2068b=2\u2069 (not a parameter Sourceline knows).');
  });

  it('merges many into one line, naming a few, however many a link carries', () => {
    const search = `?${Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&')}`;
    const lines = mergeNotices(parseUrlState(search).notices, ['No event has the id e.']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^500 parts of the link were ignored: \u2068p0=x\u2069 \(not a parameter Sourceline knows\); .*, and 496 more\.$/);
    expect(lines[1]).toBe('No event has the id e.');
  });
});
