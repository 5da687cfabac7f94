import type { Locale } from 'date-fns';
import { enAU, enCA, enGB, enIE, enIN, enNZ, enUS, enZA } from 'date-fns/locale';

/**
 * The date locale: date-fns formats every date in the browser's locale when Sourceline has its UI
 * words in that language (today English, see messages.ts), else in US English, so a page never mixes
 * a French month with English words around it. Set once at startup (`useBrowserLocale`); pure code
 * reads it through `dateLocale()` and `dayFirst()`.
 */
const ENGLISH: Readonly<Record<string, Locale>> = {
  'en-US': enUS,
  'en-GB': enGB,
  'en-AU': enAU,
  'en-CA': enCA,
  'en-IE': enIE,
  'en-IN': enIN,
  'en-NZ': enNZ,
  'en-ZA': enZA,
};

let current: Locale = enUS;

/** The first of the browser's languages Sourceline can format dates in; US English otherwise. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const exact = ENGLISH[tag];
    if (exact) return exact;
    // "en" alone, or an English variant without its own date-fns locale (en-SG): day-first British style
    // for the variants, US style for plain "en".
    if (/^en(-|$)/i.test(tag)) return tag.toLowerCase() === 'en' ? enUS : enGB;
  }
  return enUS;
}

export function setDateLocale(locale: Locale): void {
  current = locale;
}

export function dateLocale(): Locale {
  return current;
}

/** Whether the locale writes the day before the month ("12 December 2022"), read from its long date format. */
export function dayFirst(locale: Locale = current): boolean {
  const long = locale.formatLong?.date({ width: 'long' }) ?? '';
  return /^d/.test(long);
}
