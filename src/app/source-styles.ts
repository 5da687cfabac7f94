import type { DocumentMeta } from '../domain/corpus-index.ts';
import { shortenText } from '../domain/display-text.ts';

/**
 * How the app tells sources apart: each document gets a colour slot of an accessible palette
 * (app.css `.sl-src-N`, chosen for contrast in light and dark mode and for colour-blind viewers)
 * and a short name shown beside it, so colour is never the only cue.
 */
export const PALETTE_SIZE = 8;

export interface SourceStyle {
  /** 0 .. PALETTE_SIZE-1. */
  slot: number;
  /** Publisher, else the source URL's host, else the title shortened. */
  name: string;
  /** The name's initials ("MH" for Marenport Herald), unique among the corpus's names: labels on phones. */
  mark: string;
}

/** FNV-1a: a document keeps its slot when other documents come and go, unless two want the same one. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The name that stands for a document where room is short (item labels, lane labels, list rows). */
export function shortSourceName(doc: DocumentMeta): string {
  const publisher = doc.publisher?.trim();
  if (publisher) return shortenText(publisher, 28);
  return hostOf(doc.source) ?? shortenText(doc.title, 28);
}

/** Letters and digits runs of a name ("Le Figaro" → Le, Figaro; "lefigaro.fr" → lefigaro, fr). */
function wordsOf(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** First `n` characters (code points) of a word, the first upper-cased. */
function head(word: string, n: number): string {
  const chars = Array.from(word).slice(0, n);
  return chars.map((c, i) => (i === 0 ? c.toLocaleUpperCase('en') : c)).join('');
}

/** Candidate marks of a name, shortest first: initials ("MH"), then more of the first word ("MaH"). */
function markCandidates(name: string): string[] {
  const words = wordsOf(name);
  const first = words[0];
  if (first === undefined) return [head(name.trim() || '?', 2)];
  if (words.length === 1) return [head(first, 2), head(first, 3)];
  const rest = words.slice(1, 3).map((w) => head(w, 1)).join('');
  return [head(first, 1) + rest, head(first, 2) + rest];
}

/**
 * A mark per distinct name, unique among them (two outlets with the same initials get longer
 * marks, then a number): names in sorted order, so the result does not depend on corpus order.
 */
export function sourceMarks(names: Iterable<string>): ReadonlyMap<string, string> {
  const marks = new Map<string, string>();
  const used = new Set<string>();
  const sorted = [...new Set(names)].sort();
  const wanted = new Map(sorted.map((name) => [name, markCandidates(name)]));
  // A mark several names want is given to none of them at that length.
  const contested = new Set<string>();
  const seen = new Set<string>();
  for (const candidates of wanted.values()) {
    const shortest = candidates[0] ?? '';
    if (seen.has(shortest)) contested.add(shortest);
    seen.add(shortest);
  }
  for (const name of sorted) {
    const candidates = wanted.get(name) ?? [];
    let mark = candidates.find((c, i) => !used.has(c) && !(i === 0 && contested.has(c)));
    for (let n = 2; mark === undefined; n++) {
      const numbered = `${candidates[0] ?? '?'}${n}`;
      if (!used.has(numbered)) mark = numbered;
    }
    used.add(mark);
    marks.set(name, mark);
  }
  return marks;
}

/**
 * Slots by document id: each document takes the slot its id hashes to, or the next free one
 * (documents in id order, so the result does not depend on corpus order). Past PALETTE_SIZE
 * documents slots repeat; the names still tell them apart.
 */
export function sourceStyles(documents: readonly DocumentMeta[]): ReadonlyMap<string, SourceStyle> {
  const styles = new Map<string, SourceStyle>();
  const taken = new Set<number>();
  const names = new Map(documents.map((doc) => [doc.id, shortSourceName(doc)]));
  const marks = sourceMarks(names.values());
  for (const doc of [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let slot = hash(doc.id) % PALETTE_SIZE;
    if (taken.size < PALETTE_SIZE) while (taken.has(slot)) slot = (slot + 1) % PALETTE_SIZE;
    taken.add(slot);
    const name = names.get(doc.id) ?? doc.title;
    styles.set(doc.id, { slot, name, mark: marks.get(name) ?? name });
  }
  return styles;
}
