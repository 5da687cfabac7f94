import { checkIndex } from '../domain/corpus-split.ts';
import type { IndexColumns } from '../domain/index-columns.ts';
import type { LoadResult } from './corpus-source.ts';
import { fetchJson, fileNameOf, invalidReason, messageOf } from './load-corpus.ts';

/** What the page asks the index worker, and what it answers. */
export interface IndexRequest {
  url: string;
}
export type IndexReply = LoadResult<IndexColumns>;

/**
 * The split layout's index file fetched, parsed and checked, as columns: in this thread. The index
 * worker runs the same function; its reasons are the ones a failed load shows.
 */
export async function readIndexFile(url: URL, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<IndexReply> {
  // Content-hashed: the browser's cache may keep it as long as it likes.
  const fetched = await fetchJson({ url, fetch: fetchImpl, cache: 'default', ...(signal ? { signal } : {}) });
  if (!fetched.ok) return fetched;
  const checked = checkIndex(fetched.json);
  return checked.ok ? { ok: true, value: checked.columns } : { ok: false, reason: invalidReason(fileNameOf(url), 'corpus index', checked.errors) };
}

/**
 * `readIndexFile` in a worker (src/app/index-worker.ts), so the page's main thread neither parses
 * 25 MB of JSON nor checks 100,000 events (together 1-3 s of a loaded profile at 100,000 events) and
 * receives the columns with their buffers transferred. Where workers cannot run (a test, a page that
 * refuses them), or the worker fails to start, the same work runs in this thread.
 */
export function readIndexOffThread(url: URL, signal?: AbortSignal): Promise<IndexReply> {
  if (typeof Worker === 'undefined') return readIndexFile(url, fetch, signal);
  return new Promise<IndexReply>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./index-worker.ts', import.meta.url), { type: 'module', name: 'sourceline-index' });
    } catch {
      resolve(readIndexFile(url, fetch, signal));
      return;
    }
    const finish = (): void => {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    };
    const abort = (): void => {
      finish();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('aborted', 'AbortError'));
    };
    if (signal?.aborted) {
      abort();
      return;
    }
    signal?.addEventListener('abort', abort);
    worker.onmessage = (message: MessageEvent<IndexReply>) => {
      finish();
      resolve(message.data);
    };
    worker.onerror = (error: ErrorEvent) => {
      // The worker could not start or crashed: the same work here, so the corpus still loads.
      error.preventDefault();
      finish();
      console.warn(`The index worker failed (${messageOf(error.message || error)}); reading the index on the page.`);
      resolve(readIndexFile(url, fetch, signal));
    };
    worker.postMessage({ url: url.href } satisfies IndexRequest);
  });
}
