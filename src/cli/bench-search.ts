/**
 * `npm run bench:search`: the search library chosen by measurement (TEAM.md agreement 5). MiniSearch
 * (the app's index, src/search/search-index.ts) and FlexSearch (Document index over the same fields,
 * with the same tokenizer and terms; `forward` for prefixes as the app needs, and `strict` for scale) on the same events: build time, serialized size (raw and gzip),
 * load time of the serialized index, and query time, side by side in one run.
 *
 * Corpus: the synthetic archive (`src/synthetic`, seed 7) extracted by the real pipeline, so titles
 * and quotes are the pipeline's. Nothing here is asserted.
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import FlexSearch from 'flexsearch';
import { indexDataOf } from '../domain/corpus-index.ts';
import { assembleCorpus, extractFile } from '../extraction/index.ts';
import { buildSearchIndex, loadSearchIndex, searchRecordsOf, type SearchRecord } from '../search/search-index.ts';
import { indexTermsOf, parseQuery, tokenize } from '../search/search-terms.ts';
import { synthesizeArticles } from '../synthetic/index.ts';
import { isEntryPoint, runMain } from './run-main.ts';

const QUERIES = ['strike', 'minister', 'talks resumed', 'court ruling', 'flood', 'elect', 'agreement signed', 'police'];

function median(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function flexsearchFigures(records: SearchRecord[], tokenizeMode: 'forward' | 'strict') {
  const fields = ['title', 'quotes', 'documents', 'publishers', 'actors'] as const;
  const make = () =>
    new FlexSearch.Document({
      document: { id: 'id', index: [...fields] },
      tokenize: tokenizeMode,
      encode: (text: string) => tokenize(text).flatMap(indexTermsOf),
    });
  let index = make();
  const buildMs = median(() => {
    index = make();
    for (const r of records) index.add({ ...r });
  }, 3);
  const chunks: Record<string, string> = {};
  await index.export((key: string, data: string) => {
    chunks[key] = data;
  });
  const serialized = JSON.stringify(chunks);
  const loadMs = median(() => {
    const fresh = make();
    for (const [key, data] of Object.entries(chunks)) fresh.import(key, data);
  }, 3);
  const queryMs = median(() => {
    for (const q of QUERIES) {
      const words = parseQuery(q).map((w) => w.stem).join(' ');
      index.search(words, { limit: 100000 });
    }
  }, 20) / QUERIES.length;
  return { buildMs, bytes: serialized.length, gzip: gzipSync(serialized).length, loadMs, queryMs };
}

async function main(argv: string[]): Promise<number> {
  const docs = Number(argv[argv.indexOf('--docs') + 1] || 2000);
  console.log(`bench:search: ${docs} synthetic documents (seed 7), extracted by the pipeline`);
  const encoder = new TextEncoder();
  const t0 = performance.now();
  const extracted = [...synthesizeArticles({ docs, seed: 7 })].map((a) => extractFile({ path: `synthetic/${a.name}`, bytes: encoder.encode(a.content) }));
  const data = indexDataOf(assembleCorpus(extracted));
  const records = searchRecordsOf(data);
  const text = records.reduce((n, r) => n + r.title.length + r.quotes.length + r.documents.length, 0);
  console.log(`  ${data.events.length} events, ${kb(text)} of searchable text (extraction took ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

  let file = buildSearchIndex(data);
  const miniBuild = median(() => {
    file = buildSearchIndex(data);
  }, 3);
  const miniJson = JSON.stringify(file);
  const miniLoad = median(() => loadSearchIndex(JSON.parse(miniJson)), 3);
  const searcher = loadSearchIndex(JSON.parse(miniJson));
  const miniQuery = median(() => {
    for (const q of QUERIES) searcher.search(q);
  }, 20) / QUERIES.length;
  const flexForward = await flexsearchFigures(records, 'forward');
  const flexStrict = await flexsearchFigures(records, 'strict');

  const row = (name: string, f: { buildMs: number; bytes: number; gzip: number; loadMs: number; queryMs: number }) =>
    console.log(
      `  ${name.padEnd(12)} build ${f.buildMs.toFixed(0).padStart(6)} ms   file ${kb(f.bytes).padStart(9)} (gzip ${kb(f.gzip).padStart(7)})   load ${f.loadMs.toFixed(0).padStart(5)} ms   query ${f.queryMs.toFixed(3).padStart(7)} ms`,
    );
  row('MiniSearch', { buildMs: miniBuild, bytes: miniJson.length, gzip: gzipSync(miniJson).length, loadMs: miniLoad, queryMs: miniQuery });
  row('FlexSearch', flexForward);
  row('  strict', flexStrict);
  console.log('\n  load = JSON.parse + rebuilding the index object (MiniSearch) / importing every chunk (FlexSearch); query = median per query over 8 queries');
  console.log('  FlexSearch "forward" indexes every prefix (search as you type, as MiniSearch does at query time); "strict" only whole terms');
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
