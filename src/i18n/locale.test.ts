import { enGB, enUS } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { dayFirst, pickLocale } from './locale.ts';

describe('pickLocale', () => {
  it('takes the first English variant the browser asks for, else US English', () => {
    expect(pickLocale(['en-GB', 'en-US'])).toBe(enGB);
    expect(pickLocale(['fr-FR', 'en-US'])).toBe(enUS);
    expect(pickLocale(['fr-FR', 'de'])).toBe(enUS);
    expect(pickLocale(['en'])).toBe(enUS);
    expect(pickLocale(['en-SG'])).toBe(enGB);
  });

  it('knows which locales put the day first', () => {
    expect(dayFirst(enUS)).toBe(false);
    expect(dayFirst(enGB)).toBe(true);
  });
});
