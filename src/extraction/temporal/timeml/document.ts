import type { TemporalMention, TimexType } from '../types.ts';

/**
 * TimeML (TempEval-3 task format) reading and writing, on strings only. The TEXT of a document is
 * reduced to plain text (every tag stripped, entities unescaped) with its TIMEX3 annotations kept
 * as offsets into that plain text; writing inserts TIMEX3 tags into the escaped plain text, so
 * stripping them again gives the plain text back exactly.
 */

export interface TimemlTimex {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

export interface TimemlDocument {
  /** The DCT value (`YYYY-MM-DD...`). */
  dct: string;
  /** The `<DCT>...</DCT>` element as written in the source, to copy into the output unchanged. */
  dctElement: string;
  docId?: string;
  text: string;
  timexes: TimemlTimex[];
}

export class TimemlError extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const MARKUP = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!--[\s\S]*?-->|&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (all, name: string) => decodeEntity(name) ?? all);
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name];
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;');
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(raw); m; m = ATTRIBUTE.exec(raw)) {
    out[m[1] ?? ''] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Strips every tag from a TimeML TEXT body, keeping TIMEX3 spans as plain-text offsets. */
export function parseTextBody(body: string): { text: string; timexes: TimemlTimex[] } {
  let text = '';
  let last = 0;
  const timexes: TimemlTimex[] = [];
  const open: { start: number; attrs: Record<string, string> }[] = [];
  MARKUP.lastIndex = 0;
  const raw = (segment: string): string => {
    if (segment.includes('<')) throw new TimemlError('malformed markup in TEXT');
    return segment;
  };
  for (let m = MARKUP.exec(body); m; m = MARKUP.exec(body)) {
    text += raw(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[5] !== undefined) {
      text += decodeEntity(m[5]) ?? m[0];
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '/') {
      const o = open.pop();
      if (!o) throw new TimemlError(`unbalanced </TIMEX3> at offset ${m.index}`);
      const timex: TimemlTimex = { start: o.start, end: text.length, type: o.attrs.type ?? '', value: o.attrs.value ?? '' };
      if (o.attrs.mod) timex.mod = o.attrs.mod;
      timexes.push(timex);
    } else if (m[4] !== '/') {
      open.push({ start: text.length, attrs: attributes(m[3] ?? '') });
    }
  }
  text += raw(body.slice(last));
  if (open.length > 0) throw new TimemlError('unclosed <TIMEX3>');
  timexes.sort((a, b) => a.start - b.start);
  return { text, timexes };
}

export function parseTimeml(xml: string): TimemlDocument {
  const dctMatch = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  if (!dctMatch) throw new TimemlError('no <DCT> element');
  const dctValue = /<TIMEX3\b[^>]*\bvalue\s*=\s*"([^"]*)"/.exec(dctMatch[1] ?? '')?.[1];
  if (!dctValue || !/^\d{4}-\d{2}-\d{2}/.test(dctValue)) throw new TimemlError('the DCT has no YYYY-MM-DD value');
  const textMatch = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml);
  if (!textMatch) throw new TimemlError('no <TEXT> element');
  const { text, timexes } = parseTextBody(textMatch[1] ?? '');
  const docId = /<DOCID>([\s\S]*?)<\/DOCID>/.exec(xml)?.[1]?.trim();
  const doc: TimemlDocument = { dct: dctValue.slice(0, 10), dctElement: dctMatch[0], text, timexes };
  if (docId) doc.docId = unescapeXml(docId);
  return doc;
}

export interface TimexToWrite {
  start: number;
  end: number;
  type: TimexType | string;
  value: string;
  mod?: string;
}

/** The TEXT body: the escaped plain text with `<TIMEX3>` tags around each (non-overlapping) mention. */
function writeTextBody(text: string, mentions: readonly TimexToWrite[], firstTid = 1): string {
  let out = '';
  let last = 0;
  let tid = firstTid;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < last || m.end > text.length || m.end <= m.start) {
      throw new TimemlError(`mention [${m.start}, ${m.end}) overlaps another or lies outside the text`);
    }
    out += escapeXml(text.slice(last, m.start));
    const mod = m.mod ? ` mod="${escapeAttribute(m.mod)}"` : '';
    out += `<TIMEX3 tid="t${tid++}" type="${escapeAttribute(m.type)}" value="${escapeAttribute(m.value)}"${mod}>`;
    out += escapeXml(text.slice(m.start, m.end));
    out += '</TIMEX3>';
    last = m.end;
  }
  return out + escapeXml(text.slice(last));
}

export function writeTimeml(doc: Pick<TimemlDocument, 'dctElement' | 'docId' | 'text'>, mentions: readonly (TemporalMention | TimexToWrite)[]): string {
  const docId = doc.docId ? `<DOCID>${escapeXml(doc.docId)}</DOCID>\n` : '';
  // tids continue after the DCT's own (conventionally t0).
  return [
    '<?xml version="1.0" ?>',
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
    `${docId}${doc.dctElement}`,
    `<TEXT>${writeTextBody(doc.text, mentions)}</TEXT>`,
    '</TimeML>',
    '',
  ].join('\n');
}
