import { resolve } from 'node:path';
import { readDocumentsFolder } from '../../src/cli/read-documents.ts';
import { parseCorpus, type Corpus } from '../../src/domain/corpus.ts';
import { assembleCorpus, extractFile } from '../../src/extraction/index.ts';

/**
 * The multi-source fixture corpus of the journeys: the story fixture (five outlets reporting one week
 * of Storm Idris, src/extraction/fixtures/story/) run through the real pipeline, corpus-level stages
 * included: reports of one happening merged into one event (their other ids kept as aliases), the
 * power cut dated Monday by three outlets and Tuesday by one (uncertain), actors and salience.
 * Deterministic; validated with the app's own schema.
 */

const STORY_DIR = resolve(import.meta.dirname, '../../src/extraction/fixtures/story');

export function storyCorpus(): Corpus {
  const folder = readDocumentsFolder(STORY_DIR);
  const corpus = assembleCorpus(folder.files.map((file) => extractFile(file)));
  const parsed = parseCorpus(corpus);
  if (!parsed.ok) throw new Error(`the story fixture corpus is not valid:\n${parsed.errors.join('\n')}`);
  return parsed.corpus;
}
