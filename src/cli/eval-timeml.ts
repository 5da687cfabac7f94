import * as chrono from 'chrono-node';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
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
import { isProfile, PROFILE_NAMES, timexesFor, type ProfiledTimex, type TimemlProfile } from '../extraction/temporal/timeml/profiles.ts';
import { readTimemlFolder } from './timeml-files.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';
import { inSplit, type Split } from './timeml-split.ts';

/**
 * `npm run eval:timeml -- GOLD_DIR [--profile te3|meantime] [--split dev|test] [--errors]`:
 * TempEval-3 task A scores of Sourceline's tagger on a TimeML gold folder, written under the
 * annotation conventions of that data set (the profile is chosen from the folder and printed;
 * `--profile` overrides), beside a chrono-node baseline measured in the same run and published
 * reference figures labelled with what they were measured on. `--split` scores the development
 * or the held-out part of a folder (see timeml-split.ts); `--errors` lists misses, false positives
 * and value errors for error analysis.
 */

interface Reference {
  name: string;
  valueF1: number;
  relaxedF1?: number;
  strictF1?: number;
}

/** Published figures, by data set. Never measured here: each says where it comes from. */
const REFERENCES: Readonly<Record<string, readonly Reference[]>> = {
  meantime: [
    { name: 'XTime 2024 (published, this set)', valueF1: 74.08, relaxedF1: 91.92, strictF1: 82.27 },
  ],
  timebank: [
    { name: 'HeidelTime (published, TE-3 test news)', valueF1: 77.61, relaxedF1: 90.30, strictF1: 81.34 },
    { name: 'XTime 2024 (published, TE-3 test news)', valueF1: 82.01 },
  ],
};

/** Which data set a folder holds, by its name: it decides the conventions and the references. */
function dataSetOf(dir: string): 'meantime' | 'timebank' | 'other' {
  const name = basename(resolve(dir)).toLowerCase();
  if (name.includes('meantime')) return 'meantime';
  if (name.includes('timebank') || name.includes('tbaq') || name.includes('tempeval')) return 'timebank';
  return 'other';
}

/**
 * The conventions a data set is annotated under: a line `TimeML profile: te3|meantime` in its
 * README.md, else MEANTIME's for a MEANTIME folder and TempEval-3's for every other.
 */
function declaredProfile(folder: string): TimemlProfile | undefined {
  const readme = join(folder, 'README.md');
  if (!existsSync(readme)) return undefined;
  const declared = /TimeML profile:\s*`?(\w+)`?/i.exec(readFileSync(readme, 'utf8'))?.[1];
  return declared !== undefined && isProfile(declared) ? declared : undefined;
}

type Tagger = (doc: TimemlDocument) => Span[];

function sourceline(profile: TimemlProfile): (doc: TimemlDocument) => ProfiledTimex[] {
  return (doc) => timexesFor(tagTemporalExpressions(doc.text, { referenceDate: doc.dct }), doc.text, profile);
}
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

/**
 * Characters per second of tagging (the analysis; writing a profile is a cheap map over its output),
 * per core: CPU time of this process, not wall time, so the figure holds on a machine other jobs
 * share. The best of several passes of at least a second each (GC threads count against us).
 */
function throughput(docs: { doc: TimemlDocument }[]): number {
  const chars = docs.reduce((n, { doc }) => n + doc.text.length, 0);
  const pass = (): number => {
    const c0 = process.cpuUsage();
    for (const { doc } of docs) tagTemporalExpressions(doc.text, { referenceDate: doc.dct });
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  pass(); // warm-up
  let best = Infinity;
  let spent = 0;
  for (let i = 0; i < 12 && (i < 3 || spent < 3); i++) {
    let reps = 0;
    let seconds = 0;
    while (seconds < 1 && reps < 1000) {
      seconds += pass();
      reps++;
    }
    spent += seconds;
    best = Math.min(best, seconds / reps);
  }
  return chars / best;
}

function printErrors(docs: { name: string; doc: TimemlDocument }[], profile: TimemlProfile, out: (line: string) => void): void {
  const tag = sourceline(profile);
  for (const { name, doc } of docs) {
    const system = tag(doc);
    const pairs = matchSpans(doc.timexes, system);
    const matchedGold = new Set(pairs.map((p) => p.gold));
    const matchedSystem = new Set<ProfiledTimex>(pairs.map((p) => p.system));
    const ctx = (s: Span) => doc.text.slice(Math.max(0, s.start - 40), s.end + 30).replace(/\s+/g, ' ');
    for (const g of doc.timexes) {
      if (!matchedGold.has(g)) out(`MISS\t${name}\t${doc.dct}\t${g.type}\t${g.value}\t[${doc.text.slice(g.start, g.end)}]\t${ctx(g)}`);
    }
    for (const s of system) {
      if (!matchedSystem.has(s)) out(`FP\t${name}\t${doc.dct}\t${s.type}\t${s.value}\t[${doc.text.slice(s.start, s.end)}]\t${ctx(s)}\t${s.trace.join(',')}`);
    }
    for (const { gold: g, system: s } of pairs) {
      if (g.value !== s.value) {
        out(`VALUE\t${name}\t${doc.dct}\t${g.type}/${s.type}\t${g.value} vs ${s.value}\t[${doc.text.slice(g.start, g.end)}] vs [${doc.text.slice(s.start, s.end)}]\t${ctx(g)}\t${s.trace.join(',')}`);
      }
    }
  }
}

const USAGE = 'usage: npm run eval:timeml -- GOLD_DIR [--profile te3|meantime] [--split dev|test] [--errors]\n';

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const arg = argv[i] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[i + 1];
}

