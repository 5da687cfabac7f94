import { NOT_PAST_ED, PAST_WORDS, SCHEDULE_WORDS } from './temporal/verb-forms.ts';

/**
 * The small English lexicon the event stages rely on: word tokens with offsets and the word
 * classes that tell an action ("called on", "tweeted", "was published") from background
 * description ("include", "is") and from reporting boilerplate ("the French presidency said").
 * Heuristic by design: news prose is regular enough that closed word lists plus a few shape rules
 * find the finite verb of a clause.
 */

export interface WordToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** False when the word is glued to a preceding symbol ("window.__pwned"): not a word of prose. */
  spaced: boolean;
  /** True when a comma (or dash) stands right before the word: it may open an appositive phrase. */
  afterComma: boolean;
}

/**
 * A word: a letter or digit, then letters, digits, and ' ’ - . each followed by a letter or digit.
 * In regex form `[\p{L}\p{N}](?:[\p{L}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*` (u flag); `wordTokens`
 * scans it by hand, because it runs over every clause several times and was a tenth of the
 * extraction time as a regex plus two small regexes per token (its test holds it to that regex).
 */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
/** Per BMP code unit: 0 not yet known, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter or digit starting at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (!(next >= 0xdc00 && next <= 0xdfff)) return 0;
    LETTER_OR_DIGIT.lastIndex = i;
    return LETTER_OR_DIGIT.test(text) ? 2 : 0;
  }
  let known = bmpClass[code];
  if (known === 0) {
    known = /[\p{L}\p{N}]/u.test(text[i] ?? '') ? 1 : 2;
    bmpClass[code] = known;
  }
  return known === 1 ? 1 : 0;
}

const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e;
/** What may stand right before a word of prose: whitespace, an opening quote or bracket, a dash. */
const SPACED_AFTER = /[\s"“‘'([—–-]/;
const isAsciiSpace = (code: number): boolean => code === 0x20 || (code >= 0x09 && code <= 0x0d);

/** Whether the word at `at` of `text` stands after whitespace, a quote, bracket or dash (or at `floor`). */
function spacedAt(text: string, at: number, floor: number): boolean {
  if (at === floor) return true;
  return text.charCodeAt(at - 1) === 0x20 || SPACED_AFTER.test(text[at - 1] ?? ' ');
}

/** Whether a comma or dash stands among the three characters before `at` (not before `floor`), followed only by whitespace. */
function afterCommaAt(text: string, at: number, floor: number): boolean {
  let j = at - 1;
  const low = Math.max(floor, at - 3);
  while (j >= low) {
    const code = text.charCodeAt(j);
    if (isAsciiSpace(code) || (code >= 0x80 && /\s/.test(text[j] ?? ''))) j--;
    else break;
  }
  const mark = j >= low ? text.charCodeAt(j) : 0;
  return mark === 0x2c || mark === 0x2014 || mark === 0x2013;
}

function scanTokens(text: string, offset: number): WordToken[] {
  const tokens: WordToken[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    const at = i;
    i += first;
    for (;;) {
      if (i >= length) break;
      const step = wordCharAt(text, i);
      if (step > 0) {
        i += step;
        continue;
      }
      if (isJoiner(text.charCodeAt(i)) && i + 1 < length && wordCharAt(text, i + 1) > 0) {
        i += 1;
        continue;
      }
      break;
    }
    const word = text.slice(at, i);
    const start = offset + at;
    tokens.push({ start, end: start + word.length, text: word, lower: word.toLowerCase(), spaced: spacedAt(text, at, 0), afterComma: afterCommaAt(text, at, 0) });
  }
  return tokens;
}

/**
 * The texts whose slices the stages are tokenizing: the document (set by `withDocumentTokens`) and
 * texts derived from it position for position (`shareTokensOf`, e.g. with dates masked), each with
 * its tokens, made on first use. The stages tokenize many overlapping pieces of one document (each
 * clause, the words around each date, each title); every piece that is a slice of one of these
 * texts takes its tokens from one pass over it instead of a scan of its own.
 */
interface SharedText {
  text: string;
  tokens: WordToken[] | undefined;
}
let shared: SharedText[] = [];
/** Lower-cased words of the sentences `wordsNotIn` checked, for the current document. */
let sentenceWordsCache = new Map<string, { words: string[]; known: Set<string> }>();

/** Runs `work` with `text` as the document `wordTokens` takes slices' tokens from. */
export function withDocumentTokens<T>(text: string, work: () => T): T {
  const savedShared = shared;
  const savedSentences = sentenceWordsCache;
  shared = [{ text, tokens: undefined }];
  sentenceWordsCache = new Map();
  try {
    return work();
  } finally {
    shared = savedShared;
    sentenceWordsCache = savedSentences;
  }
}

/**
 * Inside `withDocumentTokens`: slices of `text` too take their tokens from one pass over it (for a
 * text a stage derives from the document and tokenizes piece by piece). A no-op outside.
 */
export function shareTokensOf(text: string): void {
  if (shared.length > 0 && shared.length < 4 && !shared.some((s) => s.text === text)) shared.push({ text, tokens: undefined });
}

/**
 * Exactly `scanTokens(doc.slice(from, to), from)`, from the document's tokens. A word that the slice
 * cuts is scanned from the slice (its part differs from the whole word); the first words of a slice
 * see no characters before it, so their `spaced`/`afterComma` are recomputed within the slice.
 */
function tokensBetween(source: SharedText, from: number, to: number): WordToken[] {
  const doc = source.text;
  source.tokens ??= scanTokens(doc, 0);
  const all = source.tokens;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as WordToken).end <= from) lo = mid + 1;
    else hi = mid;
  }
  const first = lo;
  hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[mid] as WordToken).start < to) lo = mid + 1;
    else hi = mid;
  }
  const last = lo;
  const head = all[first];
  const tail = all[last - 1];
  if ((head !== undefined && head.start < from) || (tail !== undefined && last > first && tail.end > to)) return scanTokens(doc.slice(from, to), from);
  const tokens = all.slice(first, last);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as WordToken;
    if (t.start - from >= 3) break;
    const spaced = spacedAt(doc, t.start, from);
    const afterComma = afterCommaAt(doc, t.start, from);
    if (spaced !== t.spaced || afterComma !== t.afterComma) tokens[k] = { ...t, spaced, afterComma };
  }
  return tokens;
}

