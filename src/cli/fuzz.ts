import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile } from '../extraction/index.ts';
import { leastCpuMsPerCall, shapeClock } from './fuzz/cpu-time.ts';
import { fuzzFiles } from './fuzz/documents.ts';
import { checkFiles, growthSteps, SHAPE_RUN_MS, shapeSizes, timeShapes, type Problem } from './fuzz/invariants.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';

/**
 * `npm run fuzz -- [--docs N] [--seed S] [--shape-size BYTES] [--runs R] [--shape NAME]... [--no-shapes] [--save DIR]`
 *
 * 1. Extracts N generated and mutated documents (src/cli/fuzz/documents.ts; the same documents for the
 *    same seed) and checks every invariant of src/cli/fuzz/invariants.ts: crashes, offset mismatches,
 *    duplicate ids, non-determinism, ids that move when unrelated documents are added, documents over
 *    their time budget. Prints the time per KB and the slowest inputs (`--save DIR` writes them, and
 *    every file with a problem, to DIR to reproduce).
 * 2. Times each input shape of src/cli/fuzz/shapes.ts inside the 3,000-character sentence cap (350 to 2,800
 *    bytes) and at n to 32n bytes (4 to 128 KB by default): the CPU time of the extraction alone on the measuring
 *    thread's clock, the least of R runs of at least 200 ms of CPU each, the sizes interleaved
 *    (src/cli/fuzz/cpu-time.ts), and flags a shape whose CPU time grows more than x12 for x8 the size (linear is
 *    x8) from 350 B to 2.8 KB, n to 8n or 4n to 32n. The wall-time growth of the last step is printed beside it,
 *    never judged: on a loaded machine it is mostly waiting. `--shape NAME` (repeatable) times only the shapes
 *    whose names contain NAME.
 * Exit code 1 when anything is found. Prints figures; asserts nothing about speed in `npm test`.
 */

const USAGE = 'usage: npm run fuzz -- [--docs N] [--seed S] [--shape-size BYTES] [--runs R] [--shape NAME]... [--no-shapes] [--save DIR]\n';
/** The most a shape may grow for x8 the size before it counts as super-linear (issue 10's threshold). */
const MAX_GROWTH = 12;

const KINDS: ReadonlyArray<[Problem['kind'], string]> = [
  ['crash', 'crashes'],
  ['mismatch', 'offset mismatches'],
  ['duplicate-id', 'duplicate ids'],
  ['non-deterministic', 'non-deterministic results'],
  ['unstable-id', 'ids moved by unrelated documents'],
  ['over-budget', 'documents over their budget'],
];

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`fuzz: --${name} must be a whole number, got "${value}"`);
  return n;
}

export function main(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        docs: { type: 'string' },
        seed: { type: 'string' },
        'shape-size': { type: 'string' },
        runs: { type: 'string' },
        shape: { type: 'string', multiple: true },
        'no-shapes': { type: 'boolean', default: false },
        save: { type: 'string' },
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
  const docs = positiveInt(args.docs, 1000, 'docs');
  const seed = positiveInt(args.seed, 1, 'seed');
  const shapeSize = positiveInt(args['shape-size'], 4096, 'shape-size');
  const runs = Math.max(1, positiveInt(args.runs, 5, 'runs'));
  const out = (line = ''): void => io.stdout(`${line}\n`);

  const files = fuzzFiles(docs, seed).map((f) => ({ path: f.name, bytes: f.bytes }));
  const started = Date.now();
  const report = checkFiles(files);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  out(`fuzz: ${report.files} documents (seed ${seed}), each extracted twice and beside unrelated documents, in ${seconds} s`);
  out(`  ${report.documents} extracted with ${report.events} events, ${report.skipped} skipped as unreadable (by design: bad dates, encodings, front matter)`);
  for (const [kind, label] of KINDS) out(`  ${String(report.problems.filter((p) => p.kind === kind).length).padStart(6)} ${label}`);
  for (const p of report.problems.slice(0, 10)) out(`    ${p.kind}: ${p.file}: ${p.detail.slice(0, 200)}`);

  const perKb = report.timings.filter((t) => t.bytes > 0).map((t) => ({ ...t, perKb: t.ms / (t.bytes / 1024) }));
  const sorted = [...perKb].sort((a, b) => a.perKb - b.perKb);
  const pct = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.perKb ?? 0;
  out(`  CPU time per KB (one run each): median ${pct(0.5).toFixed(2)} ms, p99 ${pct(0.99).toFixed(2)} ms, max ${pct(1).toFixed(2)} ms`);
  // One run of a small document is easily doubled by a garbage collection or a JIT pause: the 20 slowest
  // by one run are timed again (least of R runs) and the slowest of those are listed.
  const byName = new Map(files.map((f) => [f.path, f]));
  const slowest = [...report.timings]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 20)
    .map((t) => {
      const file = byName.get(t.file);
      return file ? { ...t, ms: leastCpuMsPerCall(() => void extractFile(file), runs) } : t;
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  out(`  slowest inputs (least of ${runs} runs): ${slowest.map((t) => `${t.file} (${(t.bytes / 1024).toFixed(1)} KB, ${t.ms.toFixed(1)} ms)`).join(', ')}`);
  if (args.save !== undefined) {
    const dir = resolve(io.cwd, args.save);
    mkdirSync(dir, { recursive: true });
    const keep = new Set([...slowest.map((t) => t.file), ...report.problems.map((p) => p.file)]);
    for (const f of files) if (keep.has(f.path)) writeFileSync(join(dir, f.path), f.bytes);
    out(`  saved ${keep.size} inputs to ${args.save}`);
  }

  let superLinear = 0;
  if (!args['no-shapes']) {
    const sizes = shapeSizes(shapeSize);
    const steps = growthSteps(sizes);
    const kb = (b: number): string => (b < 1024 ? `${b} B` : `${+(b / 1024).toFixed(1)} KB`);
    out();
    const lastStep = steps[steps.length - 1];
    out(`shapes: CPU ms of one extraction (least of ${runs} runs, each repeated to >= ${SHAPE_RUN_MS} ms of CPU, sizes interleaved) for a body of each size,`);
    out(`  on ${shapeClock.name};`);
    out(`  growth for x8 the size (linear is x8, more than x${MAX_GROWTH} in CPU time is flagged): ${steps.map(([a, b]) => `${kb(a)} -> ${kb(b)}`).join(', ')}; wall: the same runs' wall-time growth, not judged`);
    out(`  ${'shape'.padEnd(30)}${sizes.map((b) => kb(b).padStart(9)).join('')}  ${steps.map(([a, b]) => `${kb(a)}->${kb(b)}`.padStart(14)).join('')}${lastStep ? '  wall'.padStart(8) : ''}`);
    const names = args.shape;
    const only = names === undefined ? undefined : (name: string): boolean => names.some((n) => name.includes(n));
    for (const t of timeShapes(shapeSize, runs, only)) { // one row as soon as each shape is measured
      const over = t.growth.some((g) => g.ratio > MAX_GROWTH);
      if (over) superLinear++;
      const cells = t.ms.map((ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(9)).join('');
      const wall = t.growth[t.growth.length - 1];
      out(`  ${t.shape.padEnd(30)}${cells}  ${t.growth.map((g) => `x${g.ratio.toFixed(1)}`.padStart(14)).join('')}${wall ? `x${wall.wallRatio.toFixed(1)}`.padStart(8) : ''}${over ? '  SUPER-LINEAR' : ''}`);
    }
    out(`  ${superLinear} shapes more than linear`);
  }
  return report.problems.length > 0 || superLinear > 0 ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
