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

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|['’\-.](?=[\p{L}\p{N}]))*/gu;

/** Word tokens of `text`, offsets shifted by `offset` (so they index the document). */
export function wordTokens(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    const start = offset + at;
    const spaced = at === 0 || /[\s"“‘'([—–-]/.test(text[at - 1] ?? '');
    const afterComma = /[,—–]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    tokens.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase(), spaced, afterComma });
  }
  return tokens;
}

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my',
  'some', 'any', 'each', 'every', 'no', 'another', 'such',
]);

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

/** Irregular simple-past forms of verbs that report events in news prose. */
const IRREGULAR_PAST = new Set([
  'spoke', 'met', 'told', 'took', 'began', 'made', 'gave', 'sent', 'went', 'came', 'held', 'won', 'lost',
  'left', 'fell', 'rose', 'struck', 'wrote', 'saw', 'became', 'brought', 'fought', 'led', 'ran', 'shot',
  'stood', 'sought', 'found', 'paid', 'sold', 'bought', 'built', 'drove', 'flew', 'broke', 'chose', 'froze',
  'hid', 'stole', 'swore', 'threw', 'withdrew', 'overthrew', 'undertook', 'forbade', 'spent', 'lent',
  'arose', 'awoke', 'bore', 'beat', 'bit', 'blew', 'caught', 'dealt', 'drew', 'fled', 'forgot', 'forgave',
  'grew', 'hung', 'knew', 'laid', 'lay', 'meant', 'overtook', 'rang', 'rode', 'sang', 'sank', 'shook',
  'shut', 'slew', 'spread', 'sprang', 'stuck', 'stung', 'strove', 'swept', 'swam', 'taught', 'tore',
  'upheld', 'wore', 'wove', 'wept', 'wound', 'said', 'heard', 'felt', 'kept', 'thought', 'understood',
  'oversaw', 'rebuilt', 'split', 'quit', 'hit', 'set', 'cut', 'put', 'shrank', 'drank', 'swung',
  'spun', 'slid', 'slept', 'dug', 'fed', 'bled', 'bent', 'bound', 'clung', 'crept', 'dove', 'flung',
  'ground', 'knelt', 'leapt', 'misled', 'overcame', 'overran', 'rewrote', 'shone', 'sped', 'stank',
  'strode', 'swore', 'trod', 'underwent', 'withheld', 'withstood', 'foresaw', 'forecast', 'lit', 'let',
  'outran', 'oversold', 'overheard', 'sent', 'broadcast', 'read', 'spent', 'sat', 'got', 'gave',
]);

/** Irregular past participles (after has/have/had/was/were/been). */
const IRREGULAR_PARTICIPLES = new Set([
  'spoken', 'taken', 'begun', 'given', 'gone', 'won', 'written', 'seen', 'become', 'broken', 'chosen',
  'frozen', 'hidden', 'stolen', 'sworn', 'thrown', 'withdrawn', 'overthrown', 'undertaken', 'forbidden',
  'arisen', 'borne', 'beaten', 'bitten', 'blown', 'drawn', 'driven', 'flown', 'forgotten', 'forgiven',
  'grown', 'known', 'ridden', 'rung', 'sung', 'sunk', 'shaken', 'slain', 'sprung', 'striven', 'swum',
  'torn', 'worn', 'woven', 'fallen', 'risen', 'struck', 'met', 'told', 'made', 'sent', 'held', 'lost',
  'left', 'brought', 'fought', 'led', 'shot', 'found', 'paid', 'sold', 'bought', 'built', 'spent',
  'caught', 'fled', 'kept', 'said', 'heard', 'set', 'cut', 'put', 'hit', 'shut', 'spread', 'split',
  'shrunk', 'sunk', 'drunk', 'swung', 'spun', 'slid', 'dug', 'fed', 'bound', 'undergone', 'withheld',
  'withstood', 'overcome', 'overrun', 'rewritten', 'got', 'gotten', 'read', 'sat', 'done', 'eaten',
  'born',
]);

