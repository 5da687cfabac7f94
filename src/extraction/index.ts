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
 * Files -> corpus. Pure: decoding, validation and extraction, no I/O. A file that cannot be a
 * document is skipped with a warning naming it and the reason; the others are extracted. Output is
 * deterministic: documents sorted by id, events by start then id, warnings by file.
 * Throws `TraceabilityError` if an event ever fails to slice its own document (a pipeline bug).
 */
export function extractCorpus(files: ReadonlyArray<CorpusFile>): Corpus {
  const documents: SourceDocument[] = [];
  const warnings: CorpusWarning[] = [];
  const byId = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    const result = readDocument(file.path, file.bytes);
    if (!result.ok) {
      warnings.push({ file: file.path, reason: `${result.reason}; skipped` });
      continue;
    }
    // Event ids embed the document id with unsafe characters replaced, so compare that form.
    const key = safeIdPart(result.document.id);
    const clash = byId.get(key);
    if (clash !== undefined) {
      warnings.push({ file: file.path, reason: `same document id as ${clash} (ids are file names without extension); skipped` });
      continue;
    }
    byId.set(key, file.path);
    documents.push(result.document);
    for (const note of result.notes) warnings.push({ file: file.path, reason: note });
  }
  documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const events: TimelineEvent[] = documents
    .flatMap((d) => extractEvents({ id: d.id, text: d.text, published: d.published }).events)
    .sort(compareEvents);
  const corpus: Corpus = { version: 1, documents, events, warnings };
  const errors = checkTraceability(corpus);
  if (errors.length > 0) throw new Error(`extractCorpus: untraceable events:\n${errors.join('\n')}`);
  return corpus;
}
