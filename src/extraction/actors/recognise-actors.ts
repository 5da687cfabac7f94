import type { ActorKind } from '../../domain/corpus.ts';
import { wordTokens, type WordToken } from '../english-words.ts';
import {
  ACRONYMS, COUNTRIES, NAME_CONNECTORS, NOT_NAME_STARTS, ORGANIZATION_HEADS, PERSON_TITLES, PLACE_HEADS, ROLE_NOUNS,
} from '../language/actor-words.ts';
import { isStopWord } from '../language/content-words.ts';

/**
 * Rule-based recognition of the people, organisations and places a news article names, with the
 * article's own coreference: "President Emmanuel Macron", "Macron" and "the French leader" are one
 * person when the article makes it clear (a surname used after the full name; a role with a
 * nationality that only one person of the article has); "EU" and "European Union" one organisation.
 * Hand-written because no library that fits in the browser bundle does this for news well enough:
 * measured against compromise on a hand-annotated set (see the README, "Who and where").
 * Linear in the text: one pass over the words, map look-ups for coreference.
 */

export interface DocumentActor {
  /** Id-safe key from the canonical name (`emmanuel-macron`): the corpus-level id unless normalisation merges it. */
  key: string;
  /** The fullest form the article uses. */
  name: string;
  kind: ActorKind;
  /** Every surface form the article uses for it, in order of first use (includes `name`). */
  forms: string[];
  /** Country an article ties a person to ("of France", "French President X"), for role descriptions. */
  country?: string;
}

export interface ActorMention {
  start: number;
  end: number;
  key: string;
}

export interface RecognisedActors {
  actors: DocumentActor[];
  /** Mentions in text order. */
  mentions: ActorMention[];
}

const COUNTRY_OF_ADJECTIVE = new Map<string, string>(
  Object.entries(COUNTRIES).flatMap(([country, adjectives]) => adjectives.map((a) => [a.toLowerCase(), country] as const)),
);
const COUNTRY_NAMES = new Map<string, string>(Object.keys(COUNTRIES).map((c) => [c.toLowerCase(), c]));
const PLACE_ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE']);

/** Heads of definite descriptions that refer back to a named place or organisation ("the bridge"). */
const DEFINITE_HEADS = new Set(['bridge', 'corridor', 'road', 'river', 'airport', 'station', 'palace', 'company', 'bank', 'party', 'court', 'ministry', 'substation']);

export function actorKey(name: string): string {
  const ascii = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const key = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return key === '' ? 'actor' : key.slice(0, 80);
}

const MODEL_NUMBER = /^(?:\d{2,4}|\p{Lu}{1,3}\d{2,4}\p{Lu}?)$/u;

function isCapitalised(t: WordToken): boolean {
  return /^\p{Lu}/u.test(t.text);
}

function isAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text);
}

