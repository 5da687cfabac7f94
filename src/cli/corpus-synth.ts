import { closeSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesizeArticles } from '../synthetic/index.ts';
import { isDocumentFile } from './read-documents.ts';
import { isEntryPoint, runMain, type CliIo } from './run-main.ts';

/**
 * `npm run corpus:synth -- --docs N [--seed S] --out DIR [--truth FILE] [--force]`: writes N synthetic
 * news articles (both formats: Markdown with front matter and the plain seed format) into DIR,
 * deterministically from the seed (default 1): the same arguments give the same bytes on every
 * machine, and a smaller N gives a prefix of a larger one. `--truth FILE` also writes the answer key
 * as JSON Lines, one line per article: every happening it reports, the phrase used, the real day
 * (and the day it said, when the outlet got it wrong). Files are written one at a time, so memory
 * stays flat for any N. A DIR that already holds documents is refused unless `--force`, which first
 * removes its .txt and .md files (nothing else).
 */

const USAGE = 'usage: npm run corpus:synth -- --docs N [--seed S] --out DIR [--truth FILE] [--force]\n';

export function main(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        docs: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        truth: { type: 'string' },
        force: { type: 'boolean', default: false },
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
  const docs = Number(args.docs);
  const seed = Number(args.seed);
  if (!Number.isSafeInteger(docs) || docs < 1) {
    io.stderr(`corpus:synth: --docs must be a whole number of at least 1${args.docs === undefined ? '' : ` (got "${args.docs}")`}\n${USAGE}`);
    return 2;
  }
  if (!Number.isSafeInteger(seed) || seed < 0) {
    io.stderr(`corpus:synth: --seed must be a whole number of at least 0 (got "${args.seed}")\n${USAGE}`);
    return 2;
  }
  if (args.out === undefined) {
    io.stderr(`corpus:synth: --out DIR is required\n${USAGE}`);
    return 2;
  }
  const dir = resolve(io.cwd, args.out);
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir).filter(isDocumentFile);
  if (existing.length > 0 && !args.force) {
    io.stderr(`corpus:synth: ${args.out} already holds ${existing.length} documents; pass --force to replace them\n`);
    return 1;
  }
  for (const name of existing) rmSync(join(dir, name));

  const truth = args.truth === undefined ? undefined : openSync(resolve(io.cwd, args.truth), 'w');
  let bytes = 0;
  let markdown = 0;
  let first = '';
  let last = '';
  const stories = new Set<number>();
  try {
    for (const article of synthesizeArticles({ docs, seed })) {
      const fd = openSync(join(dir, article.name), 'w');
      try {
        bytes += writeSync(fd, article.content);
      } finally {
        closeSync(fd);
      }
      if (article.name.endsWith('.md')) markdown++;
      stories.add(article.story);
      if (first === '' || article.published < first) first = article.published;
      if (article.published > last) last = article.published;
      if (truth !== undefined) {
        const { name, published, outlet, story, reports } = article;
        writeSync(truth, `${JSON.stringify({ name, published, outlet, story, reports })}\n`);
      }
    }
  } finally {
    if (truth !== undefined) closeSync(truth);
  }
  io.stderr(
    `wrote ${docs} documents (${markdown} .md, ${docs - markdown} .txt; ${(bytes / 1e6).toFixed(1)} MB) from ${stories.size} stories published ${first} to ${last} -> ${args.out}` +
      `${args.truth === undefined ? '' : `; answer key -> ${args.truth}`}\n`,
  );
  return 0;
}

if (isEntryPoint(import.meta.url)) runMain(main);
