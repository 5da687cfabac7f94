import { checkCorpus } from '../domain/corpus-check.ts';
import type { Corpus } from '../domain/corpus.ts';

export type CorpusLoadResult = { ok: true; corpus: Corpus } | { ok: false; reason: string };

export interface LoadCorpusOptions {
  /** Where the corpus lives; the app passes `new URL('corpus.json', document.baseURI)`. */
  url: URL;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** `no-cache` for files whose name stays (corpus.json); the split layout's hashed files use the default. */
  cache?: RequestCache;
}

/** How many schema errors the alert lists before it says "and N more". */
const SHOWN_ERRORS = 5;

export const fileNameOf = (url: URL): string => url.pathname.split('/').pop() || url.href;

/**
 * Fetches a JSON file, turning every failure into one human-readable reason (the app shows it in an
 * alert). Rejects only when `signal` aborted (the caller moved on; not a failure to show).
 */
export async function fetchJson({ url, fetch: fetchImpl = fetch, signal, cache = 'no-cache' }: LoadCorpusOptions): Promise<{ ok: true; json: unknown } | { ok: false; reason: string }> {
  const name = fileNameOf(url);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' }, cache });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: `Could not load ${name}: ${messageOf(error)}` };
  }
  if (!response.ok) {
    return { ok: false, reason: `Could not load ${name}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
  }
  try {
    return { ok: true, json: JSON.parse(await response.text()) };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, reason: `${name} is not valid JSON: ${messageOf(error)}` };
  }
}

/** The reason shown for a file that parsed but broke the rules: its first problems, and how many more. */
export function invalidReason(name: string, what: string, errors: readonly string[]): string {
  const shown = errors.slice(0, SHOWN_ERRORS).join('; ');
  const more = errors.length > SHOWN_ERRORS ? ` (and ${errors.length - SHOWN_ERRORS} more)` : '';
  return `${name} is not a valid ${what}: ${shown}${more}`;
}

/** Parsed JSON -> a checked corpus, or the reason it is not one. */
export function corpusFromJson(json: unknown, name: string): CorpusLoadResult {
  const parsed = checkCorpus(json);
  return parsed.ok ? { ok: true, corpus: parsed.corpus } : { ok: false, reason: invalidReason(name, 'corpus', parsed.errors) };
}

/** Fetches and validates a whole-file corpus (`corpus.json`). */
export async function loadCorpus(options: LoadCorpusOptions): Promise<CorpusLoadResult> {
  const fetched = await fetchJson(options);
  return fetched.ok ? corpusFromJson(fetched.json, fileNameOf(options.url)) : fetched;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