/** Words ending in -ed that are not verbs. */
const NOT_PAST_TENSE = new Set([
  'need', 'speed', 'seed', 'creed', 'indeed', 'feed', 'deed', 'weed', 'reed', 'breed', 'greed', 'steed',
  'hundred', 'sacred', 'wicked', 'naked', 'kindred', 'bed', 'shed', 'bred', 'red', 'fled', 'led', 'wed',
  'proceed', 'exceed', 'succeed', 'embed', 'ahmed', 'mohammed', 'muhammed', 'ted', 'fred', 'ned', 'united',
  'aged', 'beloved', 'crooked', 'jagged', 'learned', 'ragged', 'rugged', 'wretched', 'dogged',
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

/** Present-tense verbs that describe states, not events ("The signatories include actors ..."). */
export const STATIVE_VERBS = new Set([
  'is', 'are', 'am', 'be', 'include', 'includes', 'contain', 'contains', 'remain', 'remains', 'seem',
  'seems', 'appear', 'appears', 'consist', 'consists', 'belong', 'belongs', 'own', 'owns', 'lie', 'lies',
]);

/**
 * Third-person present forms that newswriting uses for scheduled events ("Campaigning begins next
 * Monday", "The exhibition opens on Friday"). Only these: a present verb outside the list stays
 * background (historical present is a known miss, never a guess).
 */
export const SCHEDULE_VERBS = new Set([
  'begins', 'starts', 'opens', 'closes', 'ends', 'resumes', 'expires', 'arrives', 'departs', 'launches',
  'kicks', 'reopens', 'concludes', 'convenes', 'premieres', 'debuts',
  'begin', 'start', 'open', 'close', 'resume', 'expire', 'arrive', 'depart', 'reopen', 'conclude', 'convene',
]);

/** Past-tense verbs of opinion or feeling: "said the players deserved" reports no action. */
export const OPINION_VERBS = new Set([
  'deserved', 'wanted', 'needed', 'felt', 'thought', 'believed', 'hoped', 'expected', 'seemed', 'liked',
  'loved', 'feared', 'knew', 'meant', 'wished', 'preferred', 'doubted',
]);

/** Cues that a state or process still holds at publication time. */
export const ONGOING_CUES = new Set([
  'ongoing', 'continuing', 'continues', 'continue', 'current', 'currently', 'still', 'remains', 'end',
  'lift', 'stop', 'since', 'now',
]);

/** Prefixes that keep an irregular verb irregular: "retook", "rebuilt", "overpaid", "outgrew", "mistook". */
const VERB_PREFIX = /^(?:re|over|under|out|mis|with|fore)(?=[a-z]{3,}$)/;

/** True when `lower` (a lower-cased word) is a simple-past or past-participle form. */
export function isPastForm(lower: string): boolean {
  if (IRREGULAR_PAST.has(lower) || IRREGULAR_PARTICIPLES.has(lower)) return true;
  const stem = lower.replace(VERB_PREFIX, '');
  if (stem !== lower && lower !== 'resent' && (IRREGULAR_PAST.has(stem) || IRREGULAR_PARTICIPLES.has(stem))) return true;
  if (NOT_PAST_TENSE.has(lower)) return false;
  // "re-elected", "co-founded": a hyphenated prefix keeps the verb's form.
  const unprefixed = lower.replace(/^(?:re|co|pre|un|over|under|out|mis)-(?=[a-z])/, '');
  if (unprefixed !== lower) return isPastForm(unprefixed);
  if (lower.includes('-') || lower.includes('’') || lower.includes("'")) return false;
  if (lower.endsWith('eed')) return ['agreed', 'freed', 'decreed', 'guaranteed', 'refereed'].includes(lower);
  return lower.length > 4 && lower.endsWith('ed');
}

export function isIrregularPast(lower: string): boolean {
  return IRREGULAR_PAST.has(lower);
}

export function isParticiple(lower: string): boolean {
  return IRREGULAR_PARTICIPLES.has(lower) || (isPastForm(lower) && !IRREGULAR_PAST.has(lower)) || IRREGULAR_PAST.has(lower);
}

export function isGerund(lower: string): boolean {
  return lower.length > 5 && lower.endsWith('ing') && !['during', 'thing', 'something', 'nothing', 'anything', 'everything', 'king', 'spring', 'string', 'morning', 'evening', 'wedding', 'building', 'meeting', 'beijing', 'ring', 'wing', 'sting', 'bring', 'sibling'].includes(lower);
}

/**
 * Words of `title` that do not occur in `sentence` (case-insensitive). A word cut by the title's
 * trailing ellipsis only needs to start a word of the sentence.
 */
export function wordsNotIn(title: string, sentence: string): string[] {
  const words = wordTokens(sentence).map((t) => t.lower);
  const known = new Set(words);
  const tokens = wordTokens(title);
  const last = tokens[tokens.length - 1];
  const cut = title.endsWith('…') && last !== undefined && last.end === title.length - 1;
  return tokens
    .filter((t) => !known.has(t.lower) && !(cut && t === last && words.some((w) => w.startsWith(t.lower))))
    .map((t) => t.text);
}
