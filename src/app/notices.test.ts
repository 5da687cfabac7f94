import { describe, expect, it } from 'vitest';
import { parseUrlState } from '../url-state/url-params.ts';
import { mergeNotices } from './notices.ts';

describe('mergeNotices', () => {
  it('says what one dropped parameter was wrong with', () => {
    expect(mergeNotices(parseUrlState('?date=2022-02-30').notices, [])).toEqual(['Ignored date=2022-02-30: 2022-02-30 is not a calendar day.']);
  });

  it('merges many into one line, naming a few, however many a link carries', () => {
    const search = `?${Array.from({ length: 500 }, (_, i) => `p${i}=x`).join('&')}`;
    const lines = mergeNotices(parseUrlState(search).notices, ['No event has the id e.']);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^500 parts of the link were ignored: p0=x \(not a parameter Sourceline knows\); .*, and 496 more\.$/);
    expect(lines[1]).toBe('No event has the id e.');
  });
});
