import type { CorpusIndex } from '../domain/corpus-index.ts';
import type { IndexedEvent } from '../domain/corpus-index.ts';
import { shortenText } from '../domain/display-text.ts';
import { M } from '../i18n/messages.ts';
import type { TimelineLane } from '../timeline/timeline-adapter.ts';
import type { LaneMode } from '../url-state/url-params.ts';
import type { SourceStyle } from './source-styles.ts';

export interface Lanes {
  lanes: TimelineLane[];
  /** The lanes an event is drawn in: each of its documents, publishers or actors that has a lane. */
  lanesOf: (event: IndexedEvent) => readonly string[];
  /** The document whose report an event's item in a lane stands for (its colour there); none for actor lanes. */
  laneSourceOf?: (event: IndexedEvent, lane: string) => string | undefined;
}

/** Lanes for actors beyond this many (by events named) are folded into "Other". */
const MAX_ACTOR_LANES = 12;
const NONE = 'none';

/**
 * The chart's lanes (vis groups) for a lane mode, over the shown events. An event reported by two
 * documents is drawn in both lanes (by document, by publisher); one naming two actors in both (by actor).
 */
export function lanesFor(mode: LaneMode | null, index: CorpusIndex, events: readonly IndexedEvent[], styles: ReadonlyMap<string, SourceStyle>): Lanes | null {
  if (mode === null) return null;
  if (mode === 'document') {
    const used = new Set(events.flatMap((e) => e.sources.map((s) => s.docId)));
    const docs = index.documents.filter((d) => used.has(d.id));
    const names = new Map<string, number>();
    for (const d of docs) {
      const name = styles.get(d.id)?.name ?? d.title;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    const lanes = docs.map((d) => {
      const style = styles.get(d.id);
      const name = style?.name ?? d.title;
      // Two documents of one publisher: the lane says which.
      const label = (names.get(name) ?? 0) > 1 && name !== d.title ? `${name}: ${shortenText(d.title, 28)}` : name;
      return { id: `doc:${d.id}`, label, ...(style ? { className: `sl-src-${style.slot}` } : {}) };
    });
    return { lanes, lanesOf: (e) => [...new Set(e.sources.map((s) => `doc:${s.docId}`))], laneSourceOf: (_e, lane) => lane.slice('doc:'.length) };
  }
  if (mode === 'publisher') {
    const publisherOf = (docId: string): string => index.documentById.get(docId)?.publisher ?? NONE;
    const used = [...new Set(events.flatMap((e) => e.sources.map((s) => publisherOf(s.docId))))].sort((a, b) =>
      a === NONE ? 1 : b === NONE ? -1 : a.localeCompare(b),
    );
    const lanes = used.map((p) => ({ id: `pub:${p}`, label: p === NONE ? M.lanes.noPublisher : shortenText(p, 40) }));
    return {
      lanes,
      lanesOf: (e) => [...new Set(e.sources.map((s) => `pub:${publisherOf(s.docId)}`))],
      laneSourceOf: (e, lane) => e.sources.find((s) => `pub:${publisherOf(s.docId)}` === lane)?.docId,
    };
  }
  const counts = new Map<string, number>();
  for (const e of events) for (const a of new Set(e.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_ACTOR_LANES).map(([id]) => id);
  const kept = new Set(top);
  const lanes: TimelineLane[] = top.map((id) => ({ id: `actor:${id}`, label: shortenText(index.actorById.get(id)?.name ?? id, 40) }));
  const hasOther = events.some((e) => e.actors.length === 0 || e.actors.every((a) => !kept.has(a)));
  if (hasOther) lanes.push({ id: `actor:${NONE}`, label: M.lanes.noActor });
  return {
    lanes,
    lanesOf: (e) => {
      const own = e.actors.filter((a) => kept.has(a)).map((a) => `actor:${a}`);
      return own.length > 0 ? [...new Set(own)] : [`actor:${NONE}`];
    },
  };
}
