/**
 * Bidi isolation for text composed into one string (a message, an attribute, an accessible name,
 * an announcement), where markup (`<bdi>`, `dir="auto"`) cannot isolate it: a right-to-left title or
 * an override character in a document ("\u202Ecilbup") then stays inside its own run and cannot
 * reorder the words of the message around it. Here, below every layer, so the messages module can
 * isolate every document- or link-derived argument where it composes it.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps text in First Strong Isolate … Pop Directional Isolate. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}