/** The word without a possessive ending: "Azerbaijan’s" -> "Azerbaijan". */
function bare(t: WordToken): { text: string; possessive: boolean } {
  const m = /^(.*?)[’']s$/u.exec(t.text);
  return m?.[1] ? { text: m[1], possessive: true } : { text: t.text, possessive: false };
}

interface Run {
  /** Index of the run's first word among the document's words. */
  index: number;
  tokens: WordToken[];
  start: number;
  end: number;
  /** Title words stripped from the front ("President", "Energy Minister"). */
  titled: boolean;
  /** Lower-case words right before the run ("chief executive", "foreign minister"). */
  before: string[];
  sentenceStart: boolean;
  possessive: boolean;
  trimmed?: number;
}

/** Maximal runs of capitalised words (with connectors inside), possessives closing a run. */
function nameRuns(text: string, tokens: WordToken[], sentenceStarts: ReadonlySet<number>): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !isCapitalised(first)) {
      i++;
      continue;
    }
    const run: WordToken[] = [first];
    let possessive = bare(first).possessive;
    let j = i + 1;
    while (!possessive && j < tokens.length) {
      const prev = tokens[j - 1];
      const t = tokens[j];
      // Spaces only; or a plural possessive inside a name ("National Rail Workers' Union").
      if (!prev || !t) break;
      const gap = text.slice(prev.end, t.start);
      if (!(/^[ \u00a0]+$/.test(gap) || (/^[’'][ \u00a0]+$/.test(gap) && /s$/.test(prev.text) && isCapitalised(t)))) break;
      // A model number inside or closing a name: "Boeing 787 Dreamliner", "Airbus A380", "FTSE 100".
      if (isCapitalised(t) || (MODEL_NUMBER.test(t.text) && !/^\d{4}$/.test(t.text))) {
        run.push(t);
        possessive = bare(t).possessive;
        j++;
        continue;
      }
      // A connector joins only when a capitalised word follows it ("Bank of England").
      let k = j;
      while (k < tokens.length && NAME_CONNECTORS.has(tokens[k]?.lower ?? '')) k++;
      const next = tokens[k];
      if (k > j && next && isCapitalised(next) && !isCountry(next) && /^[ \u00a0]+$/.test(text.slice(tokens[k - 1]?.end ?? 0, next.start))) {
        run.push(...tokens.slice(j, k + 1));
        possessive = bare(next).possessive;
        j = k + 1;
        continue;
      }
      break;
    }
    const before: string[] = [];
    for (let b = i - 1; b >= 0 && b >= i - 3; b--) {
      const t = tokens[b];
      const after = tokens[b + 1];
      if (!t || isCapitalised(t) || !after || /[.;:!?]/.test(text.slice(t.end, after.start))) break;
      before.unshift(t.lower);
    }
    runs.push({ index: i, tokens: run, start: first.start, end: run[run.length - 1]?.end ?? first.end, titled: false, before, sentenceStart: sentenceStarts.has(first.start), possessive });
    i = j;
  }
  return runs;
}

function isCountry(t: WordToken): boolean {
  return COUNTRY_NAMES.has(bare(t).text.toLowerCase());
}

/**
 * Drops leading words that start no name (sentence openers, months) and titles (marking the run titled).
 * Trims by index and slices once: a slice per dropped word was quadratic in a run of droppable words
 * ("Monday Monday ..." 32 KB: 181 ms, x180 for x8 the size).
 */
function trimRun(run: Run, isCommonWord: (lower: string) => boolean): Run | undefined {
  const all = run.tokens;
  let from = 0;
  let to = all.length;
  let titled = false;
  for (;;) {
    const first = all[from];
    if (!first || from >= to) return undefined;
    const lower = bare(first).text.toLowerCase();
    const initial = first.start === run.start && run.sentenceStart;
    const left = to - from;
    if (left > 1 && PERSON_TITLES.has(lower) && !ORGANIZATION_HEADS.has(bare(all[from + 1] ?? first).text.toLowerCase())) {
      titled = true;
      from++;
      continue;
    }
    if (left > 2 && COUNTRY_OF_ADJECTIVE.has(lower) && PERSON_TITLES.has(all[from + 1]?.lower ?? '')) {
      from++;
      continue;
    }
    if (NOT_NAME_STARTS.has(lower) || NAME_CONNECTORS.has(lower) || (initial && isCommonWord(lower)) || /^\d/.test(lower)) {
      from++;
      continue;
    }
    break;
  }
  // Connectors cannot end a name.
  while (to > from && NAME_CONNECTORS.has(all[to - 1]?.lower ?? '')) to--;
  const first = all[from];
  const last = all[to - 1];
  if (!first || !last || to <= from) return undefined;
  return { ...run, tokens: all.slice(from, to), trimmed: from, start: first.start, end: last.end - (run.possessive ? last.text.length - bare(last).text.length : 0), titled };
}

function classify(run: Run, name: string, words: string[]): ActorKind | undefined {
  const lowerWords = words.map((w) => w.toLowerCase());
  const last = lowerWords[lowerWords.length - 1] ?? '';
  if (words.length === 1 && isAcronym(name)) {
    return PLACE_ACRONYMS.has(name) ? 'place' : 'organization';
  }
  if (COUNTRY_NAMES.has(name.toLowerCase())) return 'place';
  // A name with a model number is a product; products are filed with their makers' kind.
  if (words.length > 1 && words.slice(1).some((w) => MODEL_NUMBER.test(w))) return 'organization';
  if (ORGANIZATION_HEADS.has(last)) return 'organization';
  if (PLACE_HEADS.has(last)) return 'place';
  if (['le', 'la', 'les', 'el', 'die', 'der'].includes(run.tokens[0]?.lower ?? '')) return 'organization';
  if (lowerWords.some((w) => ORGANIZATION_HEADS.has(w))) return 'organization';
  if (lowerWords.some((w) => PLACE_HEADS.has(w))) return 'place';
  if (run.titled || run.before.some((w) => PERSON_TITLES.has(w) || ROLE_NOUNS.has(w))) return 'person';
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}’'.-]+$/u.test(w) && !isStopWord(w.toLowerCase()))) return 'person';
  return undefined;
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'around', 'into']);
const DIRECTIONS = new Set(['eastern', 'western', 'northern', 'southern', 'central', 'north', 'south', 'east', 'west', 'downtown', 'rural', 'coastal']);

