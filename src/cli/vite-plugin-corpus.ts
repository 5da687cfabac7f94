import { availableParallelism } from 'node:os';
import { relative, resolve, sep } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { indexDataOf } from '../domain/corpus-index.ts';
import { CORPUS_FILE, CORPUS_UPDATED_EVENT, type Corpus } from '../domain/corpus.ts';
import { buildSearchIndex, SEARCH_INDEX_FILE } from '../search/search-index.ts';
import { layoutFor, splitFiles } from './split-layout.ts';
import { assembleCorpus, DEFAULT_BUDGET, extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';
import { threadCpuClock, threadCpuMs, type ThreadTimes } from './thread-cpu-time.ts';
import { workerBundle } from './worker-bundle.ts';
import { displayPath, documentsDir, isDocumentFile, readDocumentsFolder, unreadableFiles } from './read-documents.ts';

/** Extracts one file off the request path; must resolve (never reject) with the file's share of the corpus. */
export type Extractor = (file: CorpusFile) => Promise<ExtractedFile>;

export interface CorpusPluginOptions {
  /** Documents folder; default `SOURCELINE_SEEDS` or `seeds/`, relative to the Vite root. */
  seedsDir?: string;
  /** How the dev server extracts a file; default: a piscina worker pool (tests pass their own). */
  extractor?: Extractor;
  /**
   * A dev-server extraction that has used this many ms of CPU time (its worker thread's, where Linux's
   * /proc gives it; else wall time) is stopped (its worker thread ended) and the file skipped with a
   * warning: the backstop behind the pipeline's own time budget (`cpuLimit`).
   */
  taskTimeoutMs?: number;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

const WORKER = fileURLToPath(new URL('./extract-worker.mjs', import.meta.url));
const BUNDLED_WORKER = fileURLToPath(new URL('./dev-extract-worker.ts', import.meta.url));

/** A worker that has not started its task after this many times the limit is given up (its file is not extracted). */
const START_FACTOR = 3;
/** However little CPU time it used, a task still running after this many times the limit in wall time is stopped. */
const WALL_FACTOR = 10;

const elapsed = (now: number | undefined, since: number): number | undefined => (now === undefined ? undefined : now - since);

/**
 * Calls `stop` with the reason once a running task has used `limitMs` of CPU time (`cpuSpent`: the CPU ms its
 * thread has used since the task started, undefined when it cannot be read: then wall time counts), or
 * `WALL_FACTOR` times that in wall time whatever its CPU time. Checked when the limit has passed in wall time,
 * and again when it could next have been reached (a thread's CPU time never grows faster than wall time).
 * Why CPU time: on this 2-core machine at load 14 a worker thread got 300 ms of CPU in 1,508 ms, so a
 * wall-clock limit stopped documents a loaded machine had merely kept waiting (src/cli/thread-cpu-time.ts).
 */
export function cpuLimit(limitMs: number, cpuSpent: () => number | undefined, stop: (reason: string) => void): { cancel: () => void } {
  const startedAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const wall = Date.now() - startedAt;
    const cpu = cpuSpent();
    if (cpu === undefined && wall >= limitMs) return stop(`extraction did not finish within ${seconds(limitMs)} and was stopped`);
    if (cpu !== undefined && cpu >= limitMs) return stop(`extraction used ${seconds(limitMs)} of CPU time without finishing and was stopped`);
    if (wall >= limitMs * WALL_FACTOR) return stop(`extraction did not finish within ${seconds(limitMs * WALL_FACTOR)} (${seconds(cpu ?? wall)} of CPU time) and was stopped`);
    timer = setTimeout(check, Math.max(1000, Math.min(limitMs - (cpu ?? wall), limitMs * WALL_FACTOR - wall)));
  };
  timer = setTimeout(check, limitMs);
  return { cancel: () => clearTimeout(timer) };
}

/** A worker pool for the dev server: extraction never runs on the thread that answers HTTP requests. */
function workerExtractor(timeoutMs: number): { extract: Extractor; close: () => Promise<void> } {
  // One core stays free for the server and the browser; at most four workers.
  const threads = Math.max(1, Math.min(4, availableParallelism() - 1));
  const pool = new Piscina({ maxThreads: threads, minThreads: 0, idleTimeout: 30_000 });
  // The prebuilt worker module (no TypeScript loader in the thread), else the one that loads the sources through tsx.
  const filename = workerBundle(BUNDLED_WORKER).then((bundled) => bundled ?? WORKER);
  // At most one task per thread is handed to piscina; the others wait here. Piscina queues tasks on a busy
  // thread, and when an overrunning task is aborted (its thread ended) the tasks queued behind it never
  // ran: every other file of a folder with one large document was lost ("stopped after 60 s" unread).
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const acquire = (): Promise<void> => {
    if (inFlight < threads) {
      inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next task
    else inFlight--;
  };
  const extract: Extractor = async (file) => {
    await acquire();
    const abort = new AbortController();
    let stopped: string | undefined;
    // The limit counts from the moment a worker starts this file, not from the request: a folder queues
    // its files behind one large document and the thread start-up (seconds on a loaded machine), and
    // timed from the queue every small file behind it was "stopped after 60 s" without being read.
    const { port1: started, port2 } = new MessageChannel();
    const stop = (reason: string): void => {
      stopped = reason;
      abort.abort();
    };
    let limit = { cancel: (): void => undefined };
    const notStarted = setTimeout(() => stop(`the extraction worker did not start within ${seconds(timeoutMs * START_FACTOR)}; the file was not extracted`), timeoutMs * START_FACTOR);
    started.once('message', (message: { thread?: ThreadTimes }) => {
      clearTimeout(notStarted);
      const thread = message.thread;
      limit = cpuLimit(timeoutMs, thread ? () => elapsed(threadCpuMs(thread.tid), thread.cpuMs) : () => undefined, stop);
    });
    try {
      return (await pool.run({ file, started: port2 }, { filename: await filename, signal: abort.signal, transferList: [port2] })) as ExtractedFile;
    } catch (error) {
      const reason = abort.signal.aborted
        ? (stopped ?? `extraction did not finish within ${seconds(timeoutMs)} and was stopped`)
        : `the extraction worker failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      return { ok: false, path: file.path, reason, stage: 'worker' };
    } finally {
      clearTimeout(notStarted);
      limit.cancel();
      started.close();
      release();
    }
  };
  return { extract, close: () => pool.destroy() };
}

/** Any extractor, held to the time limit and kept from rejecting. */
function guarded(extractor: Extractor, timeoutMs: number): Extractor {
  return (file) =>
    new Promise<ExtractedFile>((done) => {
      const timer = setTimeout(() => done({ ok: false, path: file.path, reason: `extraction did not finish within ${seconds(timeoutMs)} and was stopped`, stage: 'worker' }), timeoutMs);
      extractor(file).then(
        (result) => { clearTimeout(timer); done(result); },
        (error: unknown) => { clearTimeout(timer); done({ ok: false, path: file.path, reason: `extraction failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, stage: 'worker' }); },
      );
    });
}

