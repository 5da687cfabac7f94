/**
 * Archive text as it is read: leftover HTML entities decoded ("&amp;" -> "&", "&#8212;" -> "—") and, in
 * tokenized newswire (Penn Treebank style, as in TimeBank), the tokens turned back into text: `` and ''
 * into “ ”, -LRB- -RRB- into ( ), and the spaces before punctuation removed ("the bill , officials said ."
 * -> "the bill, officials said."). Done once when the document is read, so the stored text is what the
 * reader sees and every offset indexes it; plain prose passes through unchanged.
 */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', deg: '°',
  eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ',
  ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', euro: '€', pound: '£', middot: '·', bull: '•', times: '×',
};

function decodeEntity(whole: string, body: string): string {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    // Not NUL, not a lone surrogate, not past Unicode: those stay as written.
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  }
  return NAMED[body] ?? whole;
}

const PTB: ReadonlyArray<[RegExp, string]> = [
  [/(^|[ \t])``(?=[ \t]|$)/gm, '$1“'],
  [/(^|[ \t])''(?=[ \t]|$)/gm, '$1”'],
  [/-LRB-/g, '('], [/-RRB-/g, ')'], [/-LSB-/g, '['], [/-RSB-/g, ']'], [/-LCB-/g, '{'], [/-RCB-/g, '}'],
];

/** Tokenized text: Penn Treebank brackets or quotes, or several " , " / " . " token gaps. */
function isTokenized(text: string): boolean {
  if (/-[LR][RSC]B-|(?:^|[ \t])``[ \t]/m.test(text)) return true;
  let gaps = 0;
  for (const _ of text.matchAll(/\S [,.;:](?= |$)/gm)) if (++gaps >= 3) return true;
  return false;
}

export function normalizeArchiveText(text: string): string {
  let out = text.includes('&') ? text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity) : text;
  if (!isTokenized(out)) return out;
  for (const [pattern, replacement] of PTB) out = out.replace(pattern, replacement);
  return out
    .replace(/(?<=\S)[ \t]+(?=[,.;:!?%)\]}”’](?:\s|$))/g, '') // "bill , officials" -> "bill, officials"
    .replace(/(?<=\S)[ \t]+(?=(?:n't|'s|'re|'ve|'ll|'d|'m)\b)/g, '') // "do n't" -> "don't"
    .replace(/(?<=(?:^|\s)[([{“])[ \t]+/gm, ''); // "( AP" -> "(AP"
}