/** The one element of `set`, or undefined when it has none or several. */
function theOnly<T>(set: ReadonlySet<T>): T | undefined {
  if (set.size !== 1) return undefined;
  for (const value of set) return value;
  return undefined;
}

/** Each actor's surface forms (`DocumentActor.forms`, in order of first use), with a set to tell a new one in constant time. */
class ActorForms {
  private readonly seen = new Map<DocumentActor, Set<string>>();

  /** Adds `form` to `actor.forms` unless it is there; true when it was new. */
  add(actor: DocumentActor, form: string): boolean {
    let seen = this.seen.get(actor);
    if (!seen) {
      seen = new Set(actor.forms);
      this.seen.set(actor, seen);
    }
    if (seen.has(form)) return false;
    seen.add(form);
    actor.forms.push(form);
    return true;
  }
}

/** Recognises the actors of one document. `sentenceStarts`: offsets where sentences begin. */
export function recogniseActors(text: string, sentenceStarts: ReadonlySet<number>): RecognisedActors {
  const tokens = wordTokens(text);
  const lowerSeen = new Set<string>();
  for (const t of tokens) if (!isCapitalised(t)) lowerSeen.add(t.lower);
  // A capitalised sentence opener is a common word when the article also uses it in lower case.
  const isCommonWord = (lower: string): boolean => lowerSeen.has(lower) || isStopWord(lower) || /(?:ed|ing|ly)$/.test(lower);

  const actors = new Map<string, DocumentActor>();
  const mentions: ActorMention[] = [];
  // Sets, not arrays searched with `includes`: a surname shared by thousands of people, or a person
  // named in thousands of forms, made every new mention scan all of them.
  const bySurname = new Map<string, Set<string>>();
  const forms = new ActorForms();
  const pending: Array<{ run: Run; word: string }> = [];

  const add = (name: string, kind: ActorKind, form: string, start: number, end: number): string => {
    const acronymExpansion = ACRONYMS[name];
    const canonical = acronymExpansion ?? name;
    const key = actorKey(canonical);
    let actor = actors.get(key);
    if (!actor) {
      actor = { key, name: canonical, kind, forms: [] };
      actors.set(key, actor);
    }
    forms.add(actor, form);
    mentions.push({ start, end, key });
    return key;
  };

  for (const raw of nameRuns(text, tokens, sentenceStarts)) {
    const run = trimRun(raw, isCommonWord);
    if (!run) continue;
    const words = run.tokens.map((t, k) => (k === run.tokens.length - 1 ? bare(t).text : t.text));
    const name = words.join(' ');
    const form = text.slice(run.start, run.end);
    if (words.length === 1) {
      const word = words[0] ?? '';
      const country = COUNTRY_OF_ADJECTIVE.get(word.toLowerCase());
      // An adjective ("French") or its plural for people ("Armenians") names no actor by itself.
      if (country !== undefined || COUNTRY_OF_ADJECTIVE.has(word.toLowerCase().replace(/s$/, ''))) continue;
      if (isAcronym(word) || COUNTRY_NAMES.has(word.toLowerCase())) {
        add(COUNTRY_NAMES.get(word.toLowerCase()) ?? word, classify(run, word, words) ?? 'organization', form, run.start, run.end);
        continue;
      }
      pending.push({ run, word });
      continue;
    }
    const kind = classify(run, name, words);
    if (!kind) continue;
    // "Jeyhun Bayramov" after "Jeyhum Bayramov": one person (same surname, same initial), spelling slips included.
    const sameSurname = kind === 'person' ? bySurname.get((words[words.length - 1] ?? '').toLowerCase()) : undefined;
    const only = sameSurname ? theOnly(sameSurname) : undefined;
    const twin = only !== undefined ? actors.get(only) : undefined;
    const key = twin && twin.name[0] === name[0] ? add(twin.name, kind, form, run.start, run.end) : add(name, kind, form, run.start, run.end);
    if (kind === 'person') {
      const surname = (words[words.length - 1] ?? '').toLowerCase();
      const list = bySurname.get(surname);
      if (list) list.add(key);
      else bySurname.set(surname, new Set([key]));
      const actor = actors.get(key);
      const country = nationality(text, tokens, run);
      if (actor && country && !actor.country) actor.country = country;
    }
  }

  // Single words: a surname of a person named in full, the first word of a longer name, or a place after "in".
  const byFirstWord = new Map<string, string[]>();
  for (const a of actors.values()) {
    if (a.kind === 'person') continue;
    const w = a.name.split(' ')[0]?.toLowerCase() ?? '';
    const list = byFirstWord.get(w);
    if (list) list.push(a.key);
    else byFirstWord.set(w, [a.key]);
  }
  // A single capitalised word used at least twice inside sentences, no common word: a name (Boeing, Ryanair).
  const recurring = new Map<string, number>();
  for (const { run, word } of pending) if (!run.sentenceStart && !isCommonWord(word.toLowerCase())) recurring.set(word, (recurring.get(word) ?? 0) + 1);
  for (const { run, word } of pending) {
    const lower = word.toLowerCase();
    const surnamed = bySurname.get(lower);
    const people = surnamed?.size ?? 0;
    const form = text.slice(run.start, run.end);
    const person = surnamed ? theOnly(surnamed) : undefined;
    if (person !== undefined) {
      const actor = actors.get(person);
      if (actor) forms.add(actor, form);
      mentions.push({ start: run.start, end: run.end, key: person });
      continue;
    }
    const named = byFirstWord.get(lower) ?? [];
    if (named.length === 1 && named[0] && people === 0) {
      mentions.push({ start: run.start, end: run.end, key: named[0] });
      continue;
    }
    // A generic head alone ("the Union said") names nothing by itself.
    if (ORGANIZATION_HEADS.has(lower) || PLACE_HEADS.has(lower)) continue;
    const previous = run.before[run.before.length - 1] ?? '';
    const afterPreposition = PLACE_PREPOSITIONS.has(previous) || (DIRECTIONS.has(previous) && PLACE_PREPOSITIONS.has(run.before[run.before.length - 2] ?? ''));
    if (people === 0 && !run.sentenceStart && afterPreposition && !run.possessive && !isCommonWord(lower)) {
      add(word, 'place', form, run.start, run.end);
    } else if (people === 0 && (run.titled || run.before.some((w) => ROLE_NOUNS.has(w)))) {
      const key = add(word, 'person', form, run.start, run.end);
      bySurname.set(lower, new Set([key]));
    } else if (people === 0 && (recurring.get(word) ?? 0) >= 2 && !isCommonWord(lower) && !PERSON_TITLES.has(lower)) {
      add(word, 'organization', form, run.start, run.end);
    }
  }

  resolveDescriptions(text, actors, mentions, forms);
  resolvePronouns(text, tokens, sentenceStarts, actors, mentions);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { actors: [...actors.values()], mentions };
}

