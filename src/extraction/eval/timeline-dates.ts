import type { Corpus } from '../../domain/corpus.ts';

/**
 * The date-selection measure of news timeline summarisation (as in Martschat & Markert 2018 and the
 * TLS benchmarks after it), for `npm run eval:timelines`. A gold timeline is a list of dates with
 * summary sentences; a system picks as many days as the gold has; precision and recall of the picked
 * days per timeline, averaged over timelines, and F1 of the averages. Pure.
 */

export interface GoldTimelineEntry {
  date: string;
  summary: string;
}

const SEPARATOR = /^-{32}$/;

/** A gold timeline file: a `YYYY-MM-DD` line, summary sentences, a line of 32 dashes, repeated. */
export function parseTimelineFile(text: string): GoldTimelineEntry[] {
  const entries: GoldTimelineEntry[] = [];
  let date: string | undefined;
  let summary: string[] = [];
  const flush = (): void => {
    if (date !== undefined) entries.push({ date, summary: summary.join(' ').trim() });
    date = undefined;
    summary = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (SEPARATOR.test(line)) {
      flush();
      continue;
    }
    if (date === undefined) {
      if (line === '') continue;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(line)) throw new Error(`expected a YYYY-MM-DD line, found "${line.slice(0, 40)}"`);
      date = line;
      continue;
    }
    if (line !== '') summary.push(line);
  }
  flush();
  // One entry per date (a date repeated in a file counts once), in date order.
  const byDate = new Map<string, GoldTimelineEntry>();
  for (const e of entries) byDate.set(e.date, byDate.has(e.date) ? { date: e.date, summary: `${byDate.get(e.date)?.summary ?? ''} ${e.summary}`.trim() } : e);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export interface RankedDay {
  day: string;
  /** Highest salience of the day-precision events starting that day. */
  score: number;
  /** Sum of their saliences (first tie-break), then their number. */
  sum: number;
  events: number;
}

/**
 * Days ranked by the salience of the day-precision events that start on them, within [from, to]:
 * by the highest salience, then the sum, then the number of events, then the earlier day.
 */
export function rankDays(corpus: Corpus, from: string, to: string): RankedDay[] {
  const days = new Map<string, RankedDay>();
  for (const e of corpus.events) {
    if (e.precision !== 'day' || e.start < from || e.start > to) continue;
    const d = days.get(e.start) ?? { day: e.start, score: 0, sum: 0, events: 0 };
    d.score = Math.max(d.score, e.salience);
    d.sum += e.salience;
    d.events++;
    days.set(e.start, d);
  }
  return [...days.values()].sort((a, b) => b.score - a.score || b.sum - a.sum || b.events - a.events || (a.day < b.day ? -1 : 1));
}

export interface DateSelection {
  precision: number;
  recall: number;
}

export function dateSelection(system: readonly string[], gold: readonly string[]): DateSelection {
  const g = new Set(gold);
  const hits = new Set(system.filter((d) => g.has(d))).size;
  return { precision: system.length === 0 ? 0 : hits / new Set(system).size, recall: g.size === 0 ? 0 : hits / g.size };
}

export function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export interface TimelineScore {
  topic: string;
  timeline: string;
  dates: number;
  articles: number;
  capped: DateSelection;
  uncapped: DateSelection;
  systemDays: number;
}

/** One gold timeline against the corpus of its topic's articles published inside its date range. */
export function scoreTimeline(topic: string, timeline: string, gold: readonly GoldTimelineEntry[], corpus: Corpus): TimelineScore {
  const dates = gold.map((e) => e.date);
  const from = dates[0] ?? '';
  const to = dates[dates.length - 1] ?? '';
  const ranked = rankDays(corpus, from, to);
  const top = ranked.slice(0, dates.length).map((d) => d.day);
  return {
    topic,
    timeline,
    dates: dates.length,
    articles: corpus.documents.length,
    capped: dateSelection(top, dates),
    uncapped: dateSelection(ranked.map((d) => d.day), dates),
    systemDays: ranked.length,
  };
}

export interface Averages {
  timelines: number;
  precision: number;
  recall: number;
  f1: number;
  uncappedPrecision: number;
  uncappedRecall: number;
}

/** Per-timeline precision and recall averaged; F1 of the averages. */
export function average(scores: readonly TimelineScore[]): Averages {
  const n = Math.max(1, scores.length);
  const mean = (f: (s: TimelineScore) => number): number => scores.reduce((x, s) => x + f(s), 0) / n;
  const precision = mean((s) => s.capped.precision);
  const recall = mean((s) => s.capped.recall);
  return {
    timelines: scores.length,
    precision,
    recall,
    f1: f1(precision, recall),
    uncappedPrecision: mean((s) => s.uncapped.precision),
    uncappedRecall: mean((s) => s.uncapped.recall),
  };
}
