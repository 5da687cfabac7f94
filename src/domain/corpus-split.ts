import { at, actor, day, document as documentMeta, id, isObject, list, Problems, ROOT, string, warning } from './corpus-check.ts';
import type { Corpus, EventDating, Precision, SourceDocument } from './corpus.ts';
import type { CorpusIndexData, DocumentMeta, IndexedEvent } from './corpus-index.ts';
import { eventsOfColumns, joinedLists, PRECISION_CODES, TIMING_CODES, type IndexColumns } from './index-columns.ts';

/** What the index gives the app: `CorpusIndexData` with events that hold their quotes' offsets, not their text. */
export type SplitIndexData = Omit<CorpusIndexData, 'events'> & { events: readonly IndexedEvent[] };

/**
 * The split layout (issue 8): a large corpus as static files the app fetches in parts, so the first
 * view needs only a compact index and an event's quotes arrive with its documents.
 *
 * - `corpus.json`, the only file without a content hash (fetched with `no-cache`), is then a small
 *   manifest (`SplitManifest`) naming the other files instead of the corpus itself.
 * - `corpus/index.<hash>.json` (`IndexFile`): every event without its quotes' text (ids, dates,
 *   precision, timing, title, uncertainty, salience, actors, aliases, and per source the document,
 *   the quote and date-phrase offsets and the date it gives), the documents without their text, the
 *   actors and the warnings. Column by column (one array per field), which parses in a fraction of
 *   the time of one object per event and is about a fifth of `corpus.json` at 100,000 events.
 * - `corpus/documents-<n>.<hash>.json` (`DocumentShard`): the texts of a run of documents, about
 *   `SHARD_TEXT_CHARS` characters each. A quote is `text.slice(start, end)` of its document, so it is
 *   traceable by construction; `checkShard` checks every offset of the index against the text when a
 *   shard arrives.
 *
 * Shard names carry a hash of their content, so a CDN may cache them forever (`immutable`); a new
 * extraction writes new names and a new manifest.
 */

export const SPLIT_LAYOUT = 'corpus-split';
export const SPLIT_VERSION = 1;

export interface SplitManifest {
  sourceline: typeof SPLIT_LAYOUT;
  version: typeof SPLIT_VERSION;
  /** Event and document counts (shown before the index arrives, and a check on it). */
  events: number;
  documents: number;
  /** File names relative to the manifest. */
  index: string;
  shards: string[];
}


/** A source's own date: 0 when it is the event's, else `[start, end, precision code]` (days as in `days`, end -1 for none). */
type DateCell = 0 | [number, number, number];

export interface IndexFile {
  sourceline: 'corpus-index';
  version: typeof SPLIT_VERSION;
  /** The documents without text; `shard`: which entry of the manifest's `shards` holds the text. */
  documents: Array<DocumentMeta & { shard: number }>;
  actors: Corpus['actors'];
  warnings: Corpus['warnings'];
  /**
   * Every distinct day (`YYYY-MM-DD`) and TimeML value, once: the columns hold their positions. A
   * corpus of 100,000 events has a few thousand days, so this saves 2 MB and 300,000 strings to parse.
   */
  days: string[];
  timexes: string[];
  events: {
    /**
     * The id; one that starts with `~` is short for "the first source's document id, `-`, the rest"
     * (`~2046-2078`), the shape of most ids (`~` never occurs in an id).
     */
    id: string[];
    title: string[];
    /** Positions in `days`; `end` -1 for a single day. */
    start: number[];
    end: number[];
    /** Indexes into `day, month, year, approximate, reported` and `past, ongoing, future`. */
    precision: number[];
    timing: number[];
    uncertain: Array<0 | 1>;
    salience: number[];
    aliases: string[][];
    actors: string[][];
    /** How many of the `sources` rows belong to each event, in order. */
    sourceCount: number[];
  };
  sources: {
    /** Index into `documents`. */
    doc: number[];
    /** The quote as `[start, length]` pairs, flat. */
    quote: number[];
    /** The date phrase as `[start - quote start, length]` pairs, flat; length 0: none. */
    phrase: number[];
    /** Position in `timexes`, -1 for none. */
    timex: number[];
    date: DateCell[];
  };
}

export interface DocumentShard {
  sourceline: 'corpus-documents';
  version: typeof SPLIT_VERSION;
  documents: Array<{ id: string; text: string }>;
}

