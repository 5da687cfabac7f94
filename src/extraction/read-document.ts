import { isMap, isScalar, parseDocument } from 'yaml';
import { isIsoDay } from '../domain/calendar.ts';
import { isHttpUrl } from '../domain/corpus-contract.ts';
import type { SourceDocument } from '../domain/corpus.ts';
import { normalizeArchiveText } from './archive-text.ts';
import { MAX_DOCUMENT_BYTES } from './document-size.ts';
import { splitSentenceSpans } from './stages/split-sentences.ts';

/**
 * Bytes of one file -> a document, or the reason it cannot be one. Documents are untrusted: they
 * must be UTF-8 text (no NUL bytes), carry a real publication date, and have a body. Two formats:
 * - seed text: optional leading whitespace, `date YYYY-MM-DD`, then the body (same line or next);
 * - Markdown with YAML front matter: `title`, `date` (required), optional `source` (http/https
 *   URL) and `publisher`.
 * A problem with an optional field (a `source` that is not an http(s) URL) drops the field and is
 * reported as a note; a problem with the document itself skips it.
 */

export type ReadResult =
  | { ok: true; document: SourceDocument; notes: string[] }
  | { ok: false; reason: string };

export const MAX_DOCUMENT_TITLE = 80;
/** A front-matter title is the author's, so it may be longer than a derived one, but not unbounded. */
export const MAX_FRONT_MATTER_TITLE = 200;
export { MAX_DOCUMENT_BYTES };
/** Front matter is a few lines of metadata; more than this is not a document's header. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** File name without directory and extension: `seeds/000_x.txt` -> `000_x`. */
export function documentIdOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * `text` shortened to at most `max` characters (UTF-16 units, the ellipsis included) at a word boundary
 * when there is one in the second half, else at a code point boundary (never between the halves of a
 * surrogate pair), with "…".
 */
export function limitLength(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const room = max - 1;
  const space = flat.lastIndexOf(' ', room);
  let cut = space > room / 2 ? space : room;
  const code = flat.charCodeAt(cut - 1);
  if (cut === room && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let head = flat.slice(0, cut);
  // Trailing punctuation before the ellipsis; a loop, not /[...]+$/, which is quadratic on long runs.
  let end = head.length;
  while (end > 0 && /[\s,;:—–-]/.test(head[end - 1] ?? '')) end--;
  head = head.slice(0, end);
  return `${head === '' ? flat.slice(0, cut) : head}…`;
}

/** A title from the first sentence, cut at a word boundary to `MAX_DOCUMENT_TITLE` with "…". */
export function titleFromText(text: string): string {
  const first = splitSentenceSpans(text.slice(0, 4 * MAX_DOCUMENT_TITLE))[0];
  return limitLength(first ? text.slice(first.start, first.end) : text.slice(0, 4 * MAX_DOCUMENT_TITLE), MAX_DOCUMENT_TITLE);
}

function decode(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { reason: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB), not a news article` };
  // UTF-16 with a byte order mark (Windows Notepad's "Unicode"): decoded, since the BOM says what it is.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 !== undefined) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) }; // strips the BOM
    } catch {
      return { reason: `not valid ${utf16.toUpperCase()} text (it starts with a UTF-16 byte order mark; save the file as UTF-8)` };
    }
  }
  if (bytes.includes(0)) {
    // Without a BOM, UTF-16 shows as text with every other byte NUL.
    const nulOdd = bytes.length >= 4 && bytes.every((b, i) => (i % 2 === 1) === (b === 0) || i % 2 === 0);
    const nulEven = bytes.length >= 4 && bytes.every((b, i) => (i % 2 === 0) === (b === 0) || i % 2 === 1);
    if (nulOdd || nulEven) return { reason: `looks like UTF-16 text without a byte order mark (save the file as UTF-8)` };
    return { reason: 'binary file (contains NUL bytes), not a text document' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also strips a BOM
    return { text };
  } catch {
    return { reason: 'not valid UTF-8 text (save the file as UTF-8)' };
  }
}

function checkDate(raw: string, where: string): { date: string } | { reason: string } {
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { reason: `${where} "${shown}" is not a YYYY-MM-DD date` };
  if (raw.startsWith('0000')) return { reason: `${where} ${raw} is outside the years 0001 to 9999` };
  if (!isIsoDay(raw)) return { reason: `${where} ${raw} is not a real calendar day` };
  return { date: raw };
}

/** A YAML timestamp as written ("2022-12-24T01:30:00+05:00") -> the calendar day written, never shifted by a time zone. */
function dayWritten(raw: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[Tt ]|$)/.exec(raw);
  return m?.[1] ?? raw;
}


const FRONT_MATTER_OPEN = /^---[ \t]*\n/;
const FRONT_MATTER_CLOSE = /^---[ \t]*$/m;
const SEED_HEADER = /^[ \t\n]*date[ \t]+(\S+)[ \t]*\n?[ \t]*/;
/** Tags with the meaning YAML's core schema gives plain values anyway; any other tag is refused. */
const NOT_A_SCALAR = Symbol('not a scalar');
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * The front matter's fields as plain values, or why it is not usable. YAML's core schema (no
 * timestamps, no custom types); a field with any other explicit tag (`!!js/function`, `!!binary`,
 * `!custom`) is dropped with a note, except `!!timestamp` on a value, which is read as the day written.
 * Duplicate keys are found here (the library's own check is quadratic in the number of keys).
 */
function parseFrontMatter(source: string): { fields: Map<string, unknown>; notes: string[] } | { reason: string } {
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { reason: `front matter is not valid YAML: ${error.message.split('\n')[0] ?? ''}` };
  if (!isMap(doc.contents)) return { reason: 'front matter must be a YAML mapping (title, date, source, publisher)' };
  const fields = new Map<string, unknown>();
  const notes: string[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) return { reason: 'front matter keys must be plain words' };
    if (fields.has(key)) return { reason: `front matter has the key \`${key.slice(0, 40)}\` twice` };
    const value = pair.value;
    const tag = value !== null && typeof value === 'object' && 'tag' in value ? value.tag : undefined;
    if (isScalar(value) && tag === 'tag:yaml.org,2002:timestamp') {
      fields.set(key, typeof value.source === 'string' ? dayWritten(value.source.trim()) : undefined);
    } else if (typeof tag === 'string' && !PLAIN_TAGS.has(tag)) {
      notes.push(`front matter \`${key.slice(0, 40)}\` has the YAML tag ${tag.replace('tag:yaml.org,2002:', '!!').slice(0, 40)}, which is not supported; ignored`);
      fields.set(key, undefined);
    } else {
      // Only scalars are used (title, date, source, publisher); a list or mapping stands for "not a string".
      fields.set(key, isScalar(value) ? value.value : value === null ? null : NOT_A_SCALAR);
    }
  }
  return { fields, notes };
}