/**
 * Word tokens of `text`, offsets shifted by `offset` (so they index the document). Treat the result
 * as read-only: the tokens of a document slice are shared between calls.
 */
export function wordTokens(text: string, offset = 0): WordToken[] {
  if (text.length > 0 && offset >= 0) {
    for (const source of shared) {
      const doc = source.text;
      if (offset + text.length <= doc.length && doc.startsWith(text, offset)) return tokensBetween(source, offset, offset + text.length);
    }
  }
  return scanTokens(text, offset);
}

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'some', 'any', 'each', 'every', 'no', 'another', 'such',
]);

/** Hedges that may stand before a quantity or date: "almost two weeks", "about 2015". */
export const HEDGES = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'some', 'over', 'approximately']);

export const SUBJECT_PRONOUNS = new Set(['they', 'he', 'she', 'it', 'we', 'i', 'you']);

export const PREPOSITIONS = new Set([
  'of', 'to', 'for', 'with', 'in', 'on', 'at', 'by', 'from', 'into', 'through', 'over', 'under',
  'during', 'after', 'before', 'about', 'against', 'between', 'among', 'across', 'toward', 'towards',
  'since', 'until', 'within', 'without', 'regarding', 'amid', 'despite', 'following', 'near', 'via',
]);

export const AUXILIARIES = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did',
]);

export const MODALS_OF_FUTURE = new Set(['will', 'shall']);

/** Sentence adverbs that open a clause without being its subject. */
export const OPENING_ADVERBS = new Set([
  'meanwhile', 'however', 'also', 'moreover', 'furthermore', 'still', 'yet', 'later', 'earlier',
  'then', 'separately', 'additionally', 'now', 'thus', 'instead', 'nevertheless', 'indeed', 'so', 'and', 'but',
]);

/** Cue words in the tagger's past list that are no verb forms ("ago", "yesterday") or present ("says"). */
const TAGGER_PAST_CUES_NOT_VERBS = new Set(['ago', 'earlier', 'previously', 'last', 'yesterday', 'says']);

/**
 * Irregular forms the tagger leaves out of its list because in news they are mostly other words
 * ("lay", "read", "forecast", "wound", "bound", "ground"): inside a clause, after the checks of
 * `findVerbGroup` (no determiner or preposition before them), they are verbs; plus participles the
 * tagger's tense detector does not need ("born", "become", "undergone").
 */
const MORE_IRREGULAR_FORMS = [
  'lay', 'wound', 'bound', 'ground', 'read', 'forecast', 'broadcast', 'misled', 'overran', 'rewrote', 'stank',
  'trod', 'withstood', 'outran', 'oversold', 'overheard', 'become', 'borne', 'beaten', 'slain', 'sprung',
  'striven', 'swum', 'torn', 'woven', 'drunk', 'undergone', 'overcome', 'overrun', 'rewritten', 'gotten', 'born',
];

