import { checkTraceability } from '../domain/corpus-contract.ts';
import type { Corpus, CorpusWarning, SourceDocument, TimelineEvent } from '../domain/corpus.ts';
import { defaultCorpusPipeline } from './corpus/default-corpus-pipeline.ts';
import type { CorpusDocument, CorpusEvent, CorpusStage, CorpusState, DocumentAnalysis } from './corpus/types.ts';
import { defaultPipeline } from './default-pipeline.ts';
import { compareEvents, extractEvents, happeningsOf, StageError } from './extract-events.ts';
import { readDocument } from './read-document.ts';
import { safeIdPart } from './stages/assign-ids.ts';
import type { PipelineStage } from './types.ts';

export { extractEvents, runStages, StageError } from './extract-events.ts';
export { createPipeline, defaultPipeline } from './default-pipeline.ts';
export { readDocument, documentIdOf, titleFromText, MAX_DOCUMENT_BYTES } from './read-document.ts';
export { TraceabilityError } from './stages/check-traceability.ts';
export { corpusPipeline, defaultCorpusPipeline } from './corpus/default-corpus-pipeline.ts';
export type { SegmentMemo } from './corpus/merge-across-articles.ts';
export type { DocumentAnalysis } from './corpus/types.ts';

export interface CorpusFile {
  /** Path relative to the documents folder, with `/` separators, e.g. `000_x.txt`. Never absolute. */
  path: string;
  bytes: Uint8Array;
}

/**
 * One file's share of a corpus: its document and events, or why it is skipped (`stage`: the pipeline
 * stage that threw, when one did). Depends on nothing but the file, so a caller that re-extracts often
 * (the dev server's corpus plugin) can keep it per file and redo only the files whose bytes changed.
 */
export type ExtractedFile =
  | { ok: true; path: string; document: SourceDocument; notes: string[]; events: TimelineEvent[]; analysis: DocumentAnalysis }
  | { ok: false; path: string; reason: string; stage?: string };

/**
 * Per-document budgets. Time grows linearly with the text (see `npm run fuzz`), so these bound a
 * document, not a normal article: a 20 KB article takes ~10 ms on one quiet core.
 * - `maxChars`: only the text up to the last paragraph break before this many characters gives events
 *   (the rest stays readable in the article view); a note says so.
 * - `maxMs`: checked after every stage; a document still running past it is skipped with a warning
 *   naming the stage it reached (never a hang: the stages are linear, and the dev server also stops
 *   a worker that overruns). It counts CPU time when the caller gives a `cpuClock` (the Node entry
 *   points do), else wall time.
 */
export interface ExtractionBudget {
  maxChars: number;
  maxMs: number;
}

export const DEFAULT_BUDGET: ExtractionBudget = { maxChars: 1_000_000, maxMs: 30_000 };

export interface ExtractOptions {
  budget?: ExtractionBudget;
  stages?: readonly PipelineStage[];
  /** Milliseconds clock, for the time budget (tests pass a fake one). */
  now?: () => number;
  /**
   * CPU milliseconds of the thread that extracts (src/cli/thread-cpu-time.ts), so that a loaded machine,
   * which stretches wall time, never skips a document: when given, a document is over its budget only
   * once this clock too has passed `maxMs`. It is read at the start and then only after wall time
   * (`now`) has passed `maxMs`, since a thread's CPU time never exceeds its wall time and a read is a
   * system call. A reading that is not a number leaves wall time to decide.
   */
  cpuClock?: () => number;
}

class BudgetExceeded extends Error {
  override readonly name = 'BudgetExceeded';
  constructor(readonly stage: string, readonly ms: number, cpu: boolean) {
    super(`extraction took over ${Math.round(ms / 1000)} s${cpu ? ' of CPU time' : ''} (stopped after ${stage})`);
  }
}

