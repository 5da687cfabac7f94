import type { TimemlTimex } from './document.ts';

/**
 * TempEval-3 task A scoring (SemEval-2013 timex evaluation): relaxed match = any character
 * overlap, strict = identical extent; type and value accuracy are taken over the relaxed matches
 * and multiplied by relaxed F1 (equivalently: P and R computed on attribute-correct matches).
 * Each gold timex is matched at most once and each system timex at most once.
 */

export type Span = Pick<TimemlTimex, 'start' | 'end' | 'type' | 'value'>;

export interface DocumentCounts {
  gold: number;
  system: number;
  relaxed: number;
  strict: number;
  typeCorrect: number;
  valueCorrect: number;
  byType: Record<string, TypeCounts>;
}

export interface TypeCounts {
  gold: number;
  matched: number;
  valueCorrect: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  relaxed: Prf;
  strict: Prf;
  typeF1: number;
  valueF1: number;
  typeAccuracy: number;
  valueAccuracy: number;
  counts: DocumentCounts;
}

export interface MatchPair<G extends Span, S extends Span> {
  gold: G;
  system: S;
}

/**
 * One-to-one matching of gold to system spans by overlap: exact extents first, then the largest
 * overlap, scanning gold in text order so results are deterministic.
 */
export function matchSpans<G extends Span, S extends Span>(gold: readonly G[], system: readonly S[]): MatchPair<G, S>[] {
  const used = new Set<number>();
  const pairs: MatchPair<G, S>[] = [];
  const pending: G[] = [];
  for (const g of gold) {
    const exact = system.findIndex((s, i) => !used.has(i) && s.start === g.start && s.end === g.end);
    if (exact >= 0) {
      used.add(exact);
      pairs.push({ gold: g, system: system[exact] as S });
    } else pending.push(g);
  }
  for (const g of pending) {
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, system: system[best] as S });
    }
  }
  return pairs;
}

export function countDocument(gold: readonly Span[], system: readonly Span[]): DocumentCounts {
  const pairs = matchSpans(gold, system);
  const byType: Record<string, TypeCounts> = {};
  for (const g of gold) {
    const t = (byType[g.type] ??= { gold: 0, matched: 0, valueCorrect: 0 });
    t.gold++;
  }
  let strict = 0;
  let typeCorrect = 0;
  let valueCorrect = 0;
  for (const { gold: g, system: s } of pairs) {
    if (g.start === s.start && g.end === s.end) strict++;
    if (g.type === s.type) typeCorrect++;
    const t = byType[g.type];
    if (t) t.matched++;
    if (g.value === s.value) {
      valueCorrect++;
      if (t) t.valueCorrect++;
    }
  }
  return { gold: gold.length, system: system.length, relaxed: pairs.length, strict, typeCorrect, valueCorrect, byType };
}

export function sumCounts(docs: readonly DocumentCounts[]): DocumentCounts {
  const total: DocumentCounts = { gold: 0, system: 0, relaxed: 0, strict: 0, typeCorrect: 0, valueCorrect: 0, byType: {} };
  for (const d of docs) {
    total.gold += d.gold;
    total.system += d.system;
    total.relaxed += d.relaxed;
    total.strict += d.strict;
    total.typeCorrect += d.typeCorrect;
    total.valueCorrect += d.valueCorrect;
    for (const [type, c] of Object.entries(d.byType)) {
      const t = (total.byType[type] ??= { gold: 0, matched: 0, valueCorrect: 0 });
      t.gold += c.gold;
      t.matched += c.matched;
      t.valueCorrect += c.valueCorrect;
    }
  }
  return total;
}

function prf(correct: number, system: number, gold: number): Prf {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoreCounts(counts: DocumentCounts): Scores {
  const relaxed = prf(counts.relaxed, counts.system, counts.gold);
  const strict = prf(counts.strict, counts.system, counts.gold);
  const typeAccuracy = counts.relaxed === 0 ? 0 : counts.typeCorrect / counts.relaxed;
  const valueAccuracy = counts.relaxed === 0 ? 0 : counts.valueCorrect / counts.relaxed;
  return {
    relaxed,
    strict,
    typeF1: relaxed.f1 * typeAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
    typeAccuracy,
    valueAccuracy,
    counts,
  };
}

/** mulberry32: a small deterministic PRNG so bootstrap intervals are reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% percentile bootstrap interval of value F1, resampling whole documents. */
export function bootstrapValueF1(docs: readonly DocumentCounts[], resamples = 1000, seed = 20130614): { low: number; high: number } {
  if (docs.length === 0) return { low: 0, high: 0 };
  const random = mulberry32(seed);
  const f1s: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample: DocumentCounts[] = [];
    for (let i = 0; i < docs.length; i++) sample.push(docs[Math.floor(random() * docs.length)] as DocumentCounts);
    f1s.push(scoreCounts(sumCounts(sample)).valueF1);
  }
  f1s.sort((a, b) => a - b);
  const at = (q: number) => f1s[Math.min(f1s.length - 1, Math.max(0, Math.floor(q * f1s.length)))] ?? 0;
  return { low: at(0.025), high: at(0.975) };
}
