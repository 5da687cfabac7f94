import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Corpus, TimelineEvent } from '../domain/corpus.ts';
import { mergeAcrossArticles } from '../extraction/corpus/merge-across-articles.ts';
import { createPipeline } from '../extraction/default-pipeline.ts';
import { defaultCorpusPipeline } from '../extraction/corpus/default-corpus-pipeline.ts';
import {
  eventOfMention, eventsByDocument, readGoldTimeline, readSemevalArticle, scoreDates, scoreEntity, scoreMerges, semevalDocument,
  type GoldLine, type GoldMention, type SemevalArticle,
} from '../extraction/eval/semeval-timelines.ts';
import { parseTruth, scoreAgainstTruth } from '../extraction/eval/synthetic-truth.ts';
import { readDocumentsFolder } from './read-documents.ts';
import { assembleCorpus, extractFile, type CorpusFile, type ExtractedFile } from '../extraction/index.ts';
import type { PipelineStage } from '../extraction/types.ts';
import { isEntryPoint, runMain, type CliMain } from './run-main.ts';

/**
 * `npm run eval:events -- DIR [--entities]`: one event per happening measured on SemEval-2015 Task 4
 * gold timelines (DIR holds corpus_N/articles/*.tml and corpus_N/gold-timelines/*.txt). For each corpus
 * and in total: merge precision/recall over gold mention pairs, date accuracy of the events that cover
 * gold mentions, and mean per-entity recall among events whose actors include the entity; Sourceline
 * beside a "no merging" baseline (every report its own event) extracted in the same run.
 */

interface Run {
  name: string;
  corpus: Corpus;
}

/** One file's extraction with `stages` (by default the whole pipeline); never throws. */
function extractSafely(file: CorpusFile, stages?: readonly PipelineStage[]): ExtractedFile {
  return extractFile(file, stages ? { stages } : {});
}

