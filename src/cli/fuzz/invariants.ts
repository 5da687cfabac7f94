import { checkTraceability, parseCorpus, type Corpus } from '../../domain/corpus.ts';
import { assembleCorpus, extractFile, type CorpusFile, type ExtractedFile } from '../../extraction/index.ts';
import { cpuMsSince, leastMsPerCallInterleaved, shapeClock } from './cpu-time.ts';
import { SHAPES } from './shapes.ts';

/**
 * What must hold for any input (issue 10, issue 6 §1), checked per file and for the corpus:
 * - no crash: `extractFile` never throws, and no document is skipped because a pipeline stage threw
 *   (that is a bug the input triggered, even though the corpus survives it);
 * - no offset mismatch: every quote and date phrase is `text.slice(start, end)` of its document, and the
 *   corpus passes the app's own schema;
 * - unique event ids;
 * - deterministic: a second extraction gives the same bytes;
 * - stable ids: adding unrelated documents changes no event id of the others;
 * - within budget: no document skipped for time.
 */
export interface Problem {
  kind: 'crash' | 'mismatch' | 'duplicate-id' | 'non-deterministic' | 'unstable-id' | 'over-budget';
  file: string;
  detail: string;
}

export interface FileTiming {
  file: string;
  bytes: number;
  /** CPU ms of the first extraction (src/cli/fuzz/cpu-time.ts). */
  ms: number;
}

export interface FuzzReport {
  files: number;
  documents: number;
  events: number;
  skipped: number;
  problems: Problem[];
  timings: FileTiming[];
}

const UNRELATED: CorpusFile[] = [
  { path: 'zz-unrelated-a.txt', bytes: new TextEncoder().encode('date 2022-12-20 The council signed the water agreement on December 5, 2022.') },
  { path: 'zz-unrelated-b.md', bytes: new TextEncoder().encode('---\ndate: 2023-03-02\n---\nNegotiators met on Tuesday, and they will meet again next week.') },
];

function problemsOfFile(result: ExtractedFile): Problem[] {
  if (result.ok) {
    const errors = checkTraceability({ documents: [result.document], events: result.events });
    return errors.map((detail) => ({ kind: 'mismatch', file: result.path, detail }));
  }
  if (/^extraction took over/.test(result.reason)) return [{ kind: 'over-budget', file: result.path, detail: result.reason }];
  if (result.stage !== undefined) return [{ kind: 'crash', file: result.path, detail: result.reason }];
  return [];
}

function corpusProblems(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const parsed = parseCorpus(JSON.parse(JSON.stringify(corpus)));
  if (!parsed.ok) for (const detail of parsed.errors.slice(0, 5)) problems.push({ kind: 'mismatch', file: '(corpus)', detail });
  const seen = new Set<string>();
  for (const e of corpus.events) {
    if (seen.has(e.id)) problems.push({ kind: 'duplicate-id', file: e.sources[0]?.docId ?? '?', detail: e.id });
    seen.add(e.id);
  }
  return problems;
}

