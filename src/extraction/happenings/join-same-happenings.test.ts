import { describe, expect, it } from 'vitest';
import type { EventDating } from '../../domain/corpus.ts';
import { agreeDatings } from '../../domain/date-agreement.ts';
import { mergeSketches } from '../stages/merge-within-article.ts';
import type { HappeningSketch } from '../types.ts';
import { compareHappenings, prepareComparable, type Comparable } from './compare-happenings.ts';
import { candidatePairs, joinSameHappenings, type JoinableGroup } from './join-same-happenings.ts';

interface Report {
  at: number;
  c: Comparable;
}

type Group = JoinableGroup<Report>;

const byPosition = (a: Report, b: Report): number => a.at - b.at;

function summaryOf(g: Group): Comparable {
  return { sketch: mergeSketches(g.members.map((m) => m.c.sketch)), dating: agreeDatings(g.members.map((m) => m.c.dating)).dating };
}

/** The definition, pair by pair over every pair of groups (the stage's code before it was made near-linear). */
function reference(groups: readonly Group[]): Array<Group & { alive: boolean }> {
  const live = groups.map((g) => ({ ...g, alive: true, summary: summaryOf(g) }));
  const byKind = new Map<string, number[]>();
  live.forEach((g, i) => byKind.set(g.summary.sketch.kind, [...(byKind.get(g.summary.sketch.kind) ?? []), i]));
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const list of byKind.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x] ?? 0;
        const j = list[y] ?? 0;
        const cmp = compareHappenings((live[i] as (typeof live)[number]).summary, (live[j] as (typeof live)[number]).summary, 'article');
        if (cmp.same) pairs.push({ i, j, score: cmp.score });
      }
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const owner = live.map((_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i] ?? i)));
  for (const { i, j } of pairs) {
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    const a = live[ri];
    const b = live[rj];
    if (!a || !b) continue;
    const allMatch = a.members.every((x) => b.members.every((y) => compareHappenings(x.c, y.c, 'article').same || (a.members.length > 1 && a.rule === 'frame') || (b.members.length > 1 && b.rule === 'frame')));
    if (!allMatch) continue;
    const [keep, drop] = ri < rj ? [ri, rj] : [rj, ri];
    const k = live[keep];
    const d = live[drop];
    if (!k || !d) continue;
    k.members = [...k.members, ...d.members].sort(byPosition);
    if (k.rule === 'single') k.rule = 'same-happening';
    d.alive = false;
    owner[drop] = keep;
  }
  return live.map(({ members, rule, alive }) => ({ members, rule, alive }));
}

