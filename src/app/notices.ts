import { M } from '../i18n/messages.ts';
import type { UrlNotice } from '../url-state/url-params.ts';

/** The most dropped parameters a notice names before "and N more". */
const NAMED = 4;

/**
 * What the page says about a link: the dropped parameters merged into one line ("3 parts of the link
 * were ignored: …", at most NAMED of them named, however many a hostile link carries), then what
 * the corpus could not give (each its own line).
 */
export function mergeNotices(dropped: readonly UrlNotice[], resolved: readonly string[]): string[] {
  const lines: string[] = [];
  if (dropped.length === 1 && dropped[0]) {
    const n = dropped[0];
    lines.push(M.notices.ignoredOne(n.param, n.value, n.reason));
  } else if (dropped.length > 1) {
    const named = dropped.slice(0, NAMED).map((n) => M.notices.ignoredPart(n.param, n.value, n.reason));
    lines.push(M.notices.ignoredMany(dropped.length, named.join('; '), Math.max(0, dropped.length - NAMED)));
  }
  return [...lines, ...resolved];
}