function oneLine(message: string): string {
  const first = message.split('\n').find((line) => line.trim() !== '') ?? message;
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

/** Where extraction of a too-long text stops: the last paragraph break (else line, else space) before `max`. */
export function extractionCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(sep, max - sep.length);
    if (at > max / 2) return at;
  }
  // No separator in the second half: cut at `max`, but never inside a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Decodes, validates and extracts one file. Pure, and never throws: an exception inside the pipeline
 * (a bug one document triggers) becomes a skipped file whose reason names the stage and the message.
 */
export function extractFile(file: CorpusFile, options: ExtractOptions = {}): ExtractedFile {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const now = options.now ?? (() => performance.now());
  let stage = 'readDocument';
  try {
    const result = readDocument(file.path, file.bytes);
    if (!result.ok) return { ok: false, path: file.path, reason: result.reason };
    const { document } = result;
    const notes = [...result.notes];
    const cut = extractionCut(document.text, budget.maxChars);
    if (cut < document.text.length) {
      notes.push(`the text is ${document.text.length.toLocaleString('en-US')} characters long; only the first ${cut.toLocaleString('en-US')} give events (the budget is ${budget.maxChars.toLocaleString('en-US')}); the rest is not extracted`);
    }
    const started = now();
    const { cpuClock } = options;
    const cpuStarted = cpuClock?.();
    const timed = (options.stages ?? defaultPipeline).map((s): PipelineStage => ({
      name: s.name,
      run(state) {
        stage = s.name;
        const next = s.run(state);
        const ms = now() - started;
        if (ms > budget.maxMs) {
          const cpu = cpuClock && cpuStarted !== undefined ? cpuClock() - cpuStarted : Number.NaN;
          if (!Number.isFinite(cpu)) throw new BudgetExceeded(s.name, ms, false);
          if (cpu > budget.maxMs) throw new BudgetExceeded(s.name, cpu, true);
        }
        return next;
      },
    }));
    const { events, state } = extractEvents({ id: document.id, text: document.text.slice(0, cut), published: document.published }, timed);
    const analysis: DocumentAnalysis = {
      actors: state.actors?.actors ?? [],
      sketches: happeningsOf(state).map((h) => ({ id: h.id, sketch: h.sketch })),
      days: [...new Set(state.mentions.filter((m) => m.interval?.precision === 'day' && m.interval.start === m.interval.end).map((m) => m.interval?.start ?? ''))].filter((d) => d !== '').sort(),
    };
    return { ok: true, path: file.path, document, notes, events, analysis };
  } catch (caught) {
    const error = caught instanceof StageError ? caught.original : caught;
    if (error instanceof BudgetExceeded) return { ok: false, path: file.path, reason: error.message, stage: error.stage };
    const where = caught instanceof StageError ? caught.stage : stage;
    const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
    return { ok: false, path: file.path, reason: `extraction failed in ${where}: ${oneLine(message)}`, stage: where };
  }
}

/**
 * Files -> corpus. Pure: decoding, validation and extraction, no I/O. A file that cannot be a
 * document, or whose extraction throws, is skipped with a warning naming it and the reason; the others
 * are extracted. Output is deterministic: documents sorted by id, events by start then id, warnings by file.
 */
export function extractCorpus(files: ReadonlyArray<CorpusFile>, options: ExtractOptions = {}): Corpus {
  return assembleCorpus(files.map((f) => extractFile(f, options)));
}

/** `.txt` before `.md` before anything else: the order in which clashing files claim a document id. */
function extensionRank(path: string): number {
  const lower = path.toLowerCase();
  return lower.endsWith('.txt') ? 0 : lower.endsWith('.md') ? 1 : 2;
}

function fileNameOf(path: string): string {
  return path.split('/').pop() ?? path;
}

/** A document under a new id: its events' ids and sources follow (ids start with the safe document id). */
function renamed(file: Extract<ExtractedFile, { ok: true }>, id: string): Extract<ExtractedFile, { ok: true }> {
  const oldPrefix = safeIdPart(file.document.id);
  const newPrefix = safeIdPart(id);
  const rename = (eventId: string): string => newPrefix + eventId.slice(oldPrefix.length);
  return {
    ...file,
    document: { ...file.document, id },
    events: file.events.map((e) => ({
      ...e,
      id: rename(e.id),
      aliases: e.aliases.map(rename),
      sources: e.sources.map((s) => ({ ...s, docId: id })),
    })),
    analysis: { ...file.analysis, sketches: file.analysis.sketches.map((s) => ({ ...s, id: rename(s.id) })) },
  };
}

