/**
 * Words the temporal rules are built from: month and weekday names, number words, time units.
 * Regex sources here are fragments (no flags, no anchors) that the rules compose once at load.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Capitalised month names; abbreviations are only trusted when a day or year follows (see rules). */
export const MONTH_FULL =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const MONTH_ANY =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** 0 = Sunday ... 6 = Saturday, matching `weekdayOf` in domain/calendar. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

const UNITS_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const UNIT_ALT = Object.keys(UNITS_WORDS).join('|');
const TENS_ALT = Object.keys(TENS_WORDS).join('|');

/** A cardinal: digits, or words up to ninety-nine, or "a"/"an"/"a couple of"/"a dozen"/"a hundred". */
export const NUMBER_WORD =
  `(?:(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)|single|(?:${TENS_ALT})(?:[- ](?:${UNIT_ALT}))?|${UNIT_ALT}|a dozen|a couple of|a couple|(?:a|one) hundred|a|an|one)`;

const TWO_DIGITS = `(?:(?:${TENS_ALT})(?:[- ](?:${UNIT_ALT}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))`;
/**
 * A year in words, as broadcast transcripts write them: "nineteen ninety-six", "nineteen oh-five",
 * "two thousand", "two thousand and one", "twenty ten". Parsed by `parseSpelledYear`.
 */
export const SPELLED_YEAR =
  `(?:(?:eighteen|nineteen|twenty)[- ](?:hundred|${TWO_DIGITS})|two thousand(?:(?:\\s+and)?\\s+(?:${TWO_DIGITS}|one|two|three|four|five|six|seven|eight|nine))?)`;

export function parseSpelledYear(raw: string): number | undefined {
  const w = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const thousand = /^two thousand(?:(?: and)? (.+))?$/.exec(w);
  if (thousand) {
    if (!thousand[1]) return 2000;
    const rest = parseNumber(thousand[1].replace(/^oh[- ]/, ''));
    return rest === undefined ? undefined : 2000 + rest;
  }
  const m = /^(eighteen|nineteen|twenty)[- ](.+)$/.exec(w);
  if (!m) return undefined;
  const century = m[1] === 'eighteen' ? 1800 : m[1] === 'nineteen' ? 1900 : 2000;
  if (m[2] === 'hundred') return century;
  const oh = /^oh[- ](.+)$/.exec(m[2] ?? '');
  const rest = parseNumber(oh ? oh[1] ?? '' : m[2] ?? '');
  return rest === undefined ? undefined : century + rest;
}

/** Vague quantities: the count is unknown ("several years" -> PXY). */
export const VAGUE_QUANTITY = '(?:a few|few|several|many|some|a number of|dozens of|hundreds of|a couple of)';

/**
 * Parses a cardinal matched by NUMBER_WORD (plus an optional trailing "and a half").
 * Returns undefined for words it does not know, so callers never invent a count.
 */
export function parseNumber(raw: string): number | undefined {
  let s = raw.toLowerCase().trim().replace(/(?<=\d),(?=\d{3})/g, '');
  let half = 0;
  if (s.endsWith(' and a half')) {
    half = 0.5;
    s = s.slice(0, -' and a half'.length).trim();
  }
  let n: number | undefined;
  if (/^\d+(?:\.\d+)?$/.test(s)) n = Number(s);
  else if (s === 'a' || s === 'an' || s === 'one' || s === 'single') n = 1;
  else if (s === 'a couple of' || s === 'a couple') n = 2;
  else if (s === 'a dozen') n = 12;
  else if (s === 'a hundred' || s === 'one hundred') n = 100;
  else if (s === 'half a' || s === 'half an') n = 0.5;
  else {
    const parts = s.split(/[- ]/);
    const first = parts[0] ?? '';
    if (parts.length === 1) n = UNITS_WORDS[first] ?? TENS_WORDS[first];
    else if (parts.length === 2) {
      const tens = TENS_WORDS[first];
      const unit = UNITS_WORDS[parts[1] ?? ''];
      if (tens !== undefined && unit !== undefined) n = tens + unit;
    }
  }
  return n === undefined ? undefined : n + half;
}

export type DurationUnit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE' | 'Q';

export const TIME_UNIT =
  '(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|yrs?|decades?|centur(?:y|ies))';

/** Maps a unit word ("weeks", "fortnight") to its unit and a multiplier. */
export function parseUnit(raw: string): { unit: DurationUnit; factor: number } | undefined {
  const w = raw.toLowerCase();
  if (w.startsWith('sec')) return { unit: 'S', factor: 1 };
  if (w.startsWith('min')) return { unit: 'MIN', factor: 1 };
  if (w.startsWith('h')) return { unit: 'H', factor: 1 };
  if (w.startsWith('day') || w.startsWith('night')) return { unit: 'D', factor: 1 };
  if (w.startsWith('fortnight')) return { unit: 'W', factor: 2 };
  if (w.startsWith('week')) return { unit: 'W', factor: 1 };
  if (w.startsWith('month')) return { unit: 'M', factor: 1 };
  if (w.startsWith('quarter')) return { unit: 'Q', factor: 1 };
  if (w.startsWith('y')) return { unit: 'Y', factor: 1 };
  if (w.startsWith('decade')) return { unit: 'DE', factor: 1 };
  if (w.startsWith('centur')) return { unit: 'CE', factor: 1 };
  return undefined;
}

/** Length of one unit in days, for `durationDays` (months and years are averages). */
export const UNIT_DAYS: Readonly<Record<DurationUnit, number>> = {
  S: 1 / 86400, MIN: 1 / 1440, H: 1 / 24, D: 1, W: 7, M: 30.44, Q: 91.31, Y: 365.25, DE: 3652.5, CE: 36525,
};

/** Ordinals used by quarters, halves, centuries and weeks. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
  'twenty-first': 21, 'twenty first': 21,
};
export const ORDINAL_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|' +
  'fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]first|\\d{1,2}(?:st|nd|rd|th))';

export function parseOrdinal(raw: string): number | undefined {
  const w = raw.toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w];
}
