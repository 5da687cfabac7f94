import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkCorpus } from '../domain/corpus-check.ts';
import { isSkippedFile } from '../domain/corpus-contract.ts';
import type { Corpus } from '../domain/corpus.ts';
import type { CorpusFile, ExtractedFile } from '../extraction/index.ts';
import { cacheKey, pipelineVersion } from './cache-keys.ts';
import { openSink, writeCorpusJson } from './corpus-output.ts';
import { keepMemo, memoKey, memoScratch, readMemo, type CorpusMemo } from './corpus-memo.ts';
import { FileIndex } from './file-index.ts';
import { startProgress } from './progress.ts';
import { displayPath, documentsDir, readDocumentsFolder, readVouched, unreadableFiles, type DocumentsFolder } from './read-documents.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';
import { checkParts, parsePart, parseShard, shardHeaderLine, shardOf, type ShardHeader } from './shards.ts';

/**
 * `npm run extract -- [--seeds DIR] [--out FILE|-] [--strict] [--trace] [--workers N] [--cache DIR | --no-cache]`
 *   documents folder -> corpus JSON.
 * `npm run extract -- --shard I/N --out PART.jsonl [...]`: one shard of the map (see shards.ts).
 * `npm run extract -- merge PART.jsonl... [--out FILE|-] [--strict]`: all shards -> corpus JSON.
 * `npm run extract -- --schema [--out FILE|-]`: the corpus JSON Schema (`--schema-split`: the split layout's).
 * `npm run extract -- split CORPUS.json --out SITE_DIR`: the corpus as the split layout (a manifest
 *   `corpus.json`, a compact index and document shards under `corpus/`; src/domain/corpus-split.ts).
 *
 * Documents come from --seeds, else $SOURCELINE_SEEDS, else seeds/. They are extracted on one worker
 * thread per core (--workers), each document once: results are kept in the extraction cache
 * (node_modules/.cache/sourceline/extract, or --cache DIR; --no-cache for none) under the hash of the
 * file and the pipeline version, so an unchanged document is never extracted twice. The JSON goes
 * to --out (or stdout), written as it is produced (one record per line). On a terminal a progress
 * line shows documents/s and the time left; warnings (skipped files, with the reason), a timing line
 * and a one-line summary go to stderr. With --strict any warning makes the exit code 1; --trace
 * prints each document's pipeline trace. The corpus is validated with the app's own boundary check
 * (`checkCorpus`, held to the zod schema by its tests) before it is written, so the CLI never emits
 * a corpus the app would reject.
 *
 * An unchanged archive costs a listing: a stat index of the folder (file-index.ts) gives each
 * unchanged file's cache key without reading it, and the corpus of the last run with the same input
 * (corpus-memo.ts) is copied. What only other paths need (the pipeline, the worker pool and lmdb, the
 * schema library) is imported when one of them runs, so that path does not load it: about 0.3 s of CPU
 * of start-up at load 10 (esbuild splits the bundle at these imports, node-bundle.mjs).
 */

const USAGE =
  'usage: npm run extract -- [--seeds DIR] [--out FILE|-] [--strict] [--trace] [--workers N] [--cache DIR | --no-cache] [--shard I/N]\n' +
  '       npm run extract -- merge PART... [--out FILE|-] [--strict]\n' +
  '       npm run extract -- split CORPUS.json --out SITE_DIR\n' +
  '       npm run extract -- --schema | --schema-split [--out FILE|-]\n';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_CACHE = resolve(PROJECT_ROOT, 'node_modules/.cache/sourceline/extract');

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const peakMemory = (): string => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;
/**
 * CPU time of the whole process (every thread) and documents per CPU-second, with the load average:
 * on a shared machine wall time says how busy the others are, CPU time what extraction costs.
 */
function cpuFigure(cpu: NodeJS.CpuUsage, files: number): string {
  const seconds = (cpu.user + cpu.system) / 1e6;
  return `CPU ${seconds.toFixed(2)} s, ${Math.round(files / Math.max(seconds, 1e-6)).toLocaleString('en')} documents per CPU-second, load ${loadavg()[0]?.toFixed(1) ?? '?'}`;
}

