import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { average, parseTimelineFile, scoreTimeline, type TimelineScore } from '../extraction/eval/timeline-dates.ts';
import { assembleCorpus, extractFile, type ExtractedFile } from '../extraction/index.ts';
import { readDocumentsFolder } from './read-documents.ts';
import { isEntryPoint, runMain, type CliMain } from './run-main.ts';

/**
 * `npm run eval:timelines -- DIR`: date selection of news timeline summarisation. DIR holds topics,
 * each with `articles/` (any supported document format) and `timelines/*.txt` (gold: a `YYYY-MM-DD`
 * line, summary sentences, a line of 32 dashes, repeated). Per gold timeline of l dates: the topic's
 * articles published inside its date range become a corpus; Sourceline's top l days (ranked by the
 * salience of the day-precision events starting on them, within the range) are compared with the gold
 * dates; precision and recall per timeline, averaged, then F1 of the averages; also the uncapped
 * precision and recall over every day in the range that Sourceline puts a day-precision event on.
 */

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

export const main: CliMain = (argv, io) => {
  const dirArg = argv.find((a) => !a.startsWith('--'));
  if (!dirArg) {
    io.stderr('usage: npm run eval:timelines -- DIR   (DIR/TOPIC/articles/*, DIR/TOPIC/timelines/*.txt)\n');
    return 2;
  }
  const dir = resolve(io.cwd, dirArg);
  const topics = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort();
  if (topics.length === 0) throw new Error(`${dir}: no topic folders`);
  const scores: TimelineScore[] = [];
  for (const topic of topics) {
    const folder = readDocumentsFolder(join(dir, topic, 'articles'));
    const extracted: ExtractedFile[] = folder.files.map((f) => extractFile(f));
    const skipped = extracted.filter((x) => !x.ok).length;
    const timelineDir = join(dir, topic, 'timelines');
    const names = readdirSync(timelineDir).filter((n) => n.endsWith('.txt')).sort();
    for (const name of names) {
      const gold = parseTimelineFile(readFileSync(join(timelineDir, name), 'utf8'));
      if (gold.length === 0) continue;
      const from = gold[0]?.date ?? '';
      const to = gold[gold.length - 1]?.date ?? '';
      const inRange = extracted.filter((x) => x.ok && x.document.published >= from && x.document.published <= to);
      const corpus = assembleCorpus(inRange);
      const s = scoreTimeline(topic, name, gold, corpus);
      scores.push(s);
      io.stdout(`${topic}/${name}: ${s.dates} gold dates ${from}..${to}, ${s.articles} articles in range${skipped ? ` (${skipped} unreadable)` : ''}, ` +
        `P ${pct(s.capped.precision)} R ${pct(s.capped.recall)}; uncapped (${s.systemDays} days) P ${pct(s.uncapped.precision)} R ${pct(s.uncapped.recall)}\n`);
    }
  }
  const a = average(scores);
  io.stdout(`\n${a.timelines} timelines: date selection P ${pct(a.precision)}  R ${pct(a.recall)}  F1 ${pct(a.f1)}   uncapped P ${pct(a.uncappedPrecision)}  R ${pct(a.uncappedRecall)}\n`);
  return 0;
};

if (isEntryPoint(import.meta.url)) runMain(main);
