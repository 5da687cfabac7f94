import { relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { CORPUS_FILE, CORPUS_UPDATED_EVENT } from '../domain/corpus.ts';
import { assembleCorpus, extractFile, type ExtractedFile } from '../extraction/index.ts';
import { documentsDir, isDocumentFile, readDocumentsFolder, unreadableFiles } from './read-documents.ts';

export interface CorpusPluginOptions {
  /** Documents folder; default `SOURCELINE_SEEDS` or `seeds/`, relative to the Vite root. */
  seedsDir?: string;
}

/**
 * Serves the corpus to the app. Dev: `GET /corpus.json` is extracted on the fly from the documents
 * folder (`SOURCELINE_SEEDS` or `seeds/`), cached until a document is added, changed or removed;
 * then the dev server re-extracts and sends the custom HMR event `CORPUS_UPDATED_EVENT` so the app
 * refetches. Re-extraction redoes only the files whose bytes changed (the others keep their events),
 * so saving one document costs that document's extraction, not the whole folder's. Build:
 * `corpus.json` is emitted next to `index.html` in the output folder, which `vite preview` serves as
 * a static file. Skipped documents are printed in the server console and kept in `corpus.warnings`
 * for the app to show.
 */
export function corpusPlugin(options: CorpusPluginOptions = {}): Plugin {
  let config: ResolvedConfig | undefined;
  let cached: string | undefined;
  /** The last extraction of each document file, by path, with the bytes it was made from. */
  let extracted = new Map<string, { bytes: Uint8Array; result: ExtractedFile }>();
  const rootOf = (): string => config?.root ?? process.cwd();
  const dirOf = (): string => (options.seedsDir ? resolve(rootOf(), options.seedsDir) : documentsDir(rootOf()));
  const build = (log: (message: string) => void): string => {
    const folder = readDocumentsFolder(dirOf());
    const next = new Map<string, { bytes: Uint8Array; result: ExtractedFile }>();
    for (const file of folder.files) {
      const known = extracted.get(file.path);
      const result = known && Buffer.compare(known.bytes, file.bytes) === 0 ? known.result : extractFile(file);
      next.set(file.path, { bytes: file.bytes, result });
    }
    // Replaced, not updated, so removed files are forgotten.
    extracted = next;
    const corpus = assembleCorpus([...[...next.values()].map((entry) => entry.result), ...unreadableFiles(folder)]);
    for (const { path, reason } of folder.ignored) log(`[sourceline] note: ${path}: ${reason}; ignored`);
    for (const w of corpus.warnings) log(`[sourceline] warning: ${w.file}: ${w.reason}`);
    return JSON.stringify(corpus);
  };

  return {
    name: 'sourceline-corpus',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server: ViteDevServer) {
      const log = (message: string): void => server.config.logger.warn(message, { timestamp: true });
      const dir = dirOf();
      server.watcher.add(dir);
      const onChange = (what: 'added' | 'changed' | 'removed') => (file: string): void => {
        const rel = relative(dir, file);
        if (rel.startsWith('..') || rel.includes(sep) || !isDocumentFile(rel)) return;
        try {
          cached = build(log);
          server.config.logger.info(`[sourceline] ${rel} ${what}: corpus re-extracted`, { timestamp: true });
        } catch (error) {
          cached = undefined;
          server.config.logger.error(`[sourceline] extraction failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        server.ws.send({ type: 'custom', event: CORPUS_UPDATED_EVENT });
      };
      server.watcher.on('add', onChange('added'));
      server.watcher.on('change', onChange('changed'));
      server.watcher.on('unlink', onChange('removed'));
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path !== `/${CORPUS_FILE}` || (req.method !== 'GET' && req.method !== 'HEAD')) {
          next();
          return;
        }
        try {
          cached ??= build(log);
          res.statusCode = 200;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(req.method === 'HEAD' ? undefined : cached);
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`corpus extraction failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      });
    },
    generateBundle() {
      const source = build((message) => this.warn(message));
      this.emitFile({ type: 'asset', fileName: CORPUS_FILE, source });
    },
  };
}
