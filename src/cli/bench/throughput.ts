/**
 * Part of `npm run bench`: pipeline throughput on one core, each figure beside a baseline measured in the same run.
 *
 * 1. Date finding: Sourceline's tagger vs chrono-node's parser on the same text (chars/s, one core).
 * 2. Extraction: the whole pipeline (decode, sentences, tagging, events, traceability) on a
 *    deterministic synthetic corpus, vs the tagger alone on the same bodies (the pipeline's overhead).
 * 3. The app's data boundary: parseCorpus (schema + traceability) on a 100,000-event corpus vs
 *    JSON.parse alone.
 * Benchmarks print figures; tests assert behaviour. Nothing here is asserted.
 */
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { parseCorpus, type Corpus, type TimelineEvent } from '../../domain/corpus.ts';
import { addDays } from '../../domain/calendar.ts';
import { extractCorpus, type CorpusFile } from '../../extraction/index.ts';
import { tagTemporalExpressions } from '../../extraction/temporal/index.ts';
import { displayPath, documentsDir, readDocumentsFolder } from '../read-documents.ts';

/** Runs `fn` repeatedly for at least `minMs` after one warm-up; returns the median ms per run. */
function measure(fn: () => void, minMs = 1500): number {
  fn();
  const samples: number[] = [];
  const until = performance.now() + minMs;
  while (performance.now() < until || samples.length < 5) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const rate = (units: number, ms: number) => (units / (ms / 1000));
const fmt = (n: number) => n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
function row(label: string, ms: number, units: number, unit: string, baselineMs?: number) {
  const ratio = baselineMs === undefined ? '' : `  (${(baselineMs / ms).toFixed(2)}x the baseline's speed)`;
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(2).padStart(10)} ms   ${fmt(rate(units, ms)).padStart(9)} ${unit}/s${ratio}`);
}

/** Prints the three throughput figures (about 20 s). */
export function printThroughput(): void {
  const seedsDir = documentsDir(process.cwd());
  // A deterministic corpus: every seed document, re-published on 50 different dates.
  const seeds = readDocumentsFolder(seedsDir).files;
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  for (let copy = 0; copy < 50; copy++) {
    for (const seed of seeds) {
      const text = decoder.decode(seed.bytes);
      const shifted = text.replace(/date (\d{4}-\d{2}-\d{2})/, (_m, d: string) => `date ${addDays(d, copy * 7)}`);
      files.push({ path: `bench/${copy}_${basename(seed.path)}`, bytes: encoder.encode(shifted) });
    }
  }
  const corpus = extractCorpus(files);
  const bodies = corpus.documents.map((d) => ({ text: d.text, published: d.published }));
  const chars = bodies.reduce((n, b) => n + b.text.length, 0);

  console.log(`Sourceline benchmarks (node ${process.version}, one core)`);
  console.log(`corpus: ${files.length} documents from ${displayPath(seedsDir, process.cwd())}/ (${seeds.length} seeds x 50 dates), ${fmt(chars)} chars, ${corpus.events.length} events\n`);

  console.log('1. Date finding over the corpus text');
  const chronoMs = measure(() => {
    for (const b of bodies) chrono.parse(b.text, { instant: new Date(`${b.published}T12:00:00`) });
  });
  const taggerMs = measure(() => {
    for (const b of bodies) tagTemporalExpressions(b.text, { referenceDate: b.published });
  });
  row('baseline: chrono-node parse', chronoMs, chars, 'chars');
  row('Sourceline tagger', taggerMs, chars, 'chars', chronoMs);

  console.log('\n2. Whole extraction (bytes -> validated corpus)');
  const extractMs = measure(() => extractCorpus(files));
  row('baseline: tagger alone on the same bodies', taggerMs, files.length, 'docs');
  row('extractCorpus (all stages + checks)', extractMs, files.length, 'docs', taggerMs);

  console.log('\n3. Loading 100,000 events at the app boundary');
  const big = syntheticCorpus(corpus, 100_000);
  const json = JSON.stringify(big);
  const jsonMs = measure(() => JSON.parse(json), 3000);
  const parseMs = measure(() => {
    const result = parseCorpus(JSON.parse(json));
    if (!result.ok) throw new Error(result.errors.slice(0, 3).join('\n'));
  }, 3000);
  console.log(`  payload: ${(json.length / 1e6).toFixed(1)} MB of JSON`);
  row('baseline: JSON.parse alone', jsonMs, big.events.length, 'events');
  row('JSON.parse + parseCorpus (schema, offsets)', parseMs, big.events.length, 'events', jsonMs);
}

/** `count` events spread over the corpus's documents and 30 years, all traceable. */
function syntheticCorpus(base: Corpus, count: number): Corpus {
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const template = base.events[i % base.events.length];
    if (!template) break;
    events.push({ ...template, id: `${template.id}-${i}`, start: addDays('1995-01-01', i % 10_950), end: null, precision: 'day' });
  }
  return { ...base, events };
}
