import type { Corpus, CorpusWarning } from './corpus.ts';

/**
 * The parts of the corpus contract the app needs at run time, without the schema library: the file
 * names, the dev server's update event and the traceability rule. `corpus.ts` (zod) re-exports them
 * for the CLI and tests; the app imports them from here so zod stays out of its bundle.
 */

/**
 * How the corpus reaches the app, shared by the Vite plugin (src/cli) and the app's loader (src/app),
 * which may not import each other: the file name next to `index.html`, and the dev server's custom
 * HMR event after a document changed (the app then refetches the file).
 */
export const CORPUS_FILE = 'corpus.json';
export const CORPUS_UPDATED_EVENT = 'sourceline:corpus-updated';

/**
 * An absolute http(s) URL as written ("https://…"): the one test of a document's `source`, shared by
 * extraction (which drops any other value with a note) and this schema, so extraction can never write a
 * source the app rejects ("https:🎉//x" parses as a URL but is no link).
 */
export function isHttpUrl(value: string): boolean {
  // No whitespace or control characters anywhere (code points below 0x20).
  if (!/^https?:\/\/[^\s/?#]+/i.test(value) || /\s/.test(value) || [...value].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether a warning is about a file left out of the corpus (its reason ends "; skipped"), not a note on a kept one. */
export function isSkippedFile(warning: CorpusWarning): boolean {
  return warning.reason.endsWith('; skipped');
}

/** Every quote and date phrase must equal `text.slice(start, end)` of its document. */
export function checkTraceability(corpus: Pick<Corpus, 'documents' | 'events'>): string[] {
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const errors: string[] = [];
  for (const event of corpus.events) {
    for (const source of event.sources) {
      const text = texts.get(source.docId);
      if (text === undefined) {
        errors.push(`event ${event.id}: unknown document ${source.docId}`);
        continue;
      }
      for (const [name, span] of [['quote', source.quote], ['datePhrase', source.datePhrase]] as const) {
        if (span && text.slice(span.start, span.end) !== span.text) {
          errors.push(`event ${event.id}: ${name} [${span.start}, ${span.end}) is not a verbatim slice of ${source.docId}`);
        }
      }
    }
  }
  return errors;
}
