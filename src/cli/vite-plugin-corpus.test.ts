import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CORPUS_UPDATED_EVENT, parseCorpus } from '../domain/corpus.ts';
import { extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';
import { corpusPlugin, cpuLimit, type CorpusPluginOptions } from './vite-plugin-corpus.ts';

/** Paths the plugin extracted, in order: the real `extractFile`, recorded (in-process). */
const extractedPaths: string[] = [];
const recording = async (file: CorpusFile): Promise<ExtractedFile> => {
  extractedPaths.push(file.path);
  return extractFile(file);
};

async function devServer(root: string, options: CorpusPluginOptions): Promise<{ server: ViteDevServer; base: string; sent: unknown[] }> {
  const server = await createServer({
    configFile: false, root, logLevel: 'silent', plugins: [corpusPlugin(options)],
    server: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const sent: unknown[] = [];
  const send = server.ws.send.bind(server.ws);
  server.ws.send = ((payload: unknown) => { sent.push(payload); return (send as (p: unknown) => void)(payload); }) as typeof server.ws.send;
  await server.listen();
  return { server, base: server.resolvedUrls?.local[0] ?? '', sent };
}

/** Real Vite (dev server on a loopback port, and a build) with only the corpus plugin. */
describe('corpusPlugin', () => {
  const root = mkdtempSync(join(tmpdir(), 'sourceline-plugin-'));
  const seeds = join(root, 'docs-in');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><body></body>');
  mkdirSync(seeds);
  writeFileSync(join(seeds, 'a.txt'), 'date 2022-12-20 The council signed the water agreement on December 5, 2022.');
  writeFileSync(join(seeds, 'b.txt'), 'No date header.');

  it('serves /corpus.json in dev and re-extracts only the document that changed, then announces it', async () => {
    const { server, base, sent } = await devServer(root, { seedsDir: seeds, extractor: recording });
    try {
      const first = await fetch(`${base}corpus.json`);
      expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const corpus = parseCorpus(await first.json());
      expect(corpus.ok && corpus.corpus.documents.map((d) => d.id)).toEqual(['a']);
      expect(corpus.ok && corpus.corpus.warnings.map((w) => w.file)).toEqual(['b.txt']);
      expect(extractedPaths).toEqual(['a.txt', 'b.txt']);

      extractedPaths.length = 0;
      writeFileSync(join(seeds, 'c.txt'), 'date 2022-02-30 Bad date.');
      await expect.poll(() => sent, { timeout: 10_000 }).toContainEqual({ type: 'custom', event: CORPUS_UPDATED_EVENT });
      // The watcher may report one write twice (add, then change); a.txt and b.txt are never redone.
      expect(new Set(extractedPaths)).toEqual(new Set(['c.txt']));
      const second = parseCorpus(await (await fetch(`${base}corpus.json`)).json());
      expect(second.ok && second.corpus.warnings.map((w) => `${w.file}: ${w.reason}`)).toEqual([
        'b.txt: no `date YYYY-MM-DD` header at the start (and no YAML front matter with a date); skipped',
        'c.txt: date header 2022-02-30 is not a real calendar day; skipped',
      ]);

      extractedPaths.length = 0;
      const announced = sent.length;
      writeFileSync(join(seeds, 'a.txt'), 'date 2022-12-20 The council signed the water agreement on December 6, 2022.');
      await expect.poll(() => sent.length, { timeout: 10_000 }).toBeGreaterThan(announced);
      expect(new Set(extractedPaths)).toEqual(new Set(['a.txt']));
      const third = parseCorpus(await (await fetch(`${base}corpus.json`)).json());
      expect(third.ok && third.corpus.events.map((e) => e.start)).toEqual(['2022-12-06']);
    } finally {
      await server.close();
    }
  });

  it('extracts in a worker thread (the real piscina pool) what extraction in-process gives', async () => {
    const folder = join(root, 'worker-docs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'date 2022-12-20 The council signed the water agreement on December 5, 2022.');
    const real = await devServer(root, { seedsDir: folder });
    try {
      const corpus = parseCorpus(await (await fetch(`${real.base}corpus.json`)).json());
      expect(corpus.ok && corpus.corpus.events.map((e) => e.start)).toEqual(['2022-12-05']);
    } finally {
      await real.server.close();
    }
    // The real worker thread compiles the pipeline through tsx when it starts: over 30 s at load 20 on 2 cores.
  }, 180_000);

  it('keeps answering (index.html and the last corpus) while a document is re-extracted', async () => {
    const folder = join(root, 'worker-docs');
    // An extractor that hangs on b.txt until released: index.html and the last corpus still answer.
    let release: () => void = () => undefined;
    const hung = new Promise<void>((done) => { release = done; });
    const slow = async (file: CorpusFile): Promise<ExtractedFile> => {
      if (file.path === 'b.txt') await hung;
      return extractFile(file);
    };
    const dev = await devServer(root, { seedsDir: folder, extractor: slow, taskTimeoutMs: 60_000 });
    try {
      const before = await (await fetch(`${dev.base}corpus.json`)).text();
      writeFileSync(join(folder, 'b.txt'), 'date 2022-12-21 The mayor resigned on Monday.');
      await new Promise((done) => setTimeout(done, 500));
      const page = await fetch(dev.base);
      expect(page.status).toBe(200);
      expect(await (await fetch(`${dev.base}corpus.json`)).text()).toBe(before);
      release();
      await expect.poll(() => dev.sent, { timeout: 10_000 }).toContainEqual({ type: 'custom', event: CORPUS_UPDATED_EVENT });
      const after = parseCorpus(await (await fetch(`${dev.base}corpus.json`)).json());
      expect(after.ok && after.corpus.documents.map((d) => d.id)).toEqual(['a', 'b']);
    } finally {
      release();
      await dev.server.close();
    }
  });

  it('skips a document whose extraction never ends after the time limit, and serves the rest', async () => {
    const folder = join(root, 'worker-docs');
    writeFileSync(join(folder, 'b.txt'), 'date 2022-12-21 The mayor resigned on Monday.');
    const never = async (file: CorpusFile): Promise<ExtractedFile> => (file.path === 'b.txt' ? new Promise(() => undefined) : extractFile(file));
    const stuck = await devServer(root, { seedsDir: folder, extractor: never, taskTimeoutMs: 300 });
    try {
      const corpus = parseCorpus(await (await fetch(`${stuck.base}corpus.json`)).json());
      expect(corpus.ok && corpus.corpus.documents.map((d) => d.id)).toEqual(['a']);
      expect(corpus.ok && corpus.corpus.warnings).toEqual([{ file: 'b.txt', reason: 'extraction did not finish within 0.3 s and was stopped; skipped', stage: 'worker' }]);
    } finally {
      await stuck.server.close();
    }
  });

  it('never answers HTTP 500: a missing documents folder is an empty corpus with a warning', async () => {
    const dev = await devServer(root, { seedsDir: join(root, 'nowhere'), extractor: recording });
    try {
      const response = await fetch(`${dev.base}corpus.json`);
      expect(response.status).toBe(200);
      const corpus = parseCorpus(await response.json());
      expect(corpus.ok && corpus.corpus.documents).toEqual([]);
      expect(corpus.ok && corpus.corpus.warnings).toEqual([{ file: '(documents folder)', reason: 'cannot read the documents folder nowhere: it does not exist; no documents' }]);
    } finally {
      await dev.server.close();
    }
  });

  it('emits corpus.json into the build output, warnings included', async () => {
    const outDir = join(root, 'dist');
    await build({ configFile: false, root, logLevel: 'silent', plugins: [corpusPlugin({ seedsDir: seeds })], build: { outDir, emptyOutDir: true } });
    const corpus = parseCorpus(JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8')));
    expect(corpus.ok && corpus.corpus.documents.map((d) => d.id)).toEqual(['a']);
    expect(corpus.ok && corpus.corpus.warnings.map((w) => w.file)).toContain('b.txt');
  });
});

describe('cpuLimit', () => {
  /**
   * The reasons `stop` was given while fake time advanced by `ms`, each after the whole seconds of wall time
   * it came at, with the thread's CPU time read from `cpu`.
   */
  function stopsAfter(ms: number, cpu: (wallMs: number) => number | undefined): string[] {
    vi.useFakeTimers();
    try {
      const reasons: string[] = [];
      const start = Date.now();
      cpuLimit(60_000, () => cpu(Date.now() - start), (reason) => reasons.push(`${Math.floor((Date.now() - start) / 1000)} s: ${reason}`));
      vi.advanceTimersByTime(ms);
      return reasons;
    } finally {
      vi.useRealTimers();
    }
  }

  it('stops a task once its thread has used the limit in CPU time, however long a loaded machine made it wait', () => {
    // A fifth of a core (a loaded machine): 60 s of CPU after 300 s, noticed within the next second (checks
    // come when the limit could first have been reached, at least a second apart).
    expect(stopsAfter(299_000, (wall) => wall / 5)).toEqual([]);
    expect(stopsAfter(400_000, (wall) => wall / 5)).toEqual(['300 s: extraction used 60 s of CPU time without finishing and was stopped']);
  });

  it('counts wall time when the thread clock cannot be read, and stops any task after ten times the limit', () => {
    expect(stopsAfter(120_000, () => undefined)).toEqual(['60 s: extraction did not finish within 60 s and was stopped']);
    expect(stopsAfter(700_000, () => 2_000)).toEqual(['600 s: extraction did not finish within 600 s (2.0 s of CPU time) and was stopped']);
  });
});
