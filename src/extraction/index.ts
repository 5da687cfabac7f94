import { checkTraceability, type Corpus, type CorpusWarning, type SourceDocument, type TimelineEvent } from '../domain/corpus.ts';
import { compareEvents, extractEvents } from './extract-events.ts';
import { readDocument } from './read-document.ts';
import { safeIdPart } from './stages/assign-ids.ts';

export { extractEvents, runStages } from './extract-events.ts';
export { createPipeline, defaultPipeline } from './default-pipeline.ts';
export { readDocument, documentIdOf, titleFromText } from './read-document.ts';
export { TraceabilityError } from './stages/check-traceability.ts';

export interface CorpusFile {
  /** Path relative to the project root, e.g. `seeds/000_x.txt`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * One file's share of a corpus: its document and events, or why it is skipped. Depends on nothing but
 * the file, so a caller that re-extracts often (the dev server's corpus plugin) can keep it per file
 * and redo only the files whose bytes changed.
 */
export type ExtractedFile =
  | { ok: true; path: string; document: SourceDocument; notes: string[]; events: TimelineEvent[] }
  | { ok: false; path: string; reason: string };

/** Decodes, validates and extracts one file. Pure. */
export function extractFile(file: CorpusFile): ExtractedFile {
  const result = readDocument(file.path, file.bytes);
  if (!result.ok) return { ok: false, path: file.path, reason: result.reason };
  const { document, notes } = result;
  const { events } = extractEvents({ id: document.id, text: document.text, published: document.published });
  return { ok: true, path: file.path, document, notes, events };
}

/**
 * Files -> corpus. Pure: decoding, validation and extraction, no I/O. A file that cannot be a
 * document is skipped with a warning naming it and the reason; the others are extracted. Output is
 * deterministic: documents sorted by id, events by start then id, warnings by file.
 * Throws `TraceabilityError` if an event ever fails to slice its own document (a pipeline bug).
 */
export function extractCorpus(files: ReadonlyArray<CorpusFile>): Corpus {
  return assembleCorpus(files.map(extractFile));
}

/**
 * Extracted files -> corpus: what `extractCorpus` does after extracting each file. Files are taken in
 * path order; of two with the same document id the first is kept and the second skipped with a warning.
 */
export function assembleCorpus(extracted: ReadonlyArray<ExtractedFile>): Corpus {
  const documents: SourceDocument[] = [];
  const events: TimelineEvent[] = [];
  const warnings: CorpusWarning[] = [];
  const byId = new Map<string, string>();
  const sorted = [...extracted].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    if (!file.ok) {
      warnings.push({ file: file.path, reason: `${file.reason}; skipped` });
      continue;
    }
    // Event ids embed the document id with unsafe characters replaced, so compare that form.
    const key = safeIdPart(file.document.id);
    const clash = byId.get(key);
    if (clash !== undefined) {
      warnings.push({ file: file.path, reason: `same document id as ${clash} (ids are file names without extension); skipped` });
      continue;
    }
    byId.set(key, file.path);
    documents.push(file.document);
    events.push(...file.events);
    for (const note of file.notes) warnings.push({ file: file.path, reason: note });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  events.sort(compareEvents);
  const corpus: Corpus = { version: 2, documents, events, actors: [], warnings };
  const errors = checkTraceability(corpus);
  if (errors.length > 0) throw new Error(`extractCorpus: untraceable events:\n${errors.join('\n')}`);
  return corpus;
}
