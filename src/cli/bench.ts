import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { Corpus } from '../domain/corpus.ts';
import { corpusOfSize } from './bench/bench-corpus.ts';
import { measurePage, type PageProbe, type PageRun } from './bench/page-metrics.ts';
import { serveFolders } from './bench/static-server.ts';
import { printThroughput } from './bench/throughput.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { layoutFor, SPLIT_FROM_EVENTS, writeSplitLayout } from './split-layout.ts';
import { main as synthesize } from './corpus-synth.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';

/**
 * `npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--seed 7] [--work DIR] [--skip-throughput] [--corpus FILE]`
 * (`--corpus`: the pages load that corpus instead of a fresh synthetic archive's; no extraction figures)
 *
 * Builds the production app and a naive vis-timeline page (bench/naive: every event in one DataSet
 * with clustering), makes a synthetic archive with `corpus:synth` large enough for the biggest size,
 * extracts it with `npm run extract` twice (cold, then warm), and for each size loads both pages in
 * headless Chromium `--runs` times each (alternating, fresh context every time), measuring time to
 * interactive, the longest main-thread task during a scripted zoom/pan, JS heap after load, and the
 * time to select an event. Prints medians per size (the ratio is the median of per-run ratios), the
 * initial JavaScript (gzip) and extraction documents/s, and ends with one summary line for the
 * largest size. Nothing is asserted: benchmarks print figures, tests assert behaviour.
 */

const USAGE = 'usage: npm run bench -- [--sizes 1000,10000,100000] [--runs 3] [--seed 7] [--work DIR] [--skip-throughput] [--corpus FILE]\n';
const ROOT = resolve(import.meta.dirname, '../..');

const SOURCELINE: PageProbe = {
  eventItem: '.vis-item.sl-item',
  selected: '.sl-details__title',
  label: '.vis-item.sl-item .sl-item__label',
};
const NAIVE: PageProbe = {
  eventItem: '.vis-item:not(.vis-cluster)',
  selected: '.vis-item.vis-selected',
  label: '.vis-item .vis-item-content',
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
/** The median of the values measured, or null when none was. */
const pickMedian = (values: ReadonlyArray<number | null>): number | null => {
  const measured = values.filter((v): v is number => v !== null);
  return measured.length === 0 ? null : median(measured);
};
const ms = (n: number | null): string => (n === null || Number.isNaN(n) ? 'n/a' : `${Math.round(n).toLocaleString('en')} ms`);
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** Vite's production build of `root` (the app, or the naive page) into `outDir`, with its manifest. */
async function viteBuild(outDir: string, naive: boolean): Promise<void> {
  const { build } = await import('vite');
  await build({
    ...(naive ? { configFile: false, root: join(ROOT, 'bench/naive'), base: './' } : { configFile: join(ROOT, 'vite.config.ts'), root: ROOT }),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

/** Gzip bytes of the JavaScript `index.html` loads before any dynamic import: the entry and its static imports. */
export function initialJsGzip(dist: string): { bytes: number; files: string[] } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const list = [...files].filter((f) => f.endsWith('.js'));
  return { bytes: list.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0), files: list };
}

interface ExtractRun {
  /** Wall time of the process, start-up included. */
  seconds: number;
  /** The CLI's own timing line ("extraction: N files in S s (R documents/s; ...)"). */
  timing: string;
  summary: string;
}

/** `npm run extract` as a user runs it (a child process), timed end to end. */
function runExtract(args: string[]): Promise<ExtractRun> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/extract.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, SOURCELINE_SEEDS: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const lines = stderr.trim().split('\n');
      if (code !== 0) fail(new Error(`npm run extract failed (${code}):\n${lines.slice(-5).join('\n')}`));
      else ok({ seconds, timing: lines.find((l) => l.startsWith('extraction: ')) ?? '', summary: lines.filter((l) => l.startsWith('extracted ')).pop() ?? lines.pop() ?? '' });
    });
  });
}

interface SizeResult {
  size: number;
  sourceline: PageRun[];
  naive: PageRun[];
}

