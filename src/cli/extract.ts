import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusJsonSchemaText } from '../domain/corpus-json-schema.ts';
import { parseCorpus } from '../domain/corpus.ts';
import { extractCorpus, extractEvents } from '../extraction/index.ts';
import { documentsDir, readDocumentsFolder } from './read-documents.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';

/**
 * `npm run extract -- [--seeds DIR] [--out FILE|-] [--strict] [--trace]` : documents folder -> corpus JSON.
 * `npm run extract -- --schema [--out FILE|-]`                  : the corpus JSON Schema.
 * Documents come from --seeds, else $SOURCELINE_SEEDS, else seeds/. The JSON goes to --out (or
 * stdout); warnings (skipped files, with the reason) and a one-line summary go to stderr. With
 * --strict any warning makes the exit code 1; --trace prints each document's pipeline trace. The
 * corpus is validated with `parseCorpus` before it is written, so the CLI never emits a corpus the
 * app would reject.
 */

const USAGE = 'usage: npm run extract -- [--seeds DIR] [--out FILE|-] [--strict] [--trace] | --schema [--out FILE|-]\n';

function write(io: CliIo, out: string | undefined, content: string): void {
  if (out === undefined || out === '-') {
    io.stdout(content);
    return;
  }
  const path = resolve(io.cwd, out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The command; exported so tests run it in-process (`captureCommand`). */
export function main(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        seeds: { type: 'string' },
        strict: { type: 'boolean', default: false },
        schema: { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
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
  if (args.schema) {
    write(io, args.out, corpusJsonSchemaText());
    return 0;
  }
  const root = io.cwd;
  const dir = documentsDir(root, args.seeds, io.env);
  let folder;
  try {
    folder = readDocumentsFolder(dir, root);
  } catch (error) {
    io.stderr(`extract: cannot read documents folder ${dir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  for (const { path, reason } of folder.ignored) io.stderr(`note: ${path}: ${reason}; ignored\n`);
  const corpus = extractCorpus(folder.files);
  const checked = parseCorpus(corpus);
  if (!checked.ok) {
    io.stderr(`extract: the corpus fails its own schema (a bug):\n${checked.errors.join('\n')}\n`);
    return 1;
  }
  write(io, args.out, `${JSON.stringify(corpus, null, 2)}\n`);
  if (args.trace) {
    // The pipeline's debug trace, per document: why each clause did or did not become an event.
    for (const d of corpus.documents) {
      io.stderr(`--- ${d.path}\n${extractEvents({ id: d.id, text: d.text, published: d.published }).explain()}\n`);
    }
  }
  for (const w of corpus.warnings) io.stderr(`warning: ${w.file}: ${w.reason}\n`);
  const skipped = folder.files.length - corpus.documents.length;
  io.stderr(
    `extracted ${corpus.documents.length} documents, ${corpus.events.length} events, ${skipped} skipped, ${corpus.warnings.length} warnings` +
      `${args.out && args.out !== '-' ? ` -> ${args.out}` : ''}\n`,
  );
  return args.strict && corpus.warnings.length > 0 ? 1 : 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