/** "Emmanuel Macron of France", "French President X", "France’s X", "his Azerbaijani counterpart, X". */
/** Words trimmed from the front of the run (titles, openers): `run.index` counts from the untrimmed run. */
function raw(run: Run & { trimmed?: number }): number {
  return run.trimmed ?? 0;
}

function nationality(text: string, tokens: WordToken[], run: Run): string | undefined {
  const after = /^\s+of\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/u.exec(text.slice(run.end, run.end + 40));
  const ofCountry = after?.[1] ? COUNTRY_NAMES.get(after[1].toLowerCase()) : undefined;
  if (ofCountry) return ofCountry;
  const idx = run.index + raw(run);
  const window = tokens.slice(Math.max(0, idx - 4), idx).concat(run.tokens);
  for (const t of window) {
    const b = bare(t).text.toLowerCase();
    const c = COUNTRY_OF_ADJECTIVE.get(b) ?? (bare(t).possessive ? COUNTRY_NAMES.get(b) : undefined);
    if (c) return c;
  }
  return undefined;
}

const DESCRIPTION = /\b[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?(prime minister|foreign minister|chief executive|leader|president|minister|chancellor|mayor|governor|premier|king|queen|pope|senator|secretary|ceo|chairman|envoy|ambassador|commissioner|bridge|corridor|road|river|airport|station|palace|company|bank|party|court|ministry)\b/gu;

/**
 * Actors sorted by the offset of their first mention, under one word each: which actors a description
 * could mean. "Exactly one candidate named before offset `at`" is then a look at the first two of a
 * list, instead of a filter over every actor of the article for every description (which made
 * thousands of "the bridge" after thousands of named places quadratic).
 */
class EarliestByWord {
  private readonly lists = new Map<string, DocumentActor[]>();
  private readonly members = new Map<string, Set<DocumentActor>>();

  constructor(private readonly firstSeen: ReadonlyMap<string, number>) {}

  /** Files `actor` under `word` (once), keeping the list in order of first mention. */
  add(word: string, actor: DocumentActor): void {
    const at = this.firstSeen.get(actor.key);
    if (at === undefined) return; // never mentioned: never "named before" a description
    let members = this.members.get(word);
    if (!members) {
      members = new Set();
      this.members.set(word, members);
      this.lists.set(word, []);
    }
    if (members.has(actor)) return;
    members.add(actor);
    const list = this.lists.get(word) ?? [];
    let i = list.length; // appended in order of first mention while building; later additions are few
    while (i > 0 && (this.firstSeen.get(list[i - 1]?.key ?? '') ?? 0) > at) i--;
    list.splice(i, 0, actor);
  }

  /** The one actor filed under `word` first mentioned before `at`, or undefined when there is none or several. */
  onlyBefore(word: string, at: number): DocumentActor | undefined {
    const list = this.lists.get(word);
    const first = list?.[0];
    if (!list || !first || (this.firstSeen.get(first.key) ?? Infinity) >= at) return undefined;
    const second = list[1];
    return second && (this.firstSeen.get(second.key) ?? Infinity) < at ? undefined : first;
  }
}

/**
 * Definite descriptions that refer back to an actor named earlier in the article: "the French
 * leader" (the one person tied to France), "the mayor" (the one person titled so), "the bridge"
 * (the one named bridge). Left alone when the article has none or several candidates.
 */
function resolveDescriptions(text: string, actors: Map<string, DocumentActor>, mentions: ActorMention[], forms: ActorForms): void {
  const firstSeen = new Map<string, number>();
  for (const m of mentions) if (!firstSeen.has(m.key) || (firstSeen.get(m.key) ?? 0) > m.start) firstSeen.set(m.key, m.start);
  const byFirstSeen = [...actors.values()].sort((a, b) => (firstSeen.get(a.key) ?? Infinity) - (firstSeen.get(b.key) ?? Infinity));
  // Places and organisations by the words of their names; people by their country and by the words of their forms.
  const byNameWord = new EarliestByWord(firstSeen);
  const byCountry = new EarliestByWord(firstSeen);
  const byFormWord = new EarliestByWord(firstSeen);
  const fileForm = (a: DocumentActor, form: string): void => {
    for (const w of form.toLowerCase().split(/\s+/)) byFormWord.add(w, a);
  };
  for (const a of byFirstSeen) {
    if (a.kind !== 'person') {
      for (const w of a.name.toLowerCase().split(' ')) if (DEFINITE_HEADS.has(w)) byNameWord.add(w, a);
      continue;
    }
    if (a.country !== undefined) byCountry.add(a.country, a);
    for (const f of a.forms) fileForm(a, f);
  }
  for (const m of text.matchAll(DESCRIPTION)) {
    const at = m.index ?? 0;
    const adjective = m[1];
    const head = m[2] ?? '';
    const country = adjective ? COUNTRY_OF_ADJECTIVE.get(adjective.toLowerCase()) : undefined;
    if (adjective && !country) continue;
    let found: DocumentActor | undefined;
    if (DEFINITE_HEADS.has(head)) {
      if (adjective) continue;
      found = byNameWord.onlyBefore(head, at);
    } else if (country) {
      found = byCountry.onlyBefore(country, at);
    } else {
      found = byFormWord.onlyBefore(head.split(' ').pop() ?? head, at);
    }
    if (!found) continue;
    const form = m[0];
    // A person's new form ("the French leader") makes it a candidate for later descriptions by its words.
    if (forms.add(found, form) && found.kind === 'person') fileForm(found, form);
    mentions.push({ start: at, end: at + form.length, key: found.key });
  }
}

/**
 * "He stated ...", "She said ..." opening a sentence: the person named last in the two sentences
 * before (news prose resolves a sentence-initial pronoun to the latest person named). Left alone when
 * no person was named there.
 */
function resolvePronouns(text: string, tokens: WordToken[], sentenceStarts: ReadonlySet<number>, actors: Map<string, DocumentActor>, mentions: ActorMention[]): void {
  const people = new Set([...actors.values()].filter((a) => a.kind === 'person').map((a) => a.key));
  const personMentions = mentions.filter((m) => people.has(m.key)).sort((a, b) => a.start - b.start);
  if (personMentions.length === 0) return;
  const starts = [...sentenceStarts].sort((a, b) => a - b);
  let p = 0;
  starts.forEach((at, k) => {
    const word = /^(?:He|She)\b/.exec(text.slice(at, at + 4))?.[0];
    if (!word) return;
    const from = starts[Math.max(0, k - 2)] ?? 0;
    while (p < personMentions.length && (personMentions[p]?.start ?? Infinity) < at) p++;
    const last = personMentions[p - 1];
    if (last && last.start >= from) mentions.push({ start: at, end: at + word.length, key: last.key });
  });
  void tokens;
}