function printTable(results: SizeResult[], io: CliIo): void {
  const header = ['events', 'interactive S', 'interactive N', 'ratio', 'index S', 'longest task S', 'its CPU S', 'longest task N', 'long tasks S/N', 'heap S', 'heap N', 'select S', 'its CPU S', 'select N', 'labels S/N'];
  const rows = results.map(({ size, sourceline: s, naive: n }) => {
    const ratios = s.map((run, i) => (n[i]?.interactiveMs ?? NaN) / run.interactiveMs);
    const pick = (runs: PageRun[], f: (r: PageRun) => number | null): number | null => pickMedian(runs.map(f));
    return [
      size.toLocaleString('en'),
      ms(pick(s, (r) => r.interactiveMs)),
      ms(pick(n, (r) => r.interactiveMs)),
      `${median(ratios).toFixed(2)}x`,
      ms(pick(s, (r) => r.indexMs)),
      ms(pick(s, (r) => r.longestTaskMs)),
      ms(pick(s, (r) => r.longestTaskCpuMs)),
      ms(pick(n, (r) => r.longestTaskMs)),
      `${pick(s, (r) => r.longTasks) ?? 'n/a'}/${pick(n, (r) => r.longTasks) ?? 'n/a'}`,
      mb(pick(s, (r) => r.heapBytes) ?? NaN),
      mb(pick(n, (r) => r.heapBytes) ?? NaN),
      ms(pick(s, (r) => r.selectMs)),
      ms(pick(s, (r) => r.selectCpuMs)),
      ms(pick(n, (r) => r.selectMs)),
      `${pick(s, (r) => r.labels) ?? 'n/a'}/${pick(n, (r) => r.labels) ?? 'n/a'}`,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i] ?? 0)).join(' | ')} |`;
  io.stdout(`${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${rows.map(line).join('\n')}\n`);
  io.stdout('S = Sourceline, N = naive page; ratio = naive / Sourceline time to interactive (above 1: Sourceline is ahead).\n');
  io.stdout("its CPU: the page's main thread's CPU time in that task (the selection's tasks): on a shared machine wall time is mostly waiting for a core.\n");
  io.stdout(`index S: the split layout's index (from ${SPLIT_FROM_EVENTS.toLocaleString('en')} events), fetched, parsed and checked in the page; n/a: one corpus.json.\n`);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '1000,10000,100000' },
        runs: { type: 'string', default: '3' },
        seed: { type: 'string', default: '7' },
        work: { type: 'string' },
        corpus: { type: 'string' },
        'skip-throughput': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const sizes = args.sizes.split(',').map(Number);
  const runs = Number(args.runs);
  if (sizes.some((s) => !Number.isSafeInteger(s) || s < 1) || !Number.isSafeInteger(runs) || runs < 1) {
    io.stderr(`bench: --sizes takes whole numbers separated by commas, --runs a whole number\n${USAGE}`);
    return 2;
  }
  const largest = Math.max(...sizes);
  const work = args.work ? resolve(io.cwd, args.work) : mkdtempSync(join(tmpdir(), 'sourceline-bench-'));
  mkdirSync(work, { recursive: true });
  io.stdout(`Sourceline benchmark (node ${process.version}, ${cpus().length} cores, load average ${load()} at start; work folder ${work})\n`);
  io.stdout('The machine may be shared: figures move with its load.\n\n');

  if (!args['skip-throughput']) {
    io.stdout('Pipeline throughput (one core)\n');
    printThroughput();
    io.stdout('\n');
  }

  // 1. Builds.
  const appDist = join(work, 'app-dist');
  const naiveDist = join(work, 'naive-dist');
  await viteBuild(appDist, false);
  await viteBuild(naiveDist, true);
  const initial = initialJsGzip(appDist);
  const naiveInitial = initialJsGzip(naiveDist);

  // 2. The archive: synthetic documents, enough for the largest size (a first small extraction estimates how many).
  const docsDir = join(work, 'docs');
  const corpusFile = join(work, 'corpus.json');
  const cacheDir = join(work, 'extract-cache');
  const quiet: CliIo = { ...io, stdout: () => {}, stderr: () => {} };
  let full: Corpus | undefined;
  let cold: ExtractRun | undefined;
  let warm: ExtractRun | undefined;
  if (args.corpus !== undefined) full = JSON.parse(readFileSync(resolve(io.cwd, args.corpus), 'utf8')) as Corpus;
  else {
    const perDoc = await (async () => {
      const probeDir = join(work, 'probe');
      await synthesize(['--docs', '300', '--seed', args.seed, '--out', probeDir, '--force'], quiet);
      await runExtract(['--seeds', probeDir, '--out', corpusFile, '--no-cache']);
      const probe = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
      rmSync(probeDir, { recursive: true, force: true });
      return probe.events.length / 300;
    })();
    let docs = Math.ceil((largest / perDoc) * 1.05);
    for (;;) {
      await synthesize(['--docs', String(docs), '--seed', args.seed, '--out', docsDir, '--force'], quiet);
      rmSync(cacheDir, { recursive: true, force: true });
      cold = await runExtract(['--seeds', docsDir, '--out', corpusFile, '--cache', cacheDir]);
      full = JSON.parse(readFileSync(corpusFile, 'utf8')) as Corpus;
      if (full.events.length >= largest) break;
      docs = Math.ceil(docs * (largest / full.events.length) * 1.05);
    }
    warm = await runExtract(['--seeds', docsDir, '--out', corpusFile, '--cache', cacheDir]);
  }
  if (!full) throw new Error('no corpus');
  const docBytes = full.documents.reduce((n, d) => n + d.text.length, 0) / Math.max(1, full.documents.length);

  // 3. One site per size: the app with that corpus, the naive page with the same events.
  const mounts: Record<string, string> = {};
  for (const size of sizes) {
    const corpus = corpusOfSize(full, size);
    const app = join(work, 'sites', String(size), 'app');
    const naive = join(work, 'sites', String(size), 'naive');
    rmSync(join(work, 'sites', String(size)), { recursive: true, force: true });
    cpSync(appDist, app, { recursive: true });
    cpSync(naiveDist, naive, { recursive: true });
    const json = JSON.stringify(corpus);
    // The app as the build would ship this corpus: one file, or the split layout from SPLIT_FROM_EVENTS.
    if (layoutFor(corpus) === 'split') writeSplitLayout(corpus, app);
    else writeFileSync(join(app, 'corpus.json'), json);
    writeFileSync(join(naive, 'corpus.json'), json);
    mounts[`/${size}/app/`] = app;
    mounts[`/${size}/naive/`] = naive;
  }
  const server = await serveFolders(mounts);
  const browser = await chromium.launch({
    ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
    args: CHROMIUM_ARGS,
  });
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const result: SizeResult = { size, sourceline: [], naive: [] };
      for (let run = 0; run < runs; run++) {
        // Alternate which page goes first, so neither always gets the warmer machine.
        const order = run % 2 === 0 ? (['sourceline', 'naive'] as const) : (['naive', 'sourceline'] as const);
        for (const which of order) {
          const url = `${server.origin}/${size}/${which === 'sourceline' ? 'app' : 'naive'}/`;
          // Ten minutes: on a loaded machine the naive page needs minutes at 100k events.
          const measured = await measurePage(browser, url, which === 'sourceline' ? SOURCELINE : NAIVE, 600_000);
          result[which].push(measured);
          io.stderr(`  ${size} events, run ${run + 1}/${runs}, ${which}: interactive ${ms(measured.interactiveMs)}, longest task ${ms(measured.longestTaskMs)} (CPU ${ms(measured.longestTaskCpuMs)}), select ${ms(measured.selectMs)} (CPU ${ms(measured.selectCpuMs)})\n`);
        }
      }
      results.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
  }

  io.stdout(`\nIn Chromium (headless, 1280x800), median of ${runs} runs per page; load average ${load()} at the end\n`);
  printTable(results, io);
  io.stdout(`\ninitial JavaScript (gzip): Sourceline ${(initial.bytes / 1024).toFixed(1)} KB (${initial.files.join(', ')}); naive page ${(naiveInitial.bytes / 1024).toFixed(1)} KB\n`);
  if (cold && warm) io.stdout(
    `extraction (npm run extract, ${full.documents.length.toLocaleString('en')} synthetic documents of ${(docBytes / 1024).toFixed(1)} KB mean, ${full.events.length.toLocaleString('en')} events): ` +
      `cold ${Math.round(full.documents.length / cold.seconds).toLocaleString('en')} documents/s (${cold.seconds.toFixed(1)} s), ` +
      `warm ${Math.round(full.documents.length / warm.seconds).toLocaleString('en')} documents/s (${warm.seconds.toFixed(1)} s), process start-up included\n`,
  );
  else io.stdout(`extraction: not run (--corpus ${args.corpus ?? ''})\n`);
  for (const [name, run] of [['cold', cold], ['warm', warm]] as const) if (run) io.stdout(`  ${name}: ${run.timing}\n        ${run.summary}\n`);
  io.stdout('\n');
  const top = results.find((r) => r.size === largest);
  if (top) {
    const ratio = median(top.sourceline.map((run, i) => (top.naive[i]?.interactiveMs ?? NaN) / run.interactiveMs));
    const label = largest >= 1000 ? `${largest / 1000}k` : String(largest);
    io.stdout(
      `${label}: sourceline ${Math.round(median(top.sourceline.map((r) => r.interactiveMs)))} ms, naive ${Math.round(median(top.naive.map((r) => r.interactiveMs)))} ms, ` +
        `ratio ${ratio.toFixed(2)}, longest task ${Math.round(median(top.sourceline.map((r) => r.longestTaskMs)))} ms, initial js ${(initial.bytes / 1024).toFixed(1)} KB, ` +
        `longest task CPU ${ms(pickMedian(top.sourceline.map((r) => r.longestTaskCpuMs)))}, select ${ms(pickMedian(top.sourceline.map((r) => r.selectMs)))} (CPU ${ms(pickMedian(top.sourceline.map((r) => r.selectCpuMs)))}), load average ${load()}\n`,
    );
  }
  if (!args.work) rmSync(work, { recursive: true, force: true });
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