/** The command; exported so tests run it in-process (`captureCommand`). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        seeds: { type: 'string' },
        strict: { type: 'boolean', default: false },
        schema: { type: 'boolean', default: false },
        'schema-split': { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
        workers: { type: 'string' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const args = parsed.values;
  const [command, ...parts] = parsed.positionals;
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (command !== undefined && command !== 'merge' && command !== 'split') {
    io.stderr(`extract: unknown command "${command}" (the commands are merge and split)\n${USAGE}`);
    return 2;
  }
  if (args.schema || args['schema-split']) {
    const text = args.schema ? (await import('../domain/corpus-json-schema.ts')).corpusJsonSchemaText() : (await import('../domain/corpus-split-schema.ts')).splitJsonSchemaText();
    const sink = openSink(io, args.out);
    sink.write(text);
    sink.close();
    return 0;
  }
  if (command === 'merge') return merge(parts, args, io);
  if (command === 'split') return split(parts, args.out, io);

  const workers = args.workers === undefined ? availableParallelism() : Number(args.workers);
  if (!Number.isSafeInteger(workers) || workers < 1) {
    io.stderr(`extract: --workers must be a whole number of at least 1 (got "${args.workers}")\n${USAGE}`);
    return 2;
  }
  const shard = args.shard === undefined ? undefined : parseShard(args.shard);
  if (args.shard !== undefined && !shard) {
    io.stderr(`extract: --shard must be I/N with 1 <= I <= N (got "${args.shard}")\n${USAGE}`);
    return 2;
  }
  if (args['no-cache'] && args.cache !== undefined) {
    io.stderr(`extract: --cache and --no-cache contradict each other\n${USAGE}`);
    return 2;
  }
  const root = io.cwd;
  const dir = documentsDir(root, args.seeds, io.env);
  const shown = displayPath(dir, root);
  const cacheDir = args['no-cache'] ? undefined : resolve(root, args.cache ?? DEFAULT_CACHE);
  // The stat index vouches for unchanged files (a shard's run reads every file: it extracts what it is not given).
  const index = cacheDir && !shard ? FileIndex.open(cacheDir, dir) : undefined;
  let folder: DocumentsFolder;
  try {
    folder = readDocumentsFolder(dir, index ? { known: index } : {});
  } catch (error) {
    io.stderr(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  for (const { path, reason } of folder.ignored) io.stderr(`note: ${shown}/${path}: ${reason}; ignored\n`);

  const inRun = (list: CorpusFile[]): CorpusFile[] => (shard ? list.filter((f) => shardOf(f.path, shard.of) === shard.shard) : list);
  const progress = startProgress(io, inRun(folder.files).length + folder.vouched.length);
  // An unchanged archive (same files, same bytes, same code) gives the corpus of the last run.
  const memoOf = (keys: ReadonlyMap<string, string>): { dir: string; key: string } | undefined =>
    cacheDir && !shard ? { dir: cacheDir, key: memoKey(pipelineVersion(), inputKeys(folder, keys)) } : undefined;
  let keys = cacheDir ? keysOf(inRun(folder.files), folder.vouched) : undefined;
  let memo = keys && memoOf(keys);
  const last = memo && !args.trace ? readMemo(memo.dir, memo.key) : undefined;
  if (memo && last && keys) {
    index?.save(folder, keys);
    if (args.out === undefined || args.out === '-') io.stdout(readFileSync(last.file, 'utf8'));
    else {
      const target = resolve(io.cwd, args.out);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(last.file, target);
    }
    const seconds = progress.finish();
    const count = folder.files.length + folder.vouched.length;
    io.stderr(
      `extraction: ${plural(count, 'file')} in ${seconds.toFixed(2)} s (${Math.round(count / Math.max(seconds, 1e-6)).toLocaleString('en')} documents/s; ` +
        `all unchanged since the last run: its corpus, from the cache; peak memory ${peakMemory()})\n`,
    );
    return report(last, count + folder.unreadable.length, args, io);
  }
  if (folder.vouched.length > 0) {
    // The corpus must be made again: the files the index vouched for are read after all (each one's
    // record comes from the cache, under the key of the bytes read now).
    folder = readVouched(dir, folder);
    keys = cacheDir ? keysOf(folder.files, []) : undefined;
    memo = keys && memoOf(keys);
  }
  if (index && keys) index.save(folder, keys);
  const files = inRun(folder.files);
  const fileKeys = keys ? files.map((f) => keys.get(f.path) ?? cacheKey(f)) : undefined;
  const cpuBefore = process.cpuUsage();
  const { extractFiles } = await import('./extract-archive.ts');
  const run = await extractFiles(files, { workers, ...(cacheDir ? { cacheDir } : {}), ...(fileKeys ? { keys: fileKeys } : {}), onProgress: (done) => progress.update(done) });
  const seconds = progress.finish();
  const extracted = files.length - run.cached;
  io.stderr(
    `extraction: ${plural(files.length, 'file')} in ${seconds.toFixed(2)} s (${Math.round(files.length / Math.max(seconds, 1e-6)).toLocaleString('en')} documents/s; ` +
      `${run.cached.toLocaleString('en')} from the cache, ${extracted.toLocaleString('en')} extracted${run.workers > 0 ? ` on ${plural(run.workers, 'worker thread')}` : ''}; ` +
      `${cpuFigure(process.cpuUsage(cpuBefore), files.length)}; peak memory ${peakMemory()})\n`,
  );

  if (shard) {
    // The map's output: records as they are, for `merge` to reduce.
    const sink = openSink(io, args.out);
    const header: Omit<ShardHeader, 'sourceline' | 'format'> = { shard: shard.shard, of: shard.of, pipeline: pipelineVersion(), files: run.results.length };
    sink.write(shardHeaderLine(header));
    for (const record of run.results) sink.write(`${JSON.stringify(record)}\n`);
    sink.close();
    const skipped = run.results.filter((r) => !r.ok).length;
    io.stderr(`extracted shard ${shard.shard}/${shard.of}: ${plural(run.results.length - skipped, 'document')}, ${plural(skipped, 'file')} skipped${args.out && args.out !== '-' ? ` -> ${args.out}` : ''}\n`);
    for (const r of run.results) if (!r.ok) io.stderr(`warning: ${r.path}: ${r.reason}; skipped\n`);
    return args.strict && skipped > 0 ? 1 : 0;
  }
  // Unreadable entries (permission, broken links, links out of the folder ...) are skipped files too.
  const { assembleCorpus, corpusPipeline } = await import('../extraction/index.ts');
  const segmentMemo = cacheDir ? (await import('./segment-memo.ts')).FileSegmentMemo.open(cacheDir, pipelineVersion()) : undefined;
  const corpus = assembleCorpus([...run.results, ...unreadableFiles(folder)], corpusPipeline(segmentMemo ? { segmentMemo } : {}));
  segmentMemo?.save();
  return finish(corpus, args, io, files.length + folder.unreadable.length, memo);
}

/** Each file's cache key by path: of the bytes read, or the one the stat index vouched for. */
function keysOf(files: readonly CorpusFile[], vouched: DocumentsFolder['vouched']): Map<string, string> {
  const keys = new Map<string, string>();
  for (const f of files) keys.set(f.path, cacheKey(f));
  for (const v of vouched) keys.set(v.path, v.key);
  return keys;
}