/**
 * Extracted files -> corpus: what `extractCorpus` does after extracting each file (the reduce), then the
 * corpus stages (`stages`, by default `defaultCorpusPipeline`: actors across documents, one event per
 * happening across articles, salience, the actor table). Independent of input order. Document ids are file names without extension; when two files give one id (`x.txt` beside
 * `x.md`, or `a b.txt` beside `a_b.txt`, which event ids write alike), the `.txt` (else the first path
 * in byte order) keeps it, so adding a file never takes over an existing document's id or links, and
 * each other file takes its whole file name as id (`x.md`; `x.md-2` if even that is taken), with a
 * warning. A document whose events do not slice its own text (a pipeline bug) is skipped with a warning.
 */
export function assembleCorpus(extracted: ReadonlyArray<ExtractedFile>, stages: readonly CorpusStage[] = defaultCorpusPipeline): Corpus {
  const documents: CorpusDocument[] = [];
  const events: CorpusEvent[] = [];
  const warnings: CorpusWarning[] = [];
  const sorted = [...extracted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const readable: Array<Extract<ExtractedFile, { ok: true }>> = [];
  for (const file of sorted) {
    if (file.ok) readable.push(file);
    else warnings.push({ file: file.path, reason: `${file.reason}; skipped`, ...(file.stage !== undefined ? { stage: file.stage } : {}) });
  }
  // Claim ids: first every clash group's winner, then the others, so a renamed file never takes an id a
  // document has on its own.
  const claimants = [...readable].sort((a, b) => extensionRank(a.path) - extensionRank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const taken = new Map<string, string>();
  const losers: typeof readable = [];
  const kept: typeof readable = [];
  for (const file of claimants) {
    const key = safeIdPart(file.document.id);
    if (taken.has(key)) losers.push(file);
    else {
      taken.set(key, file.path);
      kept.push(file);
    }
  }
  for (const file of losers) {
    const holder = taken.get(safeIdPart(file.document.id)) ?? '';
    const name = fileNameOf(file.path);
    let id = name;
    for (let n = 2; taken.has(safeIdPart(id)); n++) id = `${name}-${n}`;
    taken.set(safeIdPart(id), file.path);
    kept.push(renamed(file, id));
    warnings.push({ file: file.path, reason: `document id "${file.document.id}" is taken by ${holder}; this document's id is "${id}" (rename the file to choose one)` });
  }
  for (const file of kept) {
    const errors = checkTraceability({ documents: [file.document], events: file.events });
    if (errors.length > 0) {
      warnings.push({ file: file.path, reason: `extraction failed in checkTraceability: ${oneLine(errors[0] ?? '')}; skipped`, stage: 'checkTraceability' });
      continue;
    }
    documents.push({ document: file.document, analysis: file.analysis });
    const sketches = new Map(file.analysis.sketches.map((s) => [s.id, s.sketch]));
    for (const event of file.events) {
      // An event without a sketch (a record from an older cache) matches nothing: it stays its own event.
      events.push({ event, sketch: sketches.get(event.id) ?? { kind: `~${event.id}`, stems: [], actors: [], persons: [], places: [], planned: false, lead: false } });
    }
    for (const note of file.notes) warnings.push({ file: file.path, reason: note });
  }
  documents.sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
  events.sort((a, b) => compareEvents(a.event, b.event));
  warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const initial: CorpusState = { documents, events, actors: [], warnings, trace: [] };
  const final = stages.reduce((state, stage) => stage.run(state), initial);
  return {
    version: 2,
    documents: final.documents.map((d) => d.document),
    events: final.events.map((e) => e.event).sort(compareEvents),
    actors: final.actors,
    warnings: final.warnings,
  };
}