/** Extracts `files` twice and with unrelated documents added, checking every invariant above. */
export function checkFiles(files: ReadonlyArray<CorpusFile>): FuzzReport {
  const problems: Problem[] = [];
  const timings: FileTiming[] = [];
  const first: ExtractedFile[] = [];
  for (const file of files) {
    const cpu = process.cpuUsage();
    let result: ExtractedFile;
    try {
      result = extractFile(file);
    } catch (error) {
      problems.push({ kind: 'crash', file: file.path, detail: `extractFile threw: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    timings.push({ file: file.path, bytes: file.bytes.length, ms: cpuMsSince(cpu) });
    first.push(result);
    problems.push(...problemsOfFile(result));
  }
  let corpus: Corpus;
  try {
    corpus = assembleCorpus(first);
  } catch (error) {
    problems.push({ kind: 'crash', file: '(corpus)', detail: `assembleCorpus threw: ${error instanceof Error ? error.message : String(error)}` });
    return { files: files.length, documents: 0, events: 0, skipped: files.length, problems, timings };
  }
  problems.push(...corpusProblems(corpus));
  // Determinism: a fresh extraction of every file, in reverse order.
  const again = assembleCorpus([...files].reverse().map((f) => extractFile(f)));
  if (JSON.stringify(again) !== JSON.stringify(corpus)) {
    const differs = corpus.documents.find((d, i) => JSON.stringify(d) !== JSON.stringify(again.documents[i]))?.path ?? '(events or warnings)';
    problems.push({ kind: 'non-deterministic', file: differs, detail: 'a second extraction differs' });
  }
  // Id stability: unrelated documents added beside them change no id.
  const widened = assembleCorpus([...first, ...UNRELATED.map((f) => extractFile(f))]);
  const ids = new Set(widened.events.map((e) => e.id));
  for (const e of corpus.events) {
    if (!ids.has(e.id)) problems.push({ kind: 'unstable-id', file: e.sources[0]?.docId ?? '?', detail: `${e.id} is gone once unrelated documents are added` });
  }
  return { files: files.length, documents: corpus.documents.length, events: corpus.events.length, skipped: files.length - corpus.documents.length, problems, timings };
}

export interface ShapeTiming {
  shape: string;
  /** Body sizes in bytes, ascending. */
  sizes: number[];
  /** CPU ms of one extraction per size on `shapeClock` (the least of the runs). */
  ms: number[];
  /** Wall ms of one extraction per size (the least of the same runs): shown, never judged. */
  wallMs: number[];
  /** Time ratio for each x8 step that is measured: ms(to) / ms(from) in CPU time (the verdict), and in wall time. */
  growth: Array<{ from: number; to: number; ratio: number; wallRatio: number }>;
}

/** Below the 3,000-character sentence cap (one sentence of 2,800 characters still gives events). */
export const IN_CAP_SIZES: readonly number[] = [350, 700, 1400, 2800];

/** The sizes a shape is timed at: inside the sentence cap, then n, 2n ... 32n (4 KB to 128 KB by default). */
export function shapeSizes(n: number): number[] {
  return [...IN_CAP_SIZES.filter((s) => s < n), n, 2 * n, 4 * n, 8 * n, 16 * n, 32 * n];
}

/** The x8 steps read from `sizes`: every pair of measured sizes eight times apart that starts a series. */
export function growthSteps(sizes: readonly number[]): Array<[number, number]> {
  const steps: Array<[number, number]> = [];
  const inCap = sizes.filter((s) => IN_CAP_SIZES.includes(s));
  const large = sizes.filter((s) => !IN_CAP_SIZES.includes(s));
  if (inCap.length > 0 && sizes.includes(inCap[0]! * 8)) steps.push([inCap[0]!, inCap[0]! * 8]);
  for (const from of [large[0], large[2]]) if (from !== undefined && sizes.includes(from * 8)) steps.push([from, from * 8]);
  return steps;
}

/**
 * CPU ms each timed run of a shape lasts at least (a small document is extracted as often as that takes). On a
 * loaded machine one 16 KB extraction varied from 56 to 148 ms between runs: runs of similar length at every
 * size (one 128 KB extraction takes about as long) average over the same stretches of load, so their ratio is
 * the document's growth, not the machine's.
 */
export const SHAPE_RUN_MS = 200;

/**
 * The CPU time of one extraction of each shape at every size of `shapeSizes(n)` on `shapeClock` (the measuring
 * thread's CPU time; after a warm-up; the least of `runs` runs, each repeated to at least `SHAPE_RUN_MS` of CPU,
 * the sizes interleaved: src/cli/fuzz/cpu-time.ts) and its growth for x8 the size: inside the sentence cap
 * (350 to 2,800 bytes), 4 to 32 KB and 16 to 128 KB. Wall time of the same runs comes beside it.
 */
export function* timeShapes(n: number, runs = 3, only?: (name: string) => boolean): Generator<ShapeTiming> {
  const encoder = new TextEncoder();
  const sizes = shapeSizes(n);
  const steps = growthSteps(sizes);
  for (const shape of SHAPES) {
    if (only && !only(shape.name)) continue;
    const calls = sizes.map((size) => {
      const file = { path: 'shape.txt', bytes: encoder.encode(shape.build(size)) };
      extractFile(file);
      return () => void extractFile(file);
    });
    const times = leastMsPerCallInterleaved(calls, runs, SHAPE_RUN_MS, shapeClock);
    const ms = times.map((t) => t.cpuMs);
    const wallMs = times.map((t) => t.wallMs);
    const at = (figures: number[], size: number): number => figures[sizes.indexOf(size)] ?? 0;
    const growth = steps.map(([from, to]) => ({ from, to, ratio: at(ms, to) / at(ms, from), wallRatio: at(wallMs, to) / at(wallMs, from) }));
    yield { shape: shape.name, sizes, ms, wallMs, growth };
  }
}