/**
 * Words ending in -ed that are not verbs: the tagger's shape (`NOT_PAST_ED`: "-eed" nouns,
 * "hundred", "naked" ...) plus short nouns and names the stages meet.
 */
const NOT_PAST_TENSE = new Set([
  'bed', 'shed', 'bred', 'red', 'wed', 'embed', 'ahmed', 'mohammed', 'muhammed', 'ted', 'fred', 'ned', 'united',
  'jagged', 'learned', 'wretched', 'dogged',
]);

function isNotPastTense(lower: string): boolean {
  return NOT_PAST_TENSE.has(lower) || (NOT_PAST_ED.test(lower) && !/^(?:agreed|freed|decreed|guaranteed|refereed)$/.test(lower));
}

/** Irregular simple-past and past-participle forms: the tagger's table (verb forms only) plus the pipeline's. */
const IRREGULAR_FORMS = new Set([
  ...PAST_WORDS.filter((w) => !w.includes(' ') && !TAGGER_PAST_CUES_NOT_VERBS.has(w) && !AUXILIARIES.has(w) && !isNotPastTense(w)),
  ...MORE_IRREGULAR_FORMS,
]);

/**
 * Reporting verbs that only attribute a statement. A clause whose verb is one of these and that
 * has no object ("the French presidency said") is attribution, not an event.
 */
export const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'told', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained',
  'explains', 'reported', 'reports', 'claimed', 'claims', 'according', 'insisted', 'argued', 'wrote',
  // A tail ", the union announced on Monday" only attributes what came before; its date is the
  // statement's, and must not date the reported content.
  'announced', 'announces', 'confirmed', 'confirms', 'warned', 'warns', 'revealed', 'disclosed',
]);

/**
 * Verbs that only report speech. A dateless clause led by one of them is an event only when it
 * reports an action in its content ("negotiators said they made progress"); "officials said the
 * dam" alone is attribution. ("stated his intention", "tweeted" are acts and not listed.)
 */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'claimed', 'claims',
  'argued', 'argues', 'insisted', 'insists', 'explained', 'explains', 'reported', 'reports', 'according',
]);

/**
 * Verbs whose complement is what was reported ("said on Tuesday it would delay the launch", "announced
 * on Monday that it would shut 40 stores"), so a future happening dated in that complement is an
 * event of its own beside the reporting. A second role, kept apart from SPEECH_VERBS on purpose: an
 * announcement, a warning or a confirmation is itself an act ("announced a recall" is an event), so
 * these verbs must not take SPEECH_VERBS' "only speech, no event" rules (adding "announced" there
 * dropped dateless announcements and re-dated others across the articles).
 */
export const REPORTING_VERBS = new Set([...SPEECH_VERBS, ...ATTRIBUTION_VERBS].filter((w) => w !== 'according'));

/** Present-tense verbs that describe states, not events ("The signatories include actors ..."). */
export const STATIVE_VERBS = new Set([
  'is', 'are', 'am', 'be', 'include', 'includes', 'contain', 'contains', 'remain', 'remains', 'seem',
  'seems', 'appear', 'appears', 'consist', 'consists', 'belong', 'belongs', 'own', 'owns', 'lie', 'lies',
]);

/**
 * Present forms that newswriting uses for scheduled events ("Campaigning begins next Monday", "The
 * exhibition opens on Friday", "The board meets on Monday"): the tagger's list (one-word entries and
 * the verbs of "kicks off", "takes effect" ...) plus a few it does not need. Only these: a present
 * verb outside the list stays background (historical present is a known miss, never a guess).
 */
export const SCHEDULE_VERBS = new Set([
  ...SCHEDULE_WORDS.map((w) => w.split(' ')[0] ?? w).filter((w) => !/^(?:takes?|comes?|goes?)$/.test(w)),
  'concludes', 'convenes', 'premieres', 'debuts', 'expire', 'depart', 'conclude', 'convene',
]);

/**
 * Verbs of intention that, followed by "to" and a verb, announce a planned action ("Farmers plan to
 * march on Saturday", "The union threatens to strike in May"): a future event when a date says when.
 */
export const INTENTION_VERBS = new Set([
  'plan', 'plans', 'intend', 'intends', 'aim', 'aims', 'hope', 'hopes', 'vow', 'vows', 'threaten',
  'threatens', 'pledge', 'pledges', 'promise', 'promises', 'prepare', 'prepares', 'expect', 'expects',
  'want', 'wants', 'seek', 'seeks',
]);

