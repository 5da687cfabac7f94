import { isIsoDay } from './calendar.ts';
import { checkTraceability } from './corpus-contract.ts';
import type { Corpus, CorpusParseResult } from './corpus.ts';

/**
 * The app's boundary check, by hand: the same rules as `corpusSchema` in corpus.ts (zod) plus the
 * traceability check, in plain loops. Why not the schema itself: on 100,000 events zod's generic
 * walk took 5.9 s of the app's first load (a profile on this machine, loaded), and the schema library
 * is 23 KB of the first JavaScript; this check takes a fraction of that (`npm run bench` prints it)
 * and needs no library. corpus-check.test.ts holds it to the schema: every input either both accept
 * (with the same result) or both reject.
 *
 * One difference, on purpose: unknown fields are kept (zod strips them). Nothing reads them, and
 * copying 100,000 objects to drop them would cost what this check saves.
 */

const MAX_ERRORS = 50;
const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_.:-]+$/;
const PRECISIONS = new Set(['day', 'month', 'year', 'approximate', 'reported']);
const TIMINGS = new Set(['past', 'ongoing', 'future']);
const KINDS = new Set(['person', 'organization', 'place']);

export class Problems {
  readonly list: string[] = [];
  add(path: () => string, message: string): void {
    if (this.list.length < MAX_ERRORS) this.list.push(`${path() || '(root)'}: ${message}`);
  }
  get full(): boolean {
    return this.list.length >= MAX_ERRORS;
  }
}

export type Path = () => string;
export const at = (parent: Path, key: string | number): Path => () => {
  const base = parent();
  return base === '' ? String(key) : `${base}.${key}`;
};
export const ROOT: Path = () => '';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Real calendar days, memoized: a corpus repeats the same few thousand days. */
const days = new Map<string, boolean>();
export function isDay(v: unknown): boolean {
  if (typeof v !== 'string' || !DAY_SHAPE.test(v)) return false;
  let ok = days.get(v);
  if (ok === undefined) {
    ok = isIsoDay(v);
    if (days.size > 100_000) days.clear();
    days.set(v, ok);
  }
  return ok;
}

export function day(p: Problems, path: Path, v: unknown, nullable: boolean): void {
  if (nullable && v === null) return;
  if (typeof v !== 'string') p.add(path, nullable ? 'expected YYYY-MM-DD or null' : 'expected YYYY-MM-DD');
  else if (!DAY_SHAPE.test(v)) p.add(path, 'expected YYYY-MM-DD');
  else if (!isDay(v)) p.add(path, 'not a real calendar day');
}

export function string(p: Problems, path: Path, v: unknown, min: number): void {
  if (typeof v !== 'string') p.add(path, 'expected a string');
  else if (v.length < min) p.add(path, 'expected a non-empty string');
}

export function id(p: Problems, path: Path, v: unknown): void {
  if (typeof v !== 'string' || !ID.test(v)) p.add(path, 'expected an id ([A-Za-z0-9_.:-]+)');
}

export function ids(p: Problems, path: Path, v: unknown): void {
  if (!Array.isArray(v)) {
    p.add(path, 'expected an array');
    return;
  }
  for (let i = 0; i < v.length; i++) id(p, at(path, i), v[i]);
}

function span(p: Problems, path: Path, v: unknown, nullable: boolean): void {
  if (nullable && v === null) return;
  if (!isObject(v)) {
    p.add(path, nullable ? 'expected a span or null' : 'expected a span');
    return;
  }
  const { start, end, text } = v;
  const startOk = Number.isSafeInteger(start) && (start as number) >= 0;
  const endOk = Number.isSafeInteger(end) && (end as number) >= 0;
  if (!startOk) p.add(at(path, 'start'), 'expected a whole number >= 0');
  if (!endOk) p.add(at(path, 'end'), 'expected a whole number >= 0');
  string(p, at(path, 'text'), text, 1);
  if (startOk && endOk && typeof text === 'string' && (end as number) - (start as number) !== text.length) {
    p.add(path, 'end - start must equal text.length');
  }
}

function dating(p: Problems, path: Path, v: unknown): void {
  if (!isObject(v)) {
    p.add(path, 'expected a date');
    return;
  }
  day(p, at(path, 'start'), v['start'], false);
  day(p, at(path, 'end'), v['end'], true);
  if (!PRECISIONS.has(v['precision'] as string)) p.add(at(path, 'precision'), 'expected day, month, year, approximate or reported');
}

function source(p: Problems, path: Path, v: unknown): void {
  if (!isObject(v)) {
    p.add(path, 'expected a source');
    return;
  }
  string(p, at(path, 'docId'), v['docId'], 1);
  span(p, at(path, 'quote'), v['quote'], false);
  span(p, at(path, 'datePhrase'), v['datePhrase'], true);
  const timex = v['timexValue'];
  if (timex !== undefined && timex !== null && typeof timex !== 'string') p.add(at(path, 'timexValue'), 'expected a string or null');
  dating(p, at(path, 'date'), v['date']);
}

