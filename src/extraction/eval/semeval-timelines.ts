import type { Corpus, TimelineEvent } from '../../domain/corpus.ts';
import { actorKey } from '../actors/recognise-actors.ts';
import { ACRONYMS } from '../language/actor-words.ts';
import { unescapeXml } from '../temporal/timeml/document.ts';

/**
 * SemEval-2015 Task 4 (TimeLine) gold as a test of one event per happening: reading the Track A
 * articles into documents (with each token's offset, so gold mentions can be found in events), the
 * gold timelines (one line per happening, several mentions on a line = one happening), and the
 * three measures `npm run eval:events` prints: merge precision and recall over gold mention pairs,
 * date accuracy of the events that cover gold mentions, and per target entity the recall of its
 * gold happenings among the events whose actors include it. Pure: strings in, numbers out.
 */

export interface SemevalArticle {
  /** Article number (the file name's prefix), e.g. `1173`. */
  doc: string;
  dct: string;
  title: string;
  /** Detokenised body: one paragraph per sentence (sentence 0, the headline, is the title). */
  body: string;
  /** `SENT-TOKEN_INDEX` -> offsets of that token in `body`, and each sentence's tokens. */
  sentences: Map<string, Array<{ word: string; start: number; end: number }>>;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|’s|n't|''|'|-RRB-|-RSB-)$/;
