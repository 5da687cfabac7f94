import type { DocumentMeta } from '../domain/corpus-index.ts';
import { selects, type EventFilters, type Selection } from '../domain/event-query.ts';

/**
 * Edits of the filters the panel and the legend make, as pure functions: a selection is always
 * written in its shorter form (`only` the few shown, or all `except` the few hidden) so links stay
 * short, and "all" is no filter at all.
 */

/** The documents the source filters (documents and publishers) leave shown. */
export function shownDocuments(documents: readonly DocumentMeta[], filters: EventFilters): Set<string> {
  return new Set(
    documents
      .filter((d) => selects(filters.documents, d.id))
      .filter((d) => filters.publishers === null || (d.publisher === undefined ? 'except' in filters.publishers : selects(filters.publishers, d.publisher)))
      .map((d) => d.id),
  );
}

/** The shorter of `only` and `except` for a set of shown names out of all of them; null when all are shown. */
export function selectionOf(all: readonly string[], shown: ReadonlySet<string>): Selection {
  const hidden = all.filter((name) => !shown.has(name));
  if (hidden.length === 0) return null;
  const only = all.filter((name) => shown.has(name));
  return only.length <= hidden.length ? { only } : { except: hidden };
}

/** Shows or hides documents (a publisher's toggle passes all of its documents), folding a publisher filter into documents. */
export function withDocuments(
  documents: readonly DocumentMeta[],
  filters: EventFilters,
  ids: readonly string[],
  show: boolean,
): EventFilters {
  const shown = shownDocuments(documents, filters);
  for (const id of ids) {
    if (show) shown.add(id);
    else shown.delete(id);
  }
  return { ...filters, documents: selectionOf(documents.map((d) => d.id), shown), publishers: null };
}

/** Only these documents (the legend's "Only this"). */
export function onlyDocuments(documents: readonly DocumentMeta[], filters: EventFilters, ids: readonly string[]): EventFilters {
  return { ...filters, documents: selectionOf(documents.map((d) => d.id), new Set(ids)), publishers: null };
}

/** An enumerated filter (precision, timing) with one option turned on or off; all on is no filter. */
export function withOption<T extends string>(all: readonly T[], current: readonly T[] | null, option: T, on: boolean): T[] | null {
  const set = new Set(current ?? all);
  if (on) set.add(option);
  else set.delete(option);
  const next = all.filter((o) => set.has(o));
  return next.length === all.length ? null : next;
}

/** Actors: any-of; none ticked is no filter. */
export function withActor(current: readonly string[] | null, id: string, on: boolean): string[] | null {
  const set = new Set(current ?? []);
  if (on) set.add(id);
  else set.delete(id);
  return set.size === 0 ? null : [...set];
}
