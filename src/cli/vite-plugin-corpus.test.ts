import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CORPUS_UPDATED_EVENT, parseCorpus } from '../domain/corpus.ts';
import type * as Extraction from '../extraction/index.ts';
import { corpusPlugin } from './vite-plugin-corpus.ts';

/** Paths the plugin extracted, in order: the real `extractFile`, recorded. */
const extractedPaths = vi.hoisted((): string[] => []);
vi.mock('../extraction/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof Extraction>();
  return {
    ...actual,
    extractFile: (file: Extraction.CorpusFile) => {
      extractedPaths.push(file.path);
      return actual.extractFile(file);
    },
  };
});

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
    const server: ViteDevServer = await createServer({
      configFile: false, root, logLevel: 'silent', plugins: [corpusPlugin({ seedsDir: seeds })],
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    const sent: unknown[] = [];
    const send = server.ws.send.bind(server.ws);
    server.ws.send = ((payload: unknown) => { sent.push(payload); return (send as (p: unknown) => void)(payload); }) as typeof server.ws.send;
    try {
      await server.listen();
      const base = server.resolvedUrls?.local[0] ?? '';
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

  it('emits corpus.json into the build output, warnings included', async () => {
    const outDir = join(root, 'dist');
    await build({ configFile: false, root, logLevel: 'silent', plugins: [corpusPlugin({ seedsDir: seeds })], build: { outDir, emptyOutDir: true } });
    const corpus = parseCorpus(JSON.parse(readFileSync(join(outDir, 'corpus.json'), 'utf8')));
    expect(corpus.ok && corpus.corpus.documents.map((d) => d.id)).toEqual(['a']);
    expect(corpus.ok && corpus.corpus.warnings.map((w) => w.file)).toContain('b.txt');
  });
});