/** About this many characters of text per document shard (~100 KB gzip): few requests, small ones. */
export const SHARD_TEXT_CHARS = 400_000;

const sameDating = (a: EventDating, b: { start: string; end: string | null; precision: Precision }): boolean =>
  a.start === b.start && a.end === b.end && a.precision === b.precision;

/**
 * A corpus cut into the index and its document shards (the manifest is written by the caller, who
 * knows the file names). Pure: the same corpus gives the same files.
 */
export function splitCorpus(corpus: Corpus, shardChars = SHARD_TEXT_CHARS): { index: IndexFile; shards: DocumentShard[] } {
  const shards: DocumentShard[] = [];
  const shardOf = new Map<string, number>();
  let current: DocumentShard | null = null;
  let chars = 0;
  for (const doc of corpus.documents) {
    if (current === null || (chars > 0 && chars + doc.text.length > shardChars)) {
      current = { sourceline: 'corpus-documents', version: SPLIT_VERSION, documents: [] };
      shards.push(current);
      chars = 0;
    }
    current.documents.push({ id: doc.id, text: doc.text });
    chars += doc.text.length;
    shardOf.set(doc.id, shards.length - 1);
  }
  const docIndex = new Map(corpus.documents.map((d, i) => [d.id, i]));
  const days = new Map<string, number>();
  const timexes = new Map<string, number>();
  const code = (table: Map<string, number>, value: string): number => {
    let n = table.get(value);
    if (n === undefined) table.set(value, (n = table.size));
    return n;
  };
  const e: IndexFile['events'] = { id: [], title: [], start: [], end: [], precision: [], timing: [], uncertain: [], salience: [], aliases: [], actors: [], sourceCount: [] };
  const s: IndexFile['sources'] = { doc: [], quote: [], phrase: [], timex: [], date: [] };
  for (const event of corpus.events) {
    const first = event.sources[0]?.docId;
    e.id.push(first !== undefined && event.id.startsWith(`${first}-`) ? `~${event.id.slice(first.length + 1)}` : event.id);
    e.title.push(event.title);
    e.start.push(code(days, event.start));
    e.end.push(event.end === null ? -1 : code(days, event.end));
    e.precision.push(PRECISION_CODES.indexOf(event.precision));
    e.timing.push(TIMING_CODES.indexOf(event.timing));
    e.uncertain.push(event.uncertain ? 1 : 0);
    e.salience.push(event.salience);
    e.aliases.push(event.aliases);
    e.actors.push(event.actors);
    e.sourceCount.push(event.sources.length);
    for (const source of event.sources) {
      const doc = docIndex.get(source.docId);
      if (doc === undefined) throw new Error(`event ${event.id}: unknown document ${source.docId}`);
      const { quote, datePhrase, date } = source;
      s.doc.push(doc);
      s.quote.push(quote.start, quote.end - quote.start);
      s.phrase.push(datePhrase ? datePhrase.start - quote.start : 0, datePhrase ? datePhrase.end - datePhrase.start : 0);
      s.timex.push(source.timexValue == null ? -1 : code(timexes, source.timexValue));
      s.date.push(sameDating(date, event) ? 0 : [code(days, date.start), date.end === null ? -1 : code(days, date.end), PRECISION_CODES.indexOf(date.precision)]);
    }
  }
  return {
    index: {
      sourceline: 'corpus-index',
      version: SPLIT_VERSION,
      documents: corpus.documents.map(({ text: _text, ...meta }) => ({ ...meta, shard: shardOf.get(meta.id) ?? 0 })),
      actors: corpus.actors,
      warnings: corpus.warnings,
      days: [...days.keys()],
      timexes: [...timexes.keys()],
      events: e,
      sources: s,
    },
    shards,
  };
}

/** A relative file name of the layout: no scheme, no `..`, no leading `/`, so it stays beside the manifest. */
const FILE_NAME = /^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9_./-]*$/;

