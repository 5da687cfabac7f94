import { parse as parseYaml } from 'yaml';
import { isIsoDay } from '../domain/calendar.ts';
import type { SourceDocument } from '../domain/corpus.ts';
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

/** File name without directory and extension: `seeds/000_x.txt` -> `000_x`. */
export function documentIdOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A title from the first sentence, cut at a word boundary to `MAX_DOCUMENT_TITLE` with "…". */
export function titleFromText(text: string): string {
  const first = splitSentenceSpans(text)[0];
  const sentence = (first ? text.slice(first.start, first.end) : text).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_DOCUMENT_TITLE) return sentence;
  const cut = sentence.lastIndexOf(' ', MAX_DOCUMENT_TITLE);
  return `${sentence.slice(0, cut > 0 ? cut : MAX_DOCUMENT_TITLE).replace(/[\s,;:—–-]+$/, '')}…`;
}

function decode(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.length === 0) return { reason: 'empty file' };
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes), not a text document' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also strips a BOM
    return { text };
  } catch {
    return { reason: 'not valid UTF-8 text (save the file as UTF-8)' };
  }
}

function checkDate(raw: string, where: string): { date: string } | { reason: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return { reason: `${where} "${raw}" is not a YYYY-MM-DD date` };
  if (!isIsoDay(raw)) return { reason: `${where} ${raw} is not a real calendar day` };
  return { date: raw };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const SEED_HEADER = /^\s*date[ \t]+(\S+)[ \t]*(?:\r?\n)?[ \t]*/;

function readFrontMatter(path: string, text: string, yamlSource: string, bodyStart: number): ReadResult {
  let meta: unknown;
  try {
    meta = parseYaml(yamlSource);
  } catch (error) {
    return { ok: false, reason: `front matter is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
    return { ok: false, reason: 'front matter must be a YAML mapping (title, date, source, publisher)' };
  }
  const fields = new Map(Object.entries(meta));
  const rawDate = fields.get('date');
  const dateText = rawDate instanceof Date ? rawDate.toISOString().slice(0, 10) : typeof rawDate === 'string' ? rawDate.trim() : undefined;
  if (dateText === undefined) return { ok: false, reason: 'front matter has no `date: YYYY-MM-DD`' };
  const date = checkDate(dateText, 'front matter date');
  if ('reason' in date) return { ok: false, reason: date.reason };
  const body = trimBody(text.slice(bodyStart));
  if (body === '') return { ok: false, reason: 'no text after the front matter' };
  const notes: string[] = [];
  const title = fields.get('title');
  const source = fields.get('source');
  const publisher = fields.get('publisher');
  const document: SourceDocument = {
    id: documentIdOf(path),
    path,
    title: typeof title === 'string' && title.trim() !== '' ? title.trim() : titleFromText(body),
    published: date.date,
    text: body,
  };
  if (typeof source === 'string' && isHttpUrl(source.trim())) document.source = source.trim();
  else if (source !== undefined && source !== null) notes.push('front matter `source` is not an http(s) URL; ignored');
  if (typeof publisher === 'string' && publisher.trim() !== '') document.publisher = publisher.trim();
  return { ok: true, document, notes };
}

/** Body text as stored: trailing whitespace removed (offsets index this string). */
function trimBody(body: string): string {
  return body.replace(/^\s+/, '').replace(/\s+$/, '');
}

export function readDocument(path: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if ('reason' in decoded) return { ok: false, reason: decoded.reason };
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  const fm = FRONT_MATTER.exec(text);
  if (fm) return readFrontMatter(path, text, fm[1] ?? '', fm[0].length);
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