function runs(articles: readonly SemevalArticle[]): Run[] {
  const files = articles.map((a) => ({ path: `${a.doc}.md`, bytes: new TextEncoder().encode(semevalDocument(a)) }));
  const merged = assembleCorpus(files.map((f) => extractSafely(f)));
  const reportsOnly = createPipeline().filter((s) => s.name !== 'mergeWithinArticle');
  const baseline = assembleCorpus(files.map((f) => extractSafely(f, reportsOnly)), defaultCorpusPipeline.filter((s) => s !== mergeAcrossArticles));
  return [{ name: 'Sourceline', corpus: merged }, { name: 'no merging', corpus: baseline }];
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

interface Totals { merge: ReturnType<typeof scoreMerges>; across: ReturnType<typeof scoreMerges>; all: ReturnType<typeof scoreMerges>; dates: ReturnType<typeof scoreDates>; entities: Array<ReturnType<typeof scoreEntity>>; events: number; sources: number }

/** `--synth DIR TRUTH`: a corpus:synth folder and its answer key, Sourceline beside "no merging". */
function synthetic(dir: string, truthFile: string, io: Parameters<CliMain>[1]): number {
  const folder = readDocumentsFolder(dir);
  const truth = parseTruth(readFileSync(truthFile, 'utf8'));
  const reportsOnly = createPipeline().filter((s) => s.name !== 'mergeWithinArticle');
  const corpora = [
    { name: 'Sourceline', corpus: assembleCorpus(folder.files.map((f) => extractSafely(f))) },
    { name: 'no merging', corpus: assembleCorpus(folder.files.map((f) => extractSafely(f, reportsOnly)), defaultCorpusPipeline.filter((s) => s !== mergeAcrossArticles)) },
  ];
  io.stdout(`${folder.files.length} documents, ${truth.reduce((n, l) => n + l.reports.length, 0)} reports in the answer key\n`);
  for (const { name, corpus } of corpora) {
    const all = scoreAgainstTruth(corpus, truth, 'all');
    const across = scoreAgainstTruth(corpus, truth, 'documents');
    const skipped = corpus.warnings.filter((w) => w.reason.endsWith('skipped')).length;
    io.stdout(`  ${name.padEnd(11)} ${corpus.events.length} events, ${skipped} documents skipped; ${all.found} of ${all.reports} reports found by their date phrase; ` +
      `merge P ${pct(all.precision)} (${all.correctPairs}/${all.systemPairs})  R ${pct(all.recall)} (${all.correctPairs}/${all.goldPairs})  F1 ${pct(all.f1)}; ` +
      `across documents P ${pct(across.precision)}  R ${pct(across.recall)}  F1 ${pct(across.f1)}; event date holds the true day for ${pct(all.found === 0 ? 0 : all.datedRight / all.found)}%\n`);
  }
  return 0;
}

export const main: CliMain = (argv, io) => {
  const synth = argv.indexOf('--synth');
  if (synth >= 0) {
    const [dir, truth] = [argv[synth + 1], argv[synth + 2]];
    if (!dir || !truth) {
      io.stderr('usage: npm run eval:events -- --synth DIR TRUTH.jsonl   (from npm run corpus:synth -- --docs N --out DIR --truth TRUTH.jsonl)\n');
      return 2;
    }
    return synthetic(resolve(io.cwd, dir), resolve(io.cwd, truth), io);
  }
  const dirArg = argv.find((a) => !a.startsWith('--'));
  if (!dirArg) {
    io.stderr('usage: npm run eval:events -- DIR [--entities]   (DIR: ../shared/benchmarks/semeval2015-timelines)\n');
    return 2;
  }
  const dir = resolve(io.cwd, dirArg);
  const corpora = readdirSync(dir).filter((n) => /^corpus_\d+$/.test(n)).sort();
  if (corpora.length === 0) throw new Error(`${dir}: no corpus_N folders`);
  const totals = new Map<string, Totals[]>();
  for (const name of corpora) {
    const articleDir = join(dir, name, 'articles');
    const articles = readdirSync(articleDir).filter((n) => n.endsWith('.tml')).sort().map((n) => readSemevalArticle(readFileSync(join(articleDir, n), 'utf8')));
    const byDoc = new Map(articles.map((a) => [a.doc, a]));
    const goldDir = join(dir, name, 'gold-timelines');
    const timelines: GoldLine[][] = readdirSync(goldDir).filter((n) => n.endsWith('.txt')).sort().map((n) => readGoldTimeline(readFileSync(join(goldDir, n), 'utf8')));
    const lines = timelines.flat();
    io.stdout(`\n${name}: ${articles.length} articles, ${timelines.length} target entities, ${lines.length} gold happenings, ${new Set(lines.flatMap((l) => l.mentions.map((m) => `${m.doc}-${m.sentence}-${m.word}`))).size} gold mentions\n`);
    for (const run of runs(articles)) {
      const index = eventsByDocument(run.corpus);
      const cache = new Map<string, TimelineEvent | undefined>();
      const eventOf = (m: GoldMention): TimelineEvent | undefined => {
        const k = `${m.doc}-${m.sentence}-${m.word}`;
        if (!cache.has(k)) cache.set(k, eventOfMention(run.corpus, (d) => d, byDoc, m, index));
        return cache.get(k);
      };
      const merge = scoreMerges(lines, (m) => eventOf(m)?.id, 'sentences');
      const across = scoreMerges(lines, (m) => eventOf(m)?.id, 'documents');
      const all = scoreMerges(lines, (m) => eventOf(m)?.id, 'all');
      const dates = scoreDates(lines, eventOf);
      const entities = timelines.map((t) => scoreEntity(run.corpus, t, eventOf));
      const sources = run.corpus.events.reduce((n, e) => n + e.sources.length, 0);
      const skipped = run.corpus.warnings.filter((w) => w.reason.startsWith('extraction failed'));
      if (skipped.length > 0) io.stdout(`  ${run.name}: ${skipped.length} article(s) skipped because extraction threw (issue 6 section 1): ${skipped.map((w) => w.file).join(', ')}\n`);
      totals.set(run.name, [...(totals.get(run.name) ?? []), { merge, across, all, dates, entities, events: run.corpus.events.length, sources }]);
      io.stdout(`  ${run.name.padEnd(11)} ${String(run.corpus.events.length).padStart(5)} events (${sources} reports)  merge (across sentences) P ${pct(merge.precision)} (${merge.correctPairs}/${merge.systemPairs})  R ${pct(merge.recall)} (${merge.correctPairs}/${merge.goldPairs})  ` +
        `dates ${pct(dates.accuracy)} of ${dates.judged} (${dates.undated} undated)  entity recall ${pct(entities.reduce((s, e) => s + e.recall, 0) / Math.max(1, entities.length))}\n`);
      if (argv.includes('--entities')) {
        for (const e of entities) io.stdout(`      ${e.entity.padEnd(28)} ${String(e.found).padStart(3)}/${String(e.gold).padEnd(3)} ${pct(e.recall)}\n`);
      }
    }
  }
  io.stdout('\nall corpora (pairs and mentions pooled; entity recall: mean over entities)\n');
  for (const [name, list] of totals) {
    const sum = (f: (t: Totals) => number): number => list.reduce((s, t) => s + f(t), 0);
    const pooled = (pick: (t: Totals) => ReturnType<typeof scoreMerges>): string => {
      const correct = sum((t) => pick(t).correctPairs);
      const system = sum((t) => pick(t).systemPairs);
      const gold = sum((t) => pick(t).goldPairs);
      const p = system === 0 ? 0 : correct / system;
      const r = gold === 0 ? 0 : correct / gold;
      const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
      return `P ${pct(p)} (${correct}/${system})  R ${pct(r)} (${correct}/${gold})  F1 ${pct(f1)}`;
    };
    const judged = sum((t) => t.dates.judged);
    const entities = list.flatMap((t) => t.entities);
    io.stdout(`  ${name}: ${sum((t) => t.events)} events from ${sum((t) => t.sources)} reports\n`);
    io.stdout(`    merge, pairs across sentences: ${pooled((t) => t.merge)}\n`);
    io.stdout(`    merge, pairs across documents: ${pooled((t) => t.across)}\n`);
    io.stdout(`    merge, all pairs:              ${pooled((t) => t.all)}\n`);
    io.stdout(`    date accuracy: ${pct(judged === 0 ? 0 : sum((t) => t.dates.correct) / judged)} (${sum((t) => t.dates.correct)}/${judged} covered gold mentions with a date; ${sum((t) => t.dates.undated)} undated)\n`);
    io.stdout(`    entity recall: ${pct(entities.reduce((s, e) => s + e.recall, 0) / Math.max(1, entities.length))} (mean over ${entities.length} entities)\n`);
  }
  return 0;
};

if (isEntryPoint(import.meta.url)) runMain(main);