function event(p: Problems, path: Path, v: unknown): void {
  if (!isObject(v)) {
    p.add(path, 'expected an event');
    return;
  }
  id(p, at(path, 'id'), v['id']);
  ids(p, at(path, 'aliases'), v['aliases']);
  string(p, at(path, 'title'), v['title'], 1);
  day(p, at(path, 'start'), v['start'], false);
  day(p, at(path, 'end'), v['end'], true);
  if (!PRECISIONS.has(v['precision'] as string)) p.add(at(path, 'precision'), 'expected day, month, year, approximate or reported');
  if (!TIMINGS.has(v['timing'] as string)) p.add(at(path, 'timing'), 'expected past, ongoing or future');
  if (typeof v['uncertain'] !== 'boolean') p.add(at(path, 'uncertain'), 'expected true or false');
  const salience = v['salience'];
  if (typeof salience !== 'number' || !(salience >= 0 && salience <= 1)) p.add(at(path, 'salience'), 'expected a number in [0, 1]');
  ids(p, at(path, 'actors'), v['actors']);
  const sources = v['sources'];
  if (!Array.isArray(sources)) p.add(at(path, 'sources'), 'expected an array');
  else if (sources.length === 0) p.add(at(path, 'sources'), 'expected at least one source');
  else for (let i = 0; i < sources.length; i++) source(p, at(at(path, 'sources'), i), sources[i]);
  const stages = v['stages'];
  if (stages !== undefined) {
    if (!Array.isArray(stages)) p.add(at(path, 'stages'), 'expected an array');
    else for (let i = 0; i < stages.length; i++) if (typeof stages[i] !== 'string') p.add(at(at(path, 'stages'), i), 'expected a string');
  }
}

function isHttpUrl(v: string): boolean {
  if (!/^https?:\/\//i.test(v)) return false;
  try {
    new URL(v);
    return true;
  } catch {
    return false;
  }
}

/** A document record; `withText: false` checks a document's metadata (the split layout's index). */
export function document(p: Problems, path: Path, v: unknown, withText = true): void {
  if (!isObject(v)) {
    p.add(path, 'expected a document');
    return;
  }
  string(p, at(path, 'id'), v['id'], 1);
  string(p, at(path, 'path'), v['path'], 1);
  string(p, at(path, 'title'), v['title'], 1);
  day(p, at(path, 'published'), v['published'], false);
  if (withText) string(p, at(path, 'text'), v['text'], 0);
  const url = v['source'];
  if (url !== undefined && (typeof url !== 'string' || !isHttpUrl(url))) p.add(at(path, 'source'), 'source must be an http(s) URL');
  const publisher = v['publisher'];
  if (publisher !== undefined && typeof publisher !== 'string') p.add(at(path, 'publisher'), 'expected a string');
}

export function actor(p: Problems, path: Path, v: unknown): void {
  if (!isObject(v)) {
    p.add(path, 'expected an actor');
    return;
  }
  id(p, at(path, 'id'), v['id']);
  string(p, at(path, 'name'), v['name'], 1);
  if (!KINDS.has(v['kind'] as string)) p.add(at(path, 'kind'), 'expected person, organization or place');
  const aliases = v['aliases'];
  if (!Array.isArray(aliases)) p.add(at(path, 'aliases'), 'expected an array');
  else for (let i = 0; i < aliases.length; i++) if (typeof aliases[i] !== 'string') p.add(at(at(path, 'aliases'), i), 'expected a string');
  const count = v['events'];
  if (!Number.isSafeInteger(count) || (count as number) < 0) p.add(at(path, 'events'), 'expected a whole number >= 0');
}

export function warning(p: Problems, path: Path, v: unknown): void {
  if (!isObject(v)) {
    p.add(path, 'expected a warning');
    return;
  }
  string(p, at(path, 'file'), v['file'], 0);
  string(p, at(path, 'reason'), v['reason'], 0);
  if (v['stage'] !== undefined && typeof v['stage'] !== 'string') p.add(at(path, 'stage'), 'expected a string');
}

export function list(p: Problems, path: Path, v: unknown, each: (p: Problems, path: Path, v: unknown) => void): void {
  if (!Array.isArray(v)) {
    p.add(path, 'expected an array');
    return;
  }
  for (let i = 0; i < v.length && !p.full; i++) each(p, at(path, i), v[i]);
}

/** Untrusted JSON -> a Corpus, or the problems found (at most 50), without zod. */
export function checkCorpus(input: unknown): CorpusParseResult {
  const p = new Problems();
  if (!isObject(input)) return { ok: false, errors: ['(root): expected an object'] };
  if (input['version'] !== 2) p.add(at(ROOT, 'version'), 'expected 2');
  list(p, at(ROOT, 'documents'), input['documents'], document);
  list(p, at(ROOT, 'events'), input['events'], event);
  list(p, at(ROOT, 'actors'), input['actors'], actor);
  if (input['warnings'] !== undefined) list(p, at(ROOT, 'warnings'), input['warnings'], warning);
  if (p.list.length > 0) return { ok: false, errors: p.list };
  const corpus = (input['warnings'] === undefined ? { ...input, warnings: [] } : input) as unknown as Corpus;
  const errors = checkTraceability(corpus);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, corpus };
}