/** Untrusted JSON -> a manifest, or null when it is not one (then it should be a whole corpus). */
export function manifestOf(input: unknown): { ok: true; manifest: SplitManifest } | { ok: false; errors: string[] } | null {
  if (!isObject(input) || input['sourceline'] !== SPLIT_LAYOUT) return null;
  const errors: string[] = [];
  if (input['version'] !== SPLIT_VERSION) errors.push(`version: expected ${SPLIT_VERSION}`);
  for (const key of ['events', 'documents'] as const) {
    if (!Number.isSafeInteger(input[key]) || (input[key] as number) < 0) errors.push(`${key}: expected a whole number >= 0`);
  }
  if (typeof input['index'] !== 'string' || !FILE_NAME.test(input['index'])) errors.push('index: expected a relative file name');
  const shards = input['shards'];
  if (!Array.isArray(shards) || shards.some((f) => typeof f !== 'string' || !FILE_NAME.test(f))) errors.push('shards: expected relative file names');
  return errors.length > 0 ? { ok: false, errors } : { ok: true, manifest: input as unknown as SplitManifest };
}

const MAX_ERRORS = 50;

/** Whole numbers >= `min` in one column, as a typed check in a tight loop (no per-value closures). */
function wholeNumbers(p: Problems, name: string, v: unknown, length: number | null, min: number, max = Number.MAX_SAFE_INTEGER): v is number[] {
  if (!Array.isArray(v)) {
    p.add(() => name, 'expected an array');
    return false;
  }
  if (length !== null && v.length !== length) p.add(() => name, `expected ${length} values, found ${v.length}`);
  for (let i = 0; i < v.length && !p.full; i++) {
    const n: unknown = v[i];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) p.add(() => `${name}.${i}`, `expected a whole number in [${min}, ${max}]`);
  }
  return true;
}

function column(p: Problems, name: string, v: unknown, length: number): v is unknown[] {
  if (!Array.isArray(v)) {
    p.add(() => name, 'expected an array');
    return false;
  }
  if (v.length !== length) p.add(() => name, `expected ${length} values, found ${v.length}`);
  return true;
}

const ID_SHAPE = /^[A-Za-z0-9_.:-]+$/;

/** An array of ids (aliases, actors): `[]` for most events, so that case costs one check. */
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && (v.length === 0 || v.every((x) => typeof x === 'string' && ID_SHAPE.test(x)));

/**
 * Untrusted JSON -> the index as checked columns (`IndexColumns`, what the index worker sends the
 * page), or the problems (at most 50). The same rules as `checkCorpus` for everything the index
 * holds, column by column in plain loops (a day is checked once in `days`, not once per event); the
 * quotes' text is checked when its shard arrives (`checkShard`).
 */
