import type { Corpus, EventDating, Precision, Timing } from './corpus.ts';
import type { DocumentMeta, IndexedEvent, SourceRef } from './corpus-index.ts';

/** The codes the split layout's index stores for precision and timing. */
export const PRECISION_CODES: readonly Precision[] = ['day', 'month', 'year', 'approximate', 'reported'];
export const TIMING_CODES: readonly Timing[] = ['past', 'ongoing', 'future'];

/**
 * A checked corpus index as typed columns: what the index worker (src/app/index-worker.ts) hands the
 * page. Numbers travel in typed arrays whose buffers are transferred, and the ids and titles as one
 * string each with their end offsets, so the page receives a few dozen objects instead of a
 * structured clone of 100,000 events with their sources (the clone costs the receiving thread about
 * what building the objects costs). `eventsOfColumns` builds the events on the page.
 *
 * Event `i`'s sources are rows `sourceEnds[i - 1]` (0 for the first) to `sourceEnds[i]` of the
 * source columns.
 */
export interface IndexColumns {
  /** How many events, in the index file's order. */
  count: number;
  ids: string;
  idEnds: Uint32Array;
  titles: string;
  titleEnds: Uint32Array;
  /** Every distinct day (`YYYY-MM-DD`), once: `start`, `end` and the source dates are positions in it. */
  days: readonly string[];
  start: Int32Array;
  /** -1: a single day. */
  end: Int32Array;
  /** Positions in `PRECISION_CODES` and `TIMING_CODES`. */
  precision: Uint8Array;
  timing: Uint8Array;
  uncertain: Uint8Array;
  salience: Float64Array;
  /**
   * Every event's aliases and actors, joined by spaces (an id has none), with the end offsets: one
   * string each instead of tens of thousands of small arrays to clone.
   */
  aliases: string;
  aliasEnds: Uint32Array;
  actors: string;
  actorEnds: Uint32Array;
  sourceEnds: Uint32Array;
  /** Per source row: position in `documents`. */
  sourceDoc: Uint32Array;
  quoteStart: Uint32Array;
  quoteEnd: Uint32Array;
  /** -1: no date phrase. */
  phraseStart: Int32Array;
  phraseEnd: Int32Array;
  /** Position in `timexes`, -1 for none. */
  timex: Int32Array;
  timexes: readonly string[];
  /** The source's own date (positions in `days`, precision code); `dateStart` -1: the event's date. */
  dateStart: Int32Array;
  dateEnd: Int32Array;
  datePrecision: Int8Array;
  documents: readonly DocumentMeta[];
  /** Per document: which entry of the manifest's `shards` holds its text. */
  shards: Uint32Array;
  actorTable: Corpus['actors'];
  warnings: Corpus['warnings'];
}

/** The buffers to transfer with `columns` (postMessage's transfer list): the sender's copies go dead. */
export function buffersOf(c: IndexColumns): ArrayBuffer[] {
  const arrays = [
    c.idEnds, c.titleEnds, c.aliasEnds, c.actorEnds, c.start, c.end, c.precision, c.timing, c.uncertain, c.salience, c.sourceEnds, c.sourceDoc,
    c.quoteStart, c.quoteEnd, c.phraseStart, c.phraseEnd, c.timex, c.dateStart, c.dateEnd, c.datePrecision, c.shards,
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

const NONE: readonly string[] = Object.freeze([]);

/** `ids` joined by spaces, as `IndexColumns` holds aliases and actors, and each list's end offset. */
export function joinedLists(lists: readonly (readonly string[])[]): { text: string; ends: Uint32Array } {
  const ends = new Uint32Array(lists.length);
  const parts: string[] = [];
  let chars = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as readonly string[];
    if (list.length > 0) {
      const joined = list.join(' ');
      parts.push(joined);
      chars += joined.length;
    }
    ends[i] = chars;
  }
  return { text: parts.join(''), ends };
}

const listAt = (text: string, from: number, to: number): string[] => (from === to ? (NONE as string[]) : text.slice(from, to).split(' '));

/**
 * The events of checked columns, in their order: O(events + sources). An event's own date is one
 * object its sources share when they give the same date, and the events without aliases or actors
 * share one frozen empty list.
 */
export function eventsOfColumns(c: IndexColumns): IndexedEvent[] {
  const out = new Array<IndexedEvent>(c.count);
  let idFrom = 0;
  let titleFrom = 0;
  let aliasFrom = 0;
  let actorFrom = 0;
  let row = 0;
  for (let i = 0; i < c.count; i++) {
    const start = c.days[c.start[i] as number] as string;
    const endAt = c.end[i] as number;
    const end = endAt < 0 ? null : (c.days[endAt] as string);
    const precision = PRECISION_CODES[c.precision[i] as number] as Precision;
    const rows = c.sourceEnds[i] as number;
    const sources = new Array<SourceRef>(rows - row);
    let own: EventDating | null = null;
    for (let k = 0; row < rows; k++, row++) {
      const qs = c.quoteStart[row] as number;
      const ps = c.phraseStart[row] as number;
      const timex = c.timex[row] as number;
      const ds = c.dateStart[row] as number;
      let date: EventDating;
      if (ds < 0) date = own ??= { start, end, precision };
      else {
        const de = c.dateEnd[row] as number;
        date = { start: c.days[ds] as string, end: de < 0 ? null : (c.days[de] as string), precision: PRECISION_CODES[c.datePrecision[row] as number] as Precision };
      }
      sources[k] = {
        docId: (c.documents[c.sourceDoc[row] as number] as DocumentMeta).id,
        quote: { start: qs, end: c.quoteEnd[row] as number },
        datePhrase: ps < 0 ? null : { start: ps, end: c.phraseEnd[row] as number },
        timexValue: timex < 0 ? null : (c.timexes[timex] as string),
        date,
      };
    }
    const idTo = c.idEnds[i] as number;
    const titleTo = c.titleEnds[i] as number;
    const aliasTo = c.aliasEnds[i] as number;
    const actorTo = c.actorEnds[i] as number;
    out[i] = {
      id: c.ids.slice(idFrom, idTo),
      aliases: listAt(c.aliases, aliasFrom, aliasTo),
      title: c.titles.slice(titleFrom, titleTo),
      start,
      end,
      precision,
      timing: TIMING_CODES[c.timing[i] as number] as Timing,
      uncertain: c.uncertain[i] === 1,
      salience: c.salience[i] as number,
      actors: listAt(c.actors, actorFrom, actorTo),
      sources,
    };
    idFrom = idTo;
    titleFrom = titleTo;
    aliasFrom = aliasTo;
    actorFrom = actorTo;
  }
  return out;
}
