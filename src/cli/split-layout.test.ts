import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexDataOf } from '../domain/corpus-index.ts';
import { manifestOf, readIndex } from '../domain/corpus-split.ts';
import { assembleCorpus, extractFile } from '../extraction/index.ts';
import { synthesizeArticles } from '../synthetic/index.ts';
import { main } from './extract.ts';
import { captureCommand } from './run-main.ts';
import { layoutFor, splitFileNames } from './split-layout.ts';

describe('npm run extract -- split', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-split-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const articles = [...synthesizeArticles({ docs: 12, seed: 3 })];
  const corpus = assembleCorpus(articles.map((a) => extractFile({ path: a.name, bytes: new TextEncoder().encode(a.content) })));

  it('writes a manifest, an index and document shards that read back to the corpus', async () => {
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(corpus));
    const site = join(dir, 'site');
    const r = await captureCommand(main, ['split', join(dir, 'corpus.json'), '--out', site], { env: process.env });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^split ${corpus.events.length} events of 12 documents into \\d+ files`));
    const manifest = manifestOf(JSON.parse(readFileSync(join(site, 'corpus.json'), 'utf8')));
    expect(manifest?.ok).toBe(true);
    if (!manifest?.ok) return;
    expect(splitFileNames(site)).toEqual([manifest.manifest.index, ...manifest.manifest.shards].map((f) => f.replace('corpus/', '')).sort());
    for (const name of splitFileNames(site)) expect(name).toMatch(/^(index|documents-\d{3})\.[0-9a-f]{12}\.json$/);
    const index = readIndex(JSON.parse(readFileSync(join(site, manifest.manifest.index), 'utf8')));
    expect(index.ok).toBe(true);
    if (!index.ok) return;
    const whole = indexDataOf(corpus);
    expect(index.data.documents).toEqual(whole.documents);
    expect(index.data.events.map((e) => [e.id, e.title, e.start, e.end, e.sources.map((s) => [s.docId, s.quote.start, s.quote.end])])).toEqual(
      corpus.events.map((e) => [e.id, e.title, e.start, e.end, e.sources.map((s) => [s.docId, s.quote.start, s.quote.end])]),
    );
    // The same corpus gives the same file names: a CDN keeps serving what did not change.
    const again = await captureCommand(main, ['split', join(dir, 'corpus.json'), '--out', join(dir, 'site2')], { env: process.env });
    expect(again.code).toBe(0);
    expect(splitFileNames(join(dir, 'site2'))).toEqual(splitFileNames(site));
  });

  it('refuses what is not a valid corpus, and arguments it cannot use', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...corpus, version: 1 }));
    const bad = await captureCommand(main, ['split', join(dir, 'bad.json'), '--out', join(dir, 'x')], { env: process.env });
    expect(bad).toMatchObject({ code: 1 });
    expect(bad.stderr).toContain('is not a valid corpus: version: expected 2');
    expect((await captureCommand(main, ['split', join(dir, 'bad.json')], { env: process.env })).code).toBe(2);
  });

  it('splits from 5,000 events unless SOURCELINE_LAYOUT says otherwise', () => {
    expect(layoutFor(corpus, undefined)).toBe('whole');
    expect(layoutFor(corpus, 'split')).toBe('split');
    expect(layoutFor({ ...corpus, events: new Array(5_000).fill(corpus.events[0]) }, undefined)).toBe('split');
    expect(layoutFor({ ...corpus, events: new Array(5_000).fill(corpus.events[0]) }, 'whole')).toBe('whole');
  });
});
