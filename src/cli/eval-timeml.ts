import * as chrono from 'chrono-node';
import { tagTemporalExpressions } from '../extraction/temporal/index.ts';
import {
  bootstrapValueF1,
  countDocument,
  matchSpans,
  scoreCounts,
  sumCounts,
  type DocumentCounts,
  type Scores,
  type Span,
} from '../extraction/temporal/timeml/score.ts';
import type { TimemlDocument } from '../extraction/temporal/timeml/document.ts';
import { readTimemlFolder } from './timeml-files.ts';
import { runMain } from './run-main.ts';

/**
 * `npm run eval:timeml -- GOLD_DIR [--errors]`: TempEval-3 task A scores of Sourceline's tagger on
 * a TimeML gold folder, beside a chrono-node baseline measured in the same run and the published
 * reference figures of the MEANTIME-EN benchmark README. `--errors` lists misses, false positives
 * and value errors for error analysis.
 */

const REFERENCES = [
  { name: 'chrono-node 2.10.3 alone (MEANTIME ref)', valueF1: 60.9, relaxedF1: 78.2, strictF1: 55.3 },
  { name: 'chrono + bare-year rule (MEANTIME ref)', valueF1: 65.82, relaxedF1: 83.83, strictF1: 60.28 },
  { name: 'XTime 2024 (MEANTIME ref)', valueF1: 74.08, relaxedF1: 91.92, strictF1: 82.27 },
];

type Tagger = (doc: TimemlDocument) => Span[];

const sourceline: Tagger = (doc) => tagTemporalExpressions(doc.text, { referenceDate: doc.dct });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** chrono-node alone (`chrono.parse` with the DCT as reference): TIMEX3 value from its certain fields. */
const chronoBaseline: Tagger = (doc) => {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const reference = new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12);
  const out: Span[] = [];
  for (const r of chrono.parse(doc.text, reference)) {
    const c = r.start;
    // The certain fields give the granularity; a year chrono only implied is taken as it resolved it.
    let value = String(c.get('year'));
    const dayKnown = c.isCertain('day') || c.isCertain('weekday');
    if (c.isCertain('month') || dayKnown) {
      value += `-${pad(c.get('month') ?? 1)}`;
      if (dayKnown) value += `-${pad(c.get('day') ?? 1)}`;
    } else if (!c.isCertain('year')) {
      value += `-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`; // relative ("today"): the resolved day
    }
    out.push({ start: r.index, end: r.index + r.text.length, type: c.isCertain('hour') ? 'TIME' : 'DATE', value });
  }
  return out;
};

function evaluate(docs: { name: string; doc: TimemlDocument }[], tagger: Tagger): { scores: Scores; perDoc: DocumentCounts[] } {
  const perDoc = docs.map(({ doc }) => countDocument(doc.timexes, tagger(doc)));
  return { scores: scoreCounts(sumCounts(perDoc)), perDoc };
}

function pct(x: number): string {
  return (x * 100).toFixed(2).padStart(6);
}

function throughput(docs: { doc: TimemlDocument }[]): number {
  const chars = docs.reduce((n, { doc }) => n + doc.text.length, 0);
  for (const { doc } of docs) tagTemporalExpressions(doc.text, { referenceDate: doc.dct }); // warm-up
  let reps = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 3000 || reps < 3) {
    for (const { doc } of docs) tagTemporalExpressions(doc.text, { referenceDate: doc.dct });
    reps++;
    elapsed = performance.now() - t0;
  }
  return (chars * reps) / (elapsed / 1000);
}

function printErrors(docs: { name: string; doc: TimemlDocument }[]): void {
  for (const { name, doc } of docs) {
    const system = tagTemporalExpressions(doc.text, { referenceDate: doc.dct });
    const pairs = matchSpans(doc.timexes, system);
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedSystem = new Set<Span>(pairs.map((p) => p.system));
    const ctx = (s: Span) => doc.text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' ');
    for (const g of doc.timexes) {
      if (!matchedGold.has(g)) console.log(`MISS\t${name}\t${doc.dct}\t${g.type}\t${g.value}\t[${doc.text.slice(g.start, g.end)}]\t${ctx(g)}`);
    }
    for (const s of system) {
      if (!matchedSystem.has(s)) console.log(`FP\t${name}\t${doc.dct}\t${s.type}\t${s.value}\t[${doc.text.slice(s.start, s.end)}]\t${ctx(s)}\t${s.trace.join(',')}`);
    }
    for (const { gold: g, system: s } of pairs) {
      if (g.value !== s.value) {
        console.log(`VALUE\t${name}\t${doc.dct}\t${g.type}/${s.type}\t${g.value} vs ${s.value}\t[${doc.text.slice(g.start, g.end)}] vs [${doc.text.slice(s.start, s.end)}]\t${ctx(g)}\t${s.trace.join(',')}`);
      }
    }
  }
}

function main(argv: string[]): number {
  const dir = argv.find((a) => !a.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: npm run eval:timeml -- GOLD_DIR [--errors]\n');
    return 2;
  }
  const docs = readTimemlFolder(dir);
  if (docs.length === 0) {
    process.stderr.write(`no .tml documents in ${dir}\n`);
    return 1;
  }
  if (argv.includes('--errors')) {
    printErrors(docs);
    return 0;
  }
  const ours = evaluate(docs, sourceline);
  const chronoRun = evaluate(docs, chronoBaseline);
  const ci = bootstrapValueF1(ours.perDoc);
  const c = ours.scores.counts;
  console.log(`TimeML evaluation (TempEval-3 task A) on ${dir}: ${docs.length} documents, ${c.gold} gold TIMEX3 (DCT excluded)\n`);
  console.log('system                                   value F1  relaxed P   R       F1   strict P   R       F1   type F1');
  const row = (name: string, s: Scores) =>
    console.log(
      `${name.padEnd(40)} ${pct(s.valueF1)}   ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)}  ` +
        `${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)}  ${pct(s.typeF1)}`,
    );
  row('Sourceline tagger', ours.scores);
  row('chrono-node alone (measured here)', chronoRun.scores);
  for (const r of REFERENCES) {
    console.log(`${r.name.padEnd(40)} ${r.valueF1.toFixed(2).padStart(6)}   ${''.padStart(6)} ${''.padStart(6)} ${r.relaxedF1.toFixed(2).padStart(6)}  ${''.padStart(6)} ${''.padStart(6)} ${r.strictF1.toFixed(2).padStart(6)}`);
  }
  console.log(`\nSourceline value F1 95% bootstrap interval (1000 document resamples, seed 20130614): ${pct(ci.low)} .. ${pct(ci.high)}`);
  console.log(`system TIMEX3: ${c.system}, relaxed matches: ${c.relaxed}, strict: ${c.strict}, type correct: ${c.typeCorrect}, value correct: ${c.valueCorrect}`);
  console.log('\nby gold type   count  recall  value accuracy (over matched)');
  for (const [type, t] of Object.entries(c.byType).sort()) {
    const recall = t.gold === 0 ? 0 : t.matched / t.gold;
    const acc = t.matched === 0 ? 0 : t.valueCorrect / t.matched;
    console.log(`${type.padEnd(14)} ${String(t.gold).padStart(5)}  ${pct(recall)}  ${pct(acc)}`);
  }
  const cps = throughput(docs);
  console.log(`\nthroughput (tagging only, one core): ${(cps / 1e6).toFixed(2)} MB/s (${Math.round(cps).toLocaleString('en-US')} chars/s)`);
  return 0;
}

runMain(main);
