import type { Corpus } from '../../domain/corpus.ts';

/**
 * The answer key of `npm run corpus:synth -- --truth FILE` as a test of one event per happening: each
 * line names a document and its reports (which happening, the date phrase used). A report is found in
 * the corpus as the source of that document whose date phrase is that phrase (skipped when the
 * phrase dates no source or several); then, over pairs of found reports, merge precision and recall:
 * two reports of one happening must share an event, reports of two happenings must not.
 */

export interface TruthLine {
  name: string;
  /** `phrase` is null for a report that states no date. */
  reports: Array<{ happening: string; phrase: string | null; day?: string; unit?: string; tense?: string }>;
}

export function parseTruth(text: string): TruthLine[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as TruthLine);
}

export interface PairCounts {
  reports: number;
  found: number;
  goldPairs: number;
  systemPairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** Found reports whose event's date contains the report's day. */
  datedRight: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

export function scoreAgainstTruth(corpus: Corpus, truth: readonly TruthLine[], scope: 'all' | 'documents' = 'all'): PairCounts {
  // The report's phrase is found in its document's text (once, or it is skipped); the report's event is
  // the one event with a source of that document whose date phrase overlaps it.
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text.toLowerCase()]));
  const byDoc = new Map<string, Array<{ start: number; end: number; event: string }>>();
  const eventById = new Map(corpus.events.map((e) => [e.id, e]));
  for (const e of corpus.events) {
    for (const src of e.sources) {
      if (src.datePhrase) byDoc.set(src.docId, [...(byDoc.get(src.docId) ?? []), { start: src.datePhrase.start, end: src.datePhrase.end, event: e.id }]);
    }
  }
  const found: Array<{ happening: string; event: string; doc: string }> = [];
  let reports = 0;
  let datedRight = 0;
  for (const line of truth) {
    const doc = line.name.replace(/\.(?:txt|md)$/i, '');
    const text = texts.get(doc) ?? '';
    for (const r of line.reports) {
      reports++;
      // A report without a date phrase cannot be told from the other dateless reports of its document.
      if (!r.phrase) continue;
      const phrase = r.phrase.toLowerCase();
      const at = text.indexOf(phrase);
      if (at < 0 || text.indexOf(phrase, at + 1) >= 0) continue;
      const events = [...new Set((byDoc.get(doc) ?? []).filter((p) => p.start < at + phrase.length && p.end > at).map((p) => p.event))];
      if (events.length !== 1 || !events[0]) continue;
      found.push({ happening: r.happening, event: events[0], doc });
      const e = eventById.get(events[0]);
      if (e && r.day && e.start <= r.day && (e.end ?? e.start) >= r.day) datedRight++;
    }
  }
  const count = (key: (f: (typeof found)[number]) => string): number => {
    if (scope === 'all') {
      const m = new Map<string, number>();
      for (const f of found) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
      return [...m.values()].reduce((s, n) => s + pairs(n), 0);
    }
    // Pairs across documents: all pairs of the group minus those inside one document.
    const m = new Map<string, Map<string, number>>();
    for (const f of found) {
      const g = m.get(key(f)) ?? new Map<string, number>();
      g.set(f.doc, (g.get(f.doc) ?? 0) + 1);
      m.set(key(f), g);
    }
    let n = 0;
    for (const g of m.values()) {
      const total = [...g.values()].reduce((s, x) => s + x, 0);
      n += pairs(total) - [...g.values()].reduce((s, x) => s + pairs(x), 0);
    }
    return n;
  };
  const goldPairs = count((f) => f.happening);
  const systemPairs = count((f) => f.event);
  const correctPairs = count((f) => `${f.happening}\u0000${f.event}`);
  const precision = systemPairs === 0 ? 0 : correctPairs / systemPairs;
  const recall = goldPairs === 0 ? 0 : correctPairs / goldPairs;
  return { reports, found: found.length, goldPairs, systemPairs, correctPairs, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), datedRight };
}
