import type { Precision } from '../../domain/corpus.ts';
import type { CorpusStage } from './types.ts';

/**
 * Corpus stage: `salience` in [0, 1], how much an event matters to the corpus, for "Key events
 * first", labelling dense periods and the date selection of `eval:timelines`:
 *
 *   salience = 0.35·documents + 0.15·publishers + 0.20·references + 0.15·lead + 0.15·precision
 *
 * - documents: distinct documents reporting it, log-scaled against the most-reported event of the
 *   corpus (log n / log max; 0 when no event has more than one);
 * - publishers: distinct publishers among them (a document without `publisher` counts as its own), scaled alike;
 * - references: other documents (not among its sources) whose date phrases name its day (day
 *   precision only), log(1 + r) / log(1 + max r);
 * - lead: 1 when one of its reports is the first sentence of its article;
 * - precision: day 1, month 0.6, approximate 0.5, year 0.3, reported 0 (a dateless report is the
 *   least useful on a timeline).
 * Rounded to three decimals so the output is stable across platforms.
 */
export const SALIENCE_WEIGHTS = { documents: 0.35, publishers: 0.15, references: 0.2, lead: 0.15, precision: 0.15 } as const;

const PRECISION_SCORE: Readonly<Record<Precision, number>> = { day: 1, month: 0.6, approximate: 0.5, year: 0.3, reported: 0 };

export const scoreSalience: CorpusStage = {
  name: 'scoreSalience',
  run(state) {
    const publisherOf = new Map(state.documents.map((d) => [d.document.id, d.document.publisher ?? `doc:${d.document.id}`]));
    const docsByDay = new Map<string, Set<string>>();
    for (const { document, analysis } of state.documents) {
      for (const day of analysis.days) {
        const set = docsByDay.get(day) ?? new Set<string>();
        set.add(document.id);
        docsByDay.set(day, set);
      }
    }
    const facts = state.events.map(({ event, sketch }) => {
      const docs = new Set(event.sources.map((s) => s.docId));
      const publishers = new Set([...docs].map((d) => publisherOf.get(d) ?? d));
      // Documents naming the day, less its own sources among them (no copy of the day's set: busy days
      // are named by thousands of documents).
      const naming = event.precision === 'day' ? docsByDay.get(event.start) : undefined;
      const referring = naming === undefined ? 0 : naming.size - [...docs].filter((d) => naming.has(d)).length;
      return { docs: docs.size, publishers: publishers.size, referring, lead: sketch.lead, precision: event.precision };
    });
    const max = (f: (x: (typeof facts)[number]) => number): number => facts.reduce((m, x) => Math.max(m, f(x)), 0);
    const maxDocs = max((x) => x.docs);
    const maxPublishers = max((x) => x.publishers);
    const maxReferring = max((x) => x.referring);
    const scaled = (n: number, top: number): number => (top <= 1 ? 0 : Math.log(Math.max(1, n)) / Math.log(top));
    const events = state.events.map((e, i) => {
      const f = facts[i];
      if (!f) return e;
      const w = SALIENCE_WEIGHTS;
      const raw =
        w.documents * scaled(f.docs, maxDocs) +
        w.publishers * scaled(f.publishers, maxPublishers) +
        w.references * (maxReferring === 0 ? 0 : Math.log1p(f.referring) / Math.log1p(maxReferring)) +
        w.lead * (f.lead ? 1 : 0) +
        w.precision * PRECISION_SCORE[f.precision];
      const salience = Math.round(Math.min(1, Math.max(0, raw)) * 1000) / 1000;
      return { ...e, event: { ...e.event, salience } };
    });
    return { ...state, events };
  },
};