/**
 * What a folder run's corpus is made of, for its memo: every file's key in name order, then the
 * unreadable entries (a new broken link must not be hidden by the memo).
 */
function inputKeys(folder: DocumentsFolder, keys: ReadonlyMap<string, string>): string[] {
  const paths = [...keys.keys()].sort();
  return [...paths.map((p) => keys.get(p) ?? ''), ...folder.unreadable.map((u) => `unreadable ${u.path}: ${u.reason}`)];
}

/** Validates, writes and reports the corpus: the end of a whole-folder run and of `merge`. */
async function finish(
  corpus: Corpus,
  args: { out?: string | undefined; strict?: boolean; trace?: boolean },
  io: CliIo,
  files: number,
  memo?: { dir: string; key: string },
): Promise<number> {
  const checked = checkCorpus(corpus);
  if (!checked.ok) {
    io.stderr(`extract: the corpus fails its own schema (a bug):\n${checked.errors.slice(0, 10).join('\n')}\n`);
    return 1;
  }
  const toStdout = args.out === undefined || args.out === '-';
  // With a memo to keep, stdout output is written to a file first, then printed from it.
  const sink = openSink(io, toStdout && memo ? memoScratch(memo.dir) : args.out);
  writeCorpusJson(corpus, sink);
  sink.close();
  if (memo) {
    const written = toStdout ? memoScratch(memo.dir) : resolve(io.cwd, args.out ?? '');
    keepMemo(memo.dir, written, { key: memo.key, documents: corpus.documents.length, events: corpus.events.length, warnings: corpus.warnings });
    if (toStdout) {
      io.stdout(readFileSync(written, 'utf8'));
      rmSync(written, { force: true });
    }
  }
  if (args.trace) {
    // The pipeline's debug trace, per document: why each clause did or did not become an event.
    const { extractEvents } = await import('../extraction/index.ts');
    for (const d of corpus.documents) {
      io.stderr(`--- ${d.path}\n${extractEvents({ id: d.id, text: d.text, published: d.published }).explain()}\n`);
    }
  }
  return report({ documents: corpus.documents.length, events: corpus.events.length, warnings: corpus.warnings }, files, args, io);
}