const NO_SPACE_AFTER = /^(?:[([{$#]|``|-LRB-|-LSB-)$/;
const TOKEN_TEXT: Readonly<Record<string, string>> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']' };

/** Reads one Track A `.tml` article. */
export function readSemevalArticle(xml: string): SemevalArticle {
  const doc = /<DOCID>([^<]+)<\/DOCID>/.exec(xml)?.[1]?.trim() ?? '';
  const dct = /functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '';
  const sentences = new Map<string, Array<{ word: string; start: number; end: number }>>();
  let body = '';
  let title = '';
  for (const m of xml.matchAll(/<s id="(\d+)">([\s\S]*?)<\/s>/g)) {
    const id = m[1] ?? '';
    const tokens = unescapeXml(m[2] ?? '').split(/\s+/).filter((t) => t !== '');
    if (id === '0') {
      title = tokens.map((t) => TOKEN_TEXT[t] ?? t).join(' ');
      sentences.set(id, []);
      continue;
    }
    if (body !== '') body += '\n\n';
    const placed: Array<{ word: string; start: number; end: number }> = [];
    let prev = '';
    tokens.forEach((t, k) => {
      const text = TOKEN_TEXT[t] ?? t;
      if (k > 0 && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(prev)) body += ' ';
      placed.push({ word: t, start: body.length, end: body.length + text.length });
      body += text;
      prev = t;
    });
    sentences.set(id, placed);
  }
  return { doc, dct, title, body, sentences };
}

/** The article as a Sourceline Markdown document (front matter + body). */
export function semevalDocument(a: SemevalArticle): string {
  const title = a.title.replace(/["\\]/g, '').slice(0, 200);
  return `---\ntitle: "${title}"\ndate: ${a.dct}\npublisher: Wikinews\n---\n${a.body}\n`;
}

export interface GoldMention {
  doc: string;
  sentence: string;
  word: string;
}

export interface GoldLine {
  entity: string;
  /** `YYYY-MM-DD`, `YYYY-MM-XX`, `YYYY-XX-XX` or `XXXX-XX-XX`. */
  date: string;
  mentions: GoldMention[];
}

/** One gold timeline file: the entity on the first line, then `ORDER\tDATE\tDOC-SENT-TOKEN...`. */
export function readGoldTimeline(text: string): GoldLine[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const entity = (lines[0] ?? '').trim();
  return lines.slice(1).map((line) => {
    const [, date = 'XXXX-XX-XX', ...refs] = line.split('\t');
    const mentions = refs.map((r) => {
      const [doc = '', sentence = '', ...word] = r.trim().split('-');
      return { doc, sentence, word: word.join('-') };
    });
    return { entity, date, mentions };
  });
}

export const mentionKey = (m: GoldMention): string => `${m.doc}-${m.sentence}-${m.word}`;

/**
 * The event that holds a gold mention: one of whose sources, in the mention's document, quotes a
 * span containing the token; of several, the one whose title has the word, then the shortest quote.
 */
export function eventOfMention(corpus: Corpus, docIdOf: (doc: string) => string, articles: ReadonlyMap<string, SemevalArticle>, m: GoldMention, index: ReadonlyMap<string, TimelineEvent[]>): TimelineEvent | undefined {
  const article = articles.get(m.doc);
  const token = article?.sentences.get(m.sentence)?.find((t) => t.word === m.word);
  if (!token) return undefined;
  const docId = docIdOf(m.doc);
  let best: { e: TimelineEvent; rank: number } | undefined;
  for (const e of index.get(docId) ?? []) {
    for (const s of e.sources) {
      if (s.docId !== docId || s.quote.start > token.start || s.quote.end < token.end) continue;
      const rank = (e.title.toLowerCase().includes(m.word.toLowerCase()) ? 0 : 1_000_000) + (s.quote.end - s.quote.start);
      if (!best || rank < best.rank) best = { e, rank };
    }
  }
  void corpus;
  return best?.e;
}

export function eventsByDocument(corpus: Corpus): Map<string, TimelineEvent[]> {
  const index = new Map<string, TimelineEvent[]>();
  for (const e of corpus.events) {
    for (const d of new Set(e.sources.map((s) => s.docId))) index.set(d, [...(index.get(d) ?? []), e]);
  }
  return index;
}

export interface MergeScore {
  goldPairs: number;
  /** Gold same-happening pairs whose two mentions are both in some event. */
  coveredGoldPairs: number;
  systemPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  /** Recall over the covered gold pairs only. */
  coveredRecall: number;
  f1: number;
}

/**
 * Merge precision and recall over gold pairs: two mentions on one gold line must share an event;
 * two mentions that never share a line must not. A system pair is two covered mentions in one event;
 * it is judged only when gold knows the pair (both mentions are in the gold at all).
 */
/**
 * Which pairs are judged: `all`; `sentences`: mentions in different sentences (within one sentence,
 * gold's token-level events and Sourceline's clause-level events differ by design, not by merging);
 * `documents`: mentions in different documents (what the corpus stage decides).
 */
export type PairScope = 'all' | 'sentences' | 'documents';

function inScope(a: GoldMention, b: GoldMention, scope: PairScope): boolean {
  if (scope === 'documents') return a.doc !== b.doc;
  if (scope === 'sentences') return a.doc !== b.doc || a.sentence !== b.sentence;
  return true;
}

export function scoreMerges(lines: readonly GoldLine[], eventOf: (m: GoldMention) => string | undefined, scope: PairScope = 'all'): MergeScore {
  const together = new Set<string>();
  const mentions = new Map<string, GoldMention>();
  for (const l of lines) for (const m of l.mentions) mentions.set(mentionKey(m), m);
  for (const l of lines) {
    const keys = [...new Set(l.mentions.map(mentionKey))].sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = mentions.get(keys[i] ?? '');
        const b = mentions.get(keys[j] ?? '');
        if (a && b && inScope(a, b, scope)) together.add(`${keys[i]}|${keys[j]}`);
      }
    }
  }
  const owner = new Map<string, string>();
  for (const [k, m] of mentions) {
    const e = eventOf(m);
    if (e !== undefined) owner.set(k, e);
  }
  let coveredGold = 0;
  for (const pair of together) {
    const [a = '', b = ''] = pair.split('|');
    if (owner.has(a) && owner.has(b)) coveredGold++;
  }
  const byEvent = new Map<string, string[]>();
  for (const [k, e] of owner) byEvent.set(e, [...(byEvent.get(e) ?? []), k]);
  let systemPairs = 0;
  let correct = 0;
  for (const keys of byEvent.values()) {
    keys.sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = mentions.get(keys[i] ?? '');
        const b = mentions.get(keys[j] ?? '');
        if (!a || !b || !inScope(a, b, scope)) continue;
        systemPairs++;
        if (together.has(`${keys[i]}|${keys[j]}`)) correct++;
      }
    }
  }
  const precision = systemPairs === 0 ? 0 : correct / systemPairs;
  const recall = together.size === 0 ? 0 : correct / together.size;
  const coveredRecall = coveredGold === 0 ? 0 : correct / coveredGold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { goldPairs: together.size, coveredGoldPairs: coveredGold, systemPairs, correctPairs: correct, precision, recall, coveredRecall, f1 };
}

export interface DateScore {
  /** Gold mentions with a known date that some event covers. */
  judged: number;
  /** The event's date lies within the gold date at the gold's precision (a day inside a gold year counts). */
  correct: number;
  /** The event gives no date ("reported"). */
  undated: number;
  accuracy: number;
}

/** Date accuracy of the events that cover gold mentions dated at least to the year. */
export function scoreDates(lines: readonly GoldLine[], eventOf: (m: GoldMention) => TimelineEvent | undefined): DateScore {
  const seen = new Set<string>();
  let judged = 0;
  let correct = 0;
  let undated = 0;
  for (const l of lines) {
    if (l.date.startsWith('XXXX')) continue;
    for (const m of l.mentions) {
      const k = mentionKey(m);
      if (seen.has(k)) continue;
      seen.add(k);
      const e = eventOf(m);
      if (!e) continue;
      judged++;
      if (e.precision === 'reported') {
        undated++;
        continue;
      }
      const [y, mo, d] = l.date.split('-');
      const prefix = d !== 'XX' ? `${y}-${mo}-${d}` : mo !== 'XX' ? `${y}-${mo}` : `${y}`;
      const last = e.end ?? e.start;
      if (e.start.startsWith(prefix) && last.startsWith(prefix)) correct++;
    }
  }
  return { judged, correct, undated, accuracy: judged === 0 ? 0 : correct / judged };
}

/** Keys an entity name may take among actors: its own, and its acronym's or expansion's. */
export function entityKeys(entity: string): Set<string> {
  const keys = new Set([actorKey(entity)]);
  for (const [acronym, name] of Object.entries(ACRONYMS)) {
    if (actorKey(name) === actorKey(entity)) keys.add(actorKey(acronym));
    if (actorKey(acronym) === actorKey(entity)) keys.add(actorKey(name));
  }
  return keys;
}

/** Actor ids of `corpus` that stand for `entity` (by name or any alias). */
export function actorsOfEntity(corpus: Corpus, entity: string): Set<string> {
  const keys = entityKeys(entity);
  return new Set(corpus.actors.filter((a) => [a.name, ...a.aliases].some((n) => keys.has(actorKey(n)))).map((a) => a.id));
}

/** Per entity: the share of its gold happenings that some event naming the entity covers. */
export function scoreEntity(corpus: Corpus, lines: readonly GoldLine[], eventOf: (m: GoldMention) => TimelineEvent | undefined): { entity: string; gold: number; found: number; recall: number } {
  const entity = lines[0]?.entity ?? '';
  const ids = actorsOfEntity(corpus, entity);
  let found = 0;
  for (const l of lines) {
    if (l.mentions.some((m) => eventOf(m)?.actors.some((a) => ids.has(a)))) found++;
  }
  return { entity, gold: lines.length, found, recall: lines.length === 0 ? 0 : found / lines.length };
}