/**
 * Verbs that move a happening to a new time: "postponed until September" dates the vote (now in
 * September), where "released on bail until June 14" only bounds a state.
 */
export const RETARGETING_VERBS = new Set([
  'postponed', 'delayed', 'adjourned', 'deferred', 'rescheduled', 'moved', 'pushed', 'put', 'suspended', 'extended',
]);

/** Past-tense verbs of opinion or feeling: "said the players deserved" reports no action. */
export const OPINION_VERBS = new Set([
  'deserved', 'wanted', 'needed', 'felt', 'thought', 'believed', 'hoped', 'expected', 'seemed', 'liked',
  'loved', 'feared', 'knew', 'meant', 'wished', 'preferred', 'doubted',
]);

/**
 * Cues that a clause states a habit, not one happening ("is held in August every year", "usually
 * meets on Mondays"): a month or weekday in it names a recurring time, not one date.
 */
export const HABITUAL_CUES = new Set([
  'every', 'annually', 'usually', 'traditionally', 'typically', 'normally', 'generally', 'always',
  'often', 'regularly', 'customarily', 'yearly', 'routinely',
]);

/** Cues that a state or process still holds at publication time. */
export const ONGOING_CUES = new Set([
  'ongoing', 'continuing', 'continues', 'continue', 'current', 'currently', 'still', 'remains', 'end',
  'lift', 'stop', 'since', 'now',
]);

/** Prefixes that keep an irregular verb irregular: "retook", "rebuilt", "overpaid", "outgrew", "mistook". */
const VERB_PREFIX = /^(?:re|over|under|out|mis|with|fore)(?=[a-z]{3,}$)/;

/**
 * True when `lower` (a lower-cased word) is a simple-past or past-participle form. The two are not
 * told apart: news prose uses both after the same subjects, and the auxiliary before decides.
 */
export function isPastForm(lower: string): boolean {
  if (IRREGULAR_FORMS.has(lower)) return true;
  const stem = lower.replace(VERB_PREFIX, '');
  if (stem !== lower && lower !== 'resent' && IRREGULAR_FORMS.has(stem)) return true;
  if (isNotPastTense(lower)) return false;
  // "re-elected", "co-founded": a hyphenated prefix keeps the verb's form.
  const unprefixed = lower.replace(/^(?:re|co|pre|un|over|under|out|mis)-(?=[a-z])/, '');
  if (unprefixed !== lower) return isPastForm(unprefixed);
  if (lower.includes('-') || lower.includes('’') || lower.includes("'")) return false;
  if (lower.endsWith('eed')) return ['agreed', 'freed', 'decreed', 'guaranteed', 'refereed'].includes(lower);
  // Four-letter forms are mostly nouns ("shed", "sled"), except a few verbs: "died", "tied", "used", "owed", "eyed".
  return (lower.length > 4 && lower.endsWith('ed')) || /^[a-z][iswy]ed$/.test(lower);
}

export function isGerund(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ing') && !['during', 'thing', 'something', 'nothing', 'anything', 'everything', 'king', 'spring', 'string', 'morning', 'evening', 'wedding', 'building', 'meeting', 'beijing', 'ring', 'wing', 'sting', 'bring', 'sibling'].includes(lower);
}

/**
 * The words of a sentence, kept for the document: the events of one sentence are checked one after
 * another (and titles against their sentence twice), and tokenizing the sentence again for each of
 * them was quadratic in a sentence with many events.
 */
function sentenceWords(sentence: string, offset: number): { words: string[]; known: Set<string> } {
  let entry = sentenceWordsCache.get(sentence);
  if (!entry) {
    const words = wordTokens(sentence, offset).map((t) => t.lower);
    entry = { words, known: new Set(words) };
    if (sentenceWordsCache.size > 256) sentenceWordsCache.clear();
    sentenceWordsCache.set(sentence, entry);
  }
  return entry;
}

/**
 * Words of `title` that do not occur in `sentence` (case-insensitive). A word cut by the title's
 * trailing ellipsis only needs to start a word of the sentence; a possessive ("Macron’s") only needs
 * its name to occur.
 */
export function wordsNotIn(title: string, sentence: string, sentenceStart = 0): string[] {
  const { words, known } = sentenceWords(sentence, sentenceStart);
  const tokens = wordTokens(title);
  const last = tokens[tokens.length - 1];
  const cut = title.endsWith('…') && last !== undefined && last.end === title.length - 1;
  return tokens
    .filter((t) => !known.has(t.lower) && !known.has(t.lower.replace(/[’']s$/, '')) && !(cut && t === last && words.some((w) => w.startsWith(t.lower))))
    .map((t) => t.text);
}