function readFrontMatter(path: string, text: string, yamlSource: string, bodyStart: number): ReadResult {
  const parsed = parseFrontMatter(yamlSource);
  if ('reason' in parsed) return { ok: false, reason: parsed.reason };
  const { fields } = parsed;
  const rawDate = fields.get('date');
  const dateText = typeof rawDate === 'string' ? dayWritten(rawDate.trim()) : undefined;
  if (dateText === undefined) return { ok: false, reason: 'front matter has no `date: YYYY-MM-DD`' };
  const date = checkDate(dateText, 'front matter date');
  if ('reason' in date) return { ok: false, reason: date.reason };
  const body = trimBody(text.slice(bodyStart));
  if (body === '') return { ok: false, reason: 'no text after the front matter' };
  const notes = [...parsed.notes];
  const title = fields.get('title');
  const source = fields.get('source');
  const publisher = fields.get('publisher');
  const document: SourceDocument = {
    id: documentIdOf(path),
    path,
    title: typeof title === 'string' && title.trim() !== '' ? limitLength(title, MAX_FRONT_MATTER_TITLE) : titleFromText(body),
    published: date.date,
    text: body,
  };
  if (typeof source === 'string' && isHttpUrl(source.trim())) document.source = source.trim();
  else if (source !== undefined && source !== null) notes.push('front matter `source` is not an http(s) URL; ignored');
  if (typeof title === 'string' && title.replace(/\s+/g, ' ').trim().length > MAX_FRONT_MATTER_TITLE) {
    notes.push(`front matter \`title\` is longer than ${MAX_FRONT_MATTER_TITLE} characters; shortened`);
  }
  if (typeof publisher === 'string' && publisher.trim() !== '') document.publisher = limitLength(publisher, MAX_FRONT_MATTER_TITLE);
  return { ok: true, document, notes };
}

/**
 * Body text as stored: leading and trailing whitespace removed (offsets index this string). `trim()`,
 * not `/\s+$/`, which backtracks quadratically over a long run of inner spaces.
 */
function trimBody(body: string): string {
  return body.trim();
}

export function readDocument(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if ('reason' in decoded) return { ok: false, reason: decoded.reason };
  const text = normalizeArchiveText(decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  const open = FRONT_MATTER_OPEN.exec(text);
  if (open) {
    const rest = text.slice(open[0].length, open[0].length + MAX_FRONT_MATTER_CHARS + 8);
    const close = FRONT_MATTER_CLOSE.exec(rest);
    if (!close) {
      return { ok: false, reason: rest.length > MAX_FRONT_MATTER_CHARS ? `front matter is not closed within ${MAX_FRONT_MATTER_CHARS / 1024} KB (a line \`---\` ends it)` : 'front matter is not closed (no line `---` after it)' };
    }
    const yamlSource = rest.slice(0, close.index).replace(/\n$/, '');
    const bodyStart = open[0].length + close.index + close[0].length;
    return readFrontMatter(path, text, yamlSource, bodyStart);
  }
  const header = SEED_HEADER.exec(text);
  if (!header || header[1] === undefined) {
    return { ok: false, reason: 'no `date YYYY-MM-DD` header at the start (and no YAML front matter with a date)' };
  }
  const date = checkDate(header[1], 'date header');
  if ('reason' in date) return { ok: false, reason: date.reason };
  const body = trimBody(text.slice(header[0].length));
  if (body === '') return { ok: false, reason: 'no text after the date header' };
  return {
    ok: true,
    document: { id: documentIdOf(path), path, title: titleFromText(body), published: date.date, text: body },
    notes: [],
  };
}
