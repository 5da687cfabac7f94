import { checkCorpus } from '../domain/corpus-check.ts';
import type { Corpus } from '../domain/corpus.ts';

export type CorpusLoadResult = { ok: true; corpus: Corpus } | { ok: false; reason: string };

export interface LoadCorpusOptions {
  /** Where the corpus lives; the app passes `new URL('corpus.json', document.baseURI)`. */
  url: URL;
  fetch?: typeof fetch;
  signal?: AbortSignal;
}

/** How many schema errors the alert lists before it says "and N more". */
const SHOWN_ERRORS = 5;

/**
 * Fetches and validates the corpus, turning every failure into one human-readable reason (the app
 * shows it in an alert). The whole corpus comes in one request today; a later compact index + text
 * on demand would add a second loader with the same result type, so callers do not change.
 */
export async function loadCorpus({ url, fetch: fetchImpl = fetch, signal }: LoadCorpusOptions): Promise<CorpusLoadResult> {
  const name = url.pathname.split('/').pop() || url.href;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' }, cache: 'no-cache' });
  } catch (error) {
    if (signal?.aborted) throw error; // the caller moved on; not a failure to show
    return { ok: false, reason: `Could not load ${name}: ${messageOf(error)}` };
  }
  if (!response.ok) {
    return { ok: false, reason: `Could not load ${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: `${name} is not valid JSON: ${messageOf(error)}` };
  }
  const parsed = checkCorpus(json);
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, SHOWN_ERRORS).join('; ');
    const more = parsed.errors.length > SHOWN_ERRORS ? ` (and ${parsed.errors.length - SHOWN_ERRORS} more)` : '';
    return { ok: false, reason: `${name} is not a valid corpus: ${shown}${more}` };
  }
  return { ok: true, corpus: parsed.corpus };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