/**
 * What a run did, counted apart: documents extracted (and their events) out of the files found, files skipped
 * (each one of the warnings printed above, with its reason) and notes on documents that were kept (a field
 * ignored, a text cut at its budget ...). "3 skipped, 5 warnings" mixed the two.
 */
export function summaryLine(corpus: Omit<CorpusMemo, 'key'>, files: number): string {
  const skipped = corpus.warnings.filter(isSkippedFile).length;
  const notes = corpus.warnings.length - skipped;
  return (
    `extracted ${plural(corpus.documents, 'document')} with ${plural(corpus.events, 'event')} from ${plural(files, 'file')}; ` +
    `${skipped.toLocaleString('en')} skipped${skipped > 0 ? ' (the reason of each in its warning above)' : ''}, ` +
    `${plural(notes, 'note')} on kept documents`
  );
}

/** The warnings and the summary line of a corpus written (or copied from the memo). */
function report(corpus: Omit<CorpusMemo, 'key'>, files: number, args: { out?: string | undefined; strict?: boolean }, io: CliIo): number {
  for (const w of corpus.warnings) io.stderr(`warning: ${w.file}: ${w.reason}\n`);
  io.stderr(`${summaryLine(corpus, files)}${args.out && args.out !== '-' ? ` -> ${args.out}` : ''}\n`);
  return args.strict && corpus.warnings.length > 0 ? 1 : 0;
}

/** `merge PART...`: the reduce over shards written by `--shard I/N`. */
async function merge(parts: string[], args: { out?: string | undefined; strict?: boolean }, io: CliIo): Promise<number> {
  if (parts.length === 0) {
    io.stderr(`extract merge: name the parts to merge (the files written by --shard I/N)\n${USAGE}`);
    return 2;
  }
  const headers: Array<{ name: string; header: ShardHeader }> = [];
  const records: ExtractedFile[] = [];
  for (const name of parts) {
    const path = resolve(io.cwd, name);
    if (!existsSync(path)) {
      io.stderr(`extract merge: ${name}: no such file\n`);
      return 2;
    }
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    const part = await parsePart(lines);
    if (!part.ok) {
      io.stderr(`extract merge: ${name}: ${part.reason}\n`);
      return 2;
    }
    headers.push({ name: basename(name), header: part.header });
    for (const r of part.records) records.push(r);
  }
  const problem = checkParts(headers);
  if (problem !== undefined) {
    io.stderr(`extract merge: ${problem}\n`);
    return 2;
  }
  if (headers[0]?.header.pipeline !== pipelineVersion()) {
    io.stderr('note: the parts were extracted by another version of the pipeline than this checkout\'s; merging them as they are\n');
  }
  const { assembleCorpus } = await import('../extraction/index.ts');
  return finish(assembleCorpus(records), args, io, records.length);
}

/** A whole corpus file -> the split layout in a site folder (checked first: only a valid corpus is split). */
async function split(parts: string[], out: string | undefined, io: CliIo): Promise<number> {
  const [input, ...extra] = parts;
  if (input === undefined || extra.length > 0 || out === undefined || out === '-') {
    io.stderr(`extract: split takes one corpus file and --out SITE_DIR\n${USAGE}`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(io.cwd, input), 'utf8'));
  } catch (error) {
    io.stderr(`extract: ${input}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const checked = checkCorpus(json);
  if (!checked.ok) {
    io.stderr(`extract: ${input} is not a valid corpus: ${checked.errors.slice(0, 5).join('; ')}\n`);
    return 1;
  }
  const target = resolve(io.cwd, out);
  const { writeSplitLayout } = await import('./split-layout.ts');
  const written = writeSplitLayout(checked.corpus, target);
  io.stderr(
    `split ${plural(checked.corpus.events.length, 'event')} of ${plural(checked.corpus.documents.length, 'document')} into ${plural(written.files, 'file')} ` +
      `(${(written.bytes / 2 ** 20).toFixed(1)} MB; index ${(written.indexBytes / 2 ** 20).toFixed(1)} MB) -> ${out}/corpus.json, ${out}/corpus/\n`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
