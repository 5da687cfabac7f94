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

/**
 * Slots by document id: each document takes the slot its id hashes to, or the next free one
 * (documents in id order, so the result does not depend on corpus order). Past PALETTE_SIZE
 * documents slots repeat; the names still tell them apart.
 */
export function sourceStyles(documents: readonly DocumentMeta[]): ReadonlyMap<string, SourceStyle> {
  const styles = new Map<string, SourceStyle>();
  const taken = new Set<number>();
  for (const doc of [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    let slot = hash(doc.id) % PALETTE_SIZE;
    if (taken.size < PALETTE_SIZE) while (taken.has(slot)) slot = (slot + 1) % PALETTE_SIZE;
    taken.add(slot);
    styles.set(doc.id, { slot, name: shortSourceName(doc) });
  }
  return styles;
}