export function checkIndex(input: unknown): { ok: true; columns: IndexColumns } | { ok: false; errors: string[] } {
  const p = new Problems();
  if (!isObject(input) || input['sourceline'] !== 'corpus-index') return { ok: false, errors: ['(root): expected a corpus index'] };
  if (input['version'] !== SPLIT_VERSION) p.add(() => 'version', `expected ${SPLIT_VERSION}`);
  list(p, at(ROOT, 'documents'), input['documents'], (q, path, v) => {
    documentMeta(q, path, v, false);
    if (isObject(v) && (!Number.isSafeInteger(v['shard']) || (v['shard'] as number) < 0)) q.add(at(path, 'shard'), 'expected a whole number >= 0');
  });
  list(p, at(ROOT, 'actors'), input['actors'], actor);
  list(p, at(ROOT, 'warnings'), input['warnings'], warning);
  list(p, at(ROOT, 'days'), input['days'], (q, path, v) => day(q, path, v, false));
  list(p, at(ROOT, 'timexes'), input['timexes'], (q, path, v) => string(q, path, v, 0));
  const events = input['events'];
  const sources = input['sources'];
  if (!isObject(events) || !isObject(sources)) return { ok: false, errors: [...p.list, 'events, sources: expected columns'] };
  if (p.list.length > 0) return { ok: false, errors: p.list };
  const documents = input['documents'] as IndexFile['documents'];
  const days = input['days'] as string[];
  const timexes = input['timexes'] as string[];
  const ev = events as Record<keyof IndexFile['events'], unknown>;
  const src = sources as Record<keyof IndexFile['sources'], unknown>;
  if (!Array.isArray(ev.id)) return { ok: false, errors: ['events.id: expected an array'] };
  const n = ev.id.length;
  const ok =
    column(p, 'events.title', ev.title, n) &&
    wholeNumbers(p, 'events.start', ev.start, n, 0, days.length - 1) &&
    wholeNumbers(p, 'events.end', ev.end, n, -1, days.length - 1) &&
    wholeNumbers(p, 'events.precision', ev.precision, n, 0, PRECISION_CODES.length - 1) &&
    wholeNumbers(p, 'events.timing', ev.timing, n, 0, TIMING_CODES.length - 1) &&
    wholeNumbers(p, 'events.uncertain', ev.uncertain, n, 0, 1) &&
    column(p, 'events.salience', ev.salience, n) &&
    column(p, 'events.aliases', ev.aliases, n) &&
    column(p, 'events.actors', ev.actors, n) &&
    wholeNumbers(p, 'events.sourceCount', ev.sourceCount, n, 1);
  if (!ok || p.list.length > 0) return { ok: false, errors: p.list };
  let m = 0;
  for (const count of ev.sourceCount as number[]) m += count;
  const sourcesOk =
    wholeNumbers(p, 'sources.doc', src.doc, m, 0, documents.length - 1) &&
    wholeNumbers(p, 'sources.quote', src.quote, 2 * m, 0) &&
    wholeNumbers(p, 'sources.phrase', src.phrase, 2 * m, Number.MIN_SAFE_INTEGER) &&
    wholeNumbers(p, 'sources.timex', src.timex, m, -1, timexes.length - 1) &&
    column(p, 'sources.date', src.date, m);
  if (!sourcesOk || p.list.length > 0) return { ok: false, errors: p.list };

  const c = ev as unknown as IndexFile['events'];
  const sc = src as unknown as IndexFile['sources'];
  const ids: string[] = new Array<string>(n);
  const idEnds = new Uint32Array(n);
  const titleEnds = new Uint32Array(n);
  const salienceOut = new Float64Array(n);
  const sourceEnds = new Uint32Array(n);
  const phraseStart = new Int32Array(m);
  const phraseEnd = new Int32Array(m);
  const quoteStart = new Uint32Array(m);
  const quoteEnd = new Uint32Array(m);
  const dateStart = new Int32Array(m).fill(-1);
  const dateEnd = new Int32Array(m).fill(-1);
  const datePrecision = new Int8Array(m).fill(-1);
  let idChars = 0;
  let titleChars = 0;
  let row = 0;
  for (let i = 0; i < n && !p.full; i++) {
    const title: unknown = c.title[i];
    const salience: unknown = c.salience[i];
    const aliases: unknown = c.aliases[i];
    const actors: unknown = c.actors[i];
    if (typeof title !== 'string' || title.length === 0) p.add(() => `events.title.${i}`, 'expected a non-empty string');
    else titleEnds[i] = titleChars += title.length;
    if (typeof salience !== 'number' || !(salience >= 0 && salience <= 1)) p.add(() => `events.salience.${i}`, 'expected a number in [0, 1]');
    else salienceOut[i] = salience;
    if (!isIdList(aliases)) p.add(() => `events.aliases.${i}`, 'expected an array of ids');
    if (!isIdList(actors)) p.add(() => `events.actors.${i}`, 'expected an array of ids');
    const count = c.sourceCount[i] as number;
    const firstDoc = sc.doc[row] as number;
    for (let k = 0; k < count; k++, row++) {
      const qs = sc.quote[2 * row] as number;
      const ql = sc.quote[2 * row + 1] as number;
      const po = sc.phrase[2 * row] as number;
      const pl = sc.phrase[2 * row + 1] as number;
      if (ql === 0) p.add(() => `sources.quote.${2 * row + 1}`, 'expected a quote of at least one character');
      if (pl < 0 || qs + po < 0) p.add(() => `sources.phrase.${2 * row}`, 'expected a span inside the document');
      quoteStart[row] = qs;
      quoteEnd[row] = qs + ql;
      phraseStart[row] = pl === 0 ? -1 : qs + po;
      phraseEnd[row] = pl === 0 ? -1 : qs + po + pl;
      const cell: unknown = sc.date[row];
      if (cell === 0) continue;
      if (
        Array.isArray(cell) &&
        cell.length === 3 &&
        days[cell[0] as number] !== undefined &&
        (cell[1] === -1 || days[cell[1] as number] !== undefined) &&
        PRECISION_CODES[cell[2] as number] !== undefined
      ) {
        dateStart[row] = cell[0] as number;
        dateEnd[row] = cell[1] as number;
        datePrecision[row] = cell[2] as number;
      } else p.add(() => `sources.date.${row}`, 'expected 0 or [start, end, precision]');
    }
    sourceEnds[i] = row;
    const short: unknown = c.id[i];
    const full = typeof short === 'string' && short.charCodeAt(0) === 126 /* ~ */ ? `${(documents[firstDoc] as DocumentMeta).id}-${short.slice(1)}` : short;
    if (typeof full !== 'string' || !ID_SHAPE.test(full)) {
      id(p, () => `events.id.${i}`, full);
      continue;
    }
    ids[i] = full;
    idEnds[i] = idChars += full.length;
  }
  if (p.list.length > 0) return { ok: false, errors: p.list };
  const aliases = joinedLists(c.aliases);
  const actors = joinedLists(c.actors);
  return {
    ok: true,
    columns: {
      count: n,
      ids: ids.join(''),
      idEnds,
      titles: (c.title as string[]).join(''),
      titleEnds,
      days,
      start: Int32Array.from(c.start),
      end: Int32Array.from(c.end),
      precision: Uint8Array.from(c.precision),
      timing: Uint8Array.from(c.timing),
      uncertain: Uint8Array.from(c.uncertain),
      salience: salienceOut,
      aliases: aliases.text,
      aliasEnds: aliases.ends,
      actors: actors.text,
      actorEnds: actors.ends,
      sourceEnds,
      sourceDoc: Uint32Array.from(sc.doc),
      quoteStart,
      quoteEnd,
      phraseStart,
      phraseEnd,
      timex: Int32Array.from(sc.timex),
      timexes,
      dateStart,
      dateEnd,
      datePrecision,
      documents: documents.map(({ shard: _shard, ...meta }) => meta),
      shards: Uint32Array.from(documents, (d) => d.shard),
      actorTable: input['actors'] as Corpus['actors'],
      warnings: input['warnings'] as Corpus['warnings'],
    },
  };
}