/**
 * Serves the corpus to the app.
 *
 * Dev: `GET /corpus.json` answers from memory, never with HTTP 500. Extraction runs in worker threads
 * (piscina), so `index.html`, the scripts and `/corpus.json` answer while documents are (re-)extracted:
 * while a refresh runs, the last corpus is served and the custom HMR event `CORPUS_UPDATED_EVENT` tells
 * the app to refetch when it is done (only the very first request waits for the first extraction).
 * A refresh re-reads the folder and redoes only the files whose bytes changed; the others keep their
 * events. A document that throws, hangs past `taskTimeoutMs` or kills its worker is a skipped file with
 * a warning; an unreadable folder gives an empty corpus whose warning says so. Skipped documents are
 * printed in the server console and kept in `corpus.warnings` for the app to show.
 *
 * Build: `corpus.json` is emitted next to `index.html` in the output folder (extracted in-process: no
 * request is waiting), which `vite preview` serves as a static file.
 */
export function corpusPlugin(options: CorpusPluginOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  const rootOf = (): string => config?.root ?? process.cwd();
  const dirOf = (): string => (options.seedsDir ? resolve(rootOf(), options.seedsDir) : documentsDir(rootOf()));
  const timeoutMs = options.taskTimeoutMs ?? DEFAULT_BUDGET.maxMs * 2;
  /** The last extraction of each document file, by path, with the bytes it was made from. */
  let extracted = new Map<string, { bytes: Uint8Array; result: ExtractedFile }>();
  /** The search index of a corpus (browse: TEAM.md agreement 5), as served and emitted. */
  const searchIndexOf = (corpus: Corpus): string => JSON.stringify(buildSearchIndex(indexDataOf(corpus)));

  /** Folder -> corpus, each changed file through `extract`. Never throws. */
  const build = async (extract: Extractor, log: (message: string) => void): Promise<Corpus> => {
    let folder;
    try {
      folder = readDocumentsFolder(dirOf());
    } catch (error) {
      extracted = new Map();
      const reason = (error instanceof Error ? error.message : String(error)).replace(dirOf(), displayPath(dirOf(), rootOf()).startsWith('/') ? 'the documents folder' : displayPath(dirOf(), rootOf()));
      log(`[sourceline] warning: ${reason}`);
      return { ...assembleCorpus([]), warnings: [{ file: '(documents folder)', reason: `${reason}; no documents` }] };
    }
    const results = await Promise.all(
      folder.files.map(async (file) => {
        const known = extracted.get(file.path);
        const result = known && Buffer.compare(known.bytes, file.bytes) === 0 ? known.result : await extract(file);
        return [file.path, { bytes: file.bytes, result }] as const;
      }),
    );
    // Replaced, not updated, so removed files are forgotten.
    extracted = new Map(results);
    const corpus = assembleCorpus([...results.map(([, entry]) => entry.result), ...unreadableFiles(folder)]);
    for (const { path, reason } of folder.ignored) log(`[sourceline] note: ${path}: ${reason}; ignored`);
    for (const w of corpus.warnings) log(`[sourceline] warning: ${w.file}: ${w.reason}`);
    return corpus;
  };

  return {
    name: 'sourceline-corpus',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server: ViteDevServer) {
      const log = (message: string): void => server.config.logger.warn(message, { timestamp: true });
      const pool = options.extractor ? undefined : workerExtractor(timeoutMs);
      // The pool keeps its own time limit per running task (workerExtractor) and never rejects.
      const extract = options.extractor ? guarded(options.extractor, timeoutMs) : (pool as { extract: Extractor }).extract;
      server.httpServer?.once('close', () => void pool?.close());
      const dir = dirOf();
      server.watcher.add(dir);

      /** The corpus served now (the last finished extraction), and the refresh under way, if any. */
      let served: string | undefined;
      /** The corpus behind `served`, and its search index once asked for (built on the first search). */
      let servedCorpus: Corpus | undefined;
      let servedSearch: string | undefined;
      let running: Promise<void> | undefined;
      let again = false;
      const refresh = (): Promise<void> => {
        if (running) {
          again = true; // one more pass after this one, which sees every change made meanwhile
          return running;
        }
        running = (async () => {
          do {
            again = false;
            const corpus = await build(extract, log);
            served = JSON.stringify(corpus);
            servedCorpus = corpus;
            servedSearch = undefined;
          } while (again);
          running = undefined;
        })();
        return running;
      };
      const onChange = (what: 'added' | 'changed' | 'removed') => (file: string): void => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.includes(sep) || !isDocumentFile(rel)) return;
        void refresh().then(() => {
          server.config.logger.info(`[sourceline] ${rel} ${what}: corpus re-extracted`, { timestamp: true });
          server.ws.send({ type: 'custom', event: CORPUS_UPDATED_EVENT });
        });
      };
      server.watcher.on('add', onChange('added'));
      server.watcher.on('change', onChange('changed'));
      server.watcher.on('unlink', onChange('removed'));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === `/${SEARCH_INDEX_FILE}` && (req.method === 'GET' || req.method === 'HEAD')) {
          const answerSearch = (): void => {
            try {
              servedSearch ??= servedCorpus ? searchIndexOf(servedCorpus) : undefined;
            } catch (error) {
              log(`[sourceline] warning: search index not built: ${error instanceof Error ? error.message : String(error)}`);
            }
            // Without an index the app indexes the corpus itself.
            res.statusCode = servedSearch === undefined ? 503 : 200;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(req.method === 'HEAD' ? undefined : (servedSearch ?? 'null'));
          };
          if (servedCorpus !== undefined) answerSearch();
          else void refresh().then(answerSearch);
          return;
        }
        if (path !== `/${CORPUS_FILE}` || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        const answer = (): void => {
          res.statusCode = 200;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(req.method === 'HEAD' ? undefined : served);
        };
        if (served !== undefined) answer();
        else void refresh().then(answer);
      });
    },
    async generateBundle() {
      // The budget counts this thread's CPU time, as in the dev server's workers and `npm run extract`.
      const cpuClock = threadCpuClock();
      const corpus = await build(async (file) => extractFile(file, cpuClock ? { cpuClock } : {}), (message) => this.warn(message));
      // A large corpus as the split layout (a manifest corpus.json, a compact index, document shards).
      if (layoutFor(corpus) === 'split') for (const [fileName, source] of splitFiles(corpus)) this.emitFile({ type: 'asset', fileName, source });
      else this.emitFile({ type: 'asset', fileName: CORPUS_FILE, source: JSON.stringify(corpus) });
      this.emitFile({ type: 'asset', fileName: SEARCH_INDEX_FILE, source: searchIndexOf(corpus) });
    },
  };
}