/** The command; exported so tests run it in-process (`captureCommand`). */
export function main(argv: string[], io: CliIo): number {
  const valued = new Set(['--profile', '--split']);
  const dir = argv.find((a, i) => !a.startsWith('--') && !valued.has(argv[i - 1] ?? ''));
  const profileArg = option(argv, '--profile');
  const split = option(argv, '--split') ?? 'all';
  if (!dir || (profileArg !== undefined && !isProfile(profileArg)) || !['all', 'dev', 'test'].includes(split)) {
    io.stderr(USAGE);
    return 2;
  }
  const folder = resolve(io.cwd, dir);
  const dataSet = dataSetOf(folder);
  const chosen = profileArg !== undefined && isProfile(profileArg) ? profileArg : declaredProfile(folder) ?? (dataSet === 'meantime' ? 'meantime' : 'te3');
  const profile: TimemlProfile = chosen;
  const docs = readTimemlFolder(folder).filter((d) => inSplit(d.name, split as Split));
  if (docs.length === 0) {
    io.stderr(`no .tml documents in ${dir}\n`);
    return 1;
  }
  if (argv.includes('--errors')) {
    printErrors(docs, profile, (line) => io.stdout(`${line}\n`));
    return 0;
  }
  const log = (line = '') => io.stdout(`${line}\n`);
  const ours = evaluate(docs, sourceline(profile));
  const chronoRun = evaluate(docs, chronoBaseline);
  const ci = bootstrapValueF1(ours.perDoc);
  const c = ours.scores.counts;
  const part = split === 'all' ? '' : split === 'dev' ? ' (development split)' : ' (held-out split)';
  log(`TimeML evaluation (TempEval-3 task A) on ${dir}${part}: ${docs.length} documents, ${c.gold} gold TIMEX3 (DCT excluded)`);
  log(`profile: ${profile} = ${PROFILE_NAMES[profile]}${profileArg ? '' : ' (chosen for this data set; --profile overrides)'}\n`);
  log('system                                   value F1  relaxed P   R       F1   strict P   R       F1   type F1');
  const row = (name: string, s: Scores) =>
    log(
      `${name.padEnd(40)} ${pct(s.valueF1)}   ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)}  ` +
        `${pct(s.strict.precision)} ${pct(s.strict.recall)} ${pct(s.strict.f1)}  ${pct(s.typeF1)}`,
    );
  row('Sourceline tagger', ours.scores);
  row('chrono-node alone (measured here)', chronoRun.scores);
  const num = (x: number | undefined) => (x === undefined ? '     -' : x.toFixed(2).padStart(6));
  for (const r of REFERENCES[dataSet] ?? []) {
    log(`${r.name.padEnd(40)} ${num(r.valueF1)}   ${''.padStart(6)} ${''.padStart(6)} ${num(r.relaxedF1)}  ${''.padStart(6)} ${''.padStart(6)} ${num(r.strictF1)}`);
  }
  if (dataSet === 'timebank') log('(published figures are on the TempEval-3 platinum test news, not on this set: a reference, not a same-data comparison)');
  log(`\nSourceline value F1 95% bootstrap interval (1000 document resamples, seed 20130614): ${pct(ci.low)} .. ${pct(ci.high)}`);
  log(`system TIMEX3: ${c.system}, relaxed matches: ${c.relaxed}, strict: ${c.strict}, type correct: ${c.typeCorrect}, value correct: ${c.valueCorrect}`);
  log('\nby gold type   count  recall  value accuracy (over matched)');
  for (const [type, t] of Object.entries(c.byType).sort()) {
    const recall = t.gold === 0 ? 0 : t.matched / t.gold;
    const acc = t.matched === 0 ? 0 : t.valueCorrect / t.matched;
    log(`${type.padEnd(14)} ${String(t.gold).padStart(5)}  ${pct(recall)}  ${pct(acc)}`);
  }
  if (!argv.includes('--no-throughput')) {
    const cps = throughput(docs);
    log(`\nthroughput (tagging only, CPU time of one core): ${(cps / 1e6).toFixed(2)} MB/s (${Math.round(cps).toLocaleString('en-US')} chars/s)`);
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