/** A deterministic generator (mulberry32), so every run checks the same inputs. */
function generator(seed: number): (n: number) => number {
  let t = seed >>> 0;
  return (n) => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return Math.floor((((r ^ (r >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const KINDS = ['meet', 'meet', 'meet', '~talk', 'resign'];
const STEMS = ['talk', 'border', 'minist', 'vote', 'bill', '105', '2.5', '40', 'protest'];
const ACTORS = ['macron', 'aliyev', 'paris', 'eu'];
const DATINGS: EventDating[] = [
  { start: '2022-12-12', end: null, precision: 'day' },
  { start: '2022-12-13', end: null, precision: 'day' },
  { start: '2022-12-01', end: '2022-12-31', precision: 'month' },
  { start: '2022-12-24', end: null, precision: 'reported' },
  { start: '2022-11-02', end: null, precision: 'day' },
  // Windows that overlap some of the above and not others (the sweep of `candidatePairs`).
  { start: '2022-01-01', end: '2022-12-31', precision: 'year' },
  { start: '1603-01-01', end: '1603-12-31', precision: 'year' },
  { start: '2022-12-10', end: '2022-12-14', precision: 'approximate' },
  { start: '2022-12-31', end: null, precision: 'day' },
];

function sketchFrom(pick: (n: number) => number, variety: number): HappeningSketch {
  const subset = (list: readonly string[], k: number): string[] => [...new Set(Array.from({ length: pick(k + 1) }, () => list[pick(Math.min(list.length, variety))] ?? ''))].sort();
  const actors = subset(ACTORS, 2);
  return {
    kind: KINDS[pick(Math.min(KINDS.length, variety))] ?? 'meet',
    stems: subset(STEMS, 3),
    actors,
    persons: actors.filter((a) => a === 'macron' || a === 'aliyev'),
    places: actors.filter((a) => a === 'paris'),
    planned: pick(10) === 0,
    lead: false,
  };
}

function groupsFor(seed: number): Group[] {
  const pick = generator(seed);
  // Low variety: many reports with equal values (the case the near-linear path takes); high: few.
  const variety = 1 + pick(10);
  const count = 1 + pick(45);
  const groups: Group[] = [];
  let at = 0;
  for (let g = 0; g < count; g++) {
    const size = pick(6) === 0 ? 2 + pick(2) : 1;
    const members = Array.from({ length: size }, () => ({ at: at++, c: { sketch: sketchFrom(pick, variety), dating: DATINGS[pick(Math.min(DATINGS.length, variety))] as EventDating } }));
    groups.push({ members, rule: size > 1 ? 'frame' : 'single' });
  }
  return groups;
}

describe('joinSameHappenings', () => {
  it('gives the result of the pair-by-pair definition on 600 generated articles', () => {
    let joined = 0;
    for (let seed = 1; seed <= 600; seed++) {
      const groups = groupsFor(seed);
      // The surviving groups, with their members in order and their rule (what the stage keeps).
      const survivors = (list: ReadonlyArray<Group & { alive: boolean }>): Array<{ index: number; members: Report[]; rule: string }> =>
        list.flatMap((g, index) => (g.alive ? [{ index, members: g.members, rule: g.rule }] : []));
      const expected = survivors(reference(groups));
      const actual = survivors(joinSameHappenings(groups, groups.map(summaryOf), (m) => m.c, byPosition));
      expect(actual, `seed ${seed}`).toEqual(expected);
      joined += groups.length - expected.length;
    }
    // The inputs do exercise joining (not only groups left alone).
    expect(joined).toBeGreaterThan(1000);
  });

  it('joins thousands of reports of one happening into one group', () => {
    const c: Comparable = { sketch: { kind: 'fail', stems: ['talk'], actors: [], persons: [], places: [], planned: false, lead: false }, dating: DATINGS[0] as EventDating };
    const groups: Group[] = Array.from({ length: 3000 }, (_, at) => ({ members: [{ at, c }], rule: 'single' }));
    const out = joinSameHappenings(groups, groups.map(summaryOf), (m) => m.c, byPosition);
    expect(out.filter((g) => g.alive)).toHaveLength(1);
    expect(out[0]?.members).toHaveLength(3000);
    expect(out[0]?.rule).toBe('same-happening');
  });

  it('does not pair undated reports that each name their own participant (a count, not a time)', () => {
    // "Officials at Harbour Bridge N said that the bridge was closed.": one window, conflicting participants.
    const values = Array.from({ length: 2000 }, (_, n) =>
      prepareComparable({ sketch: { kind: '~said', stems: ['bridg'], actors: [`harbour-bridge-${n}`], persons: [], places: [], planned: false, lead: false }, dating: DATINGS[3] as EventDating }),
    );
    const unnamed = prepareComparable({ sketch: { kind: '~said', stems: ['bridg'], actors: [], persons: [], places: [], planned: false, lead: false }, dating: DATINGS[3] as EventDating });
    // Listing every pair of one window gave 1,999,000 (and 2,000 more with the report naming no one).
    expect(candidatePairs(values, () => false)).toHaveLength(0);
    expect(candidatePairs([unnamed, ...values], () => false)).toHaveLength(2000);
  });
});