/** The index data of checked columns (built where they are used: the page, after the worker). */
export function indexDataOfColumns(columns: IndexColumns): SplitIndexData {
  return { documents: columns.documents, events: eventsOfColumns(columns), actors: columns.actorTable, warnings: columns.warnings };
}

/** Untrusted JSON -> the index data the app needs, or the problems (at most 50): `checkIndex` in this thread. */
export function readIndex(input: unknown): { ok: true; data: SplitIndexData } | { ok: false; errors: string[] } {
  const checked = checkIndex(input);
  return checked.ok ? { ok: true, data: indexDataOfColumns(checked.columns) } : checked;
}

/** Which shard holds each document's text, from the index file (before `readIndex` drops it). */
export function shardsOf(input: IndexFile): Map<string, number> {
  return new Map(input.documents.map((d) => [d.id, d.shard]));
}

/**
 * A document shard as it arrives: its shape, and for each of its documents that `metas` names, every
 * quote and date phrase of `events` inside the text (a quote is then `text.slice(start, end)`).
 */
export function checkShard(
  input: unknown,
  metas: ReadonlyMap<string, DocumentMeta>,
  eventsByDocument: ReadonlyMap<string, readonly IndexedEvent[]>,
): { ok: true; documents: SourceDocument[] } | { ok: false; errors: string[] } {
  if (!isObject(input) || input['sourceline'] !== 'corpus-documents' || !Array.isArray(input['documents'])) {
    return { ok: false, errors: ['(root): expected a document shard'] };
  }
  const errors: string[] = [];
  const documents: SourceDocument[] = [];
  for (const entry of input['documents'] as unknown[]) {
    if (!isObject(entry) || typeof entry['id'] !== 'string' || typeof entry['text'] !== 'string') {
      errors.push('documents: expected { id, text }');
      continue;
    }
    const meta = metas.get(entry['id']);
    if (!meta) continue;
    const text = entry['text'];
    for (const event of eventsByDocument.get(meta.id) ?? []) {
      for (const source of event.sources) {
        if (source.docId !== meta.id) continue;
        for (const [name, span] of [['quote', source.quote], ['datePhrase', source.datePhrase]] as const) {
          if (span && span.end > text.length) errors.push(`event ${event.id}: ${name} [${span.start}, ${span.end}) lies outside ${meta.id}`);
        }
      }
    }
    documents.push({ ...meta, text });
  }
  return errors.length > 0 ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : { ok: true, documents };
}
