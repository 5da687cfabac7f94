import { comparePrepared, prepareComparable, type Comparable, type PreparedComparable } from './compare-happenings.ts';

/**
 * The second rule of `mergeWithinArticle`: the same happening named twice. Pairs of groups that
 * `compareHappenings` calls the same (article scope) are joined best score first (ties: the earlier
 * group, then the earlier partner), and a pair joins only if every report of the one group matches
 * every report of the other (no chaining; a frame of several reports counts as matching). The
 * surviving group is the one that comes first.
 *
 * Done pair by pair, that is quadratic in the reports of one kind: an article of many reports of one
 * happening (", he said." after each of 3,500 sentences) compared 6 million pairs and kept them all
 * (17.5 s at 128 KB). The result is the same computed this way (checked against the pair-by-pair
 * definition on generated inputs in join-same-happenings.test.ts):
 * - `compareHappenings` reads only the values in `keyOf` (and is run on them prepared once), so groups with equal values ("twins") are
 *   compared once per pair of distinct values, not once per pair of groups;
 * - only pairs of values whose dates overlap and whose figures do not conflict are compared at all
 *   (`candidatePairs`): the others can never be the same;
 * - pairs only ever join groups connected by "same" pairs, and joining in one connected set never
 *   changes another's, so each connected set is decided on its own;
 * - a connected set of single reports in which every pair is the same (a clique, checked on the
 *   distinct values) ends as one group whatever the order, without listing its pairs;
 * - any other connected set is joined pair by pair as defined above.
 */

export interface JoinableGroup<M> {
  members: M[];
  rule: 'single' | 'frame' | 'same-happening';
}

/** Every value `compareHappenings` may read (two comparables with equal keys compare alike). */
function keyOf(c: Comparable): string {
  const s = c.sketch;
  return JSON.stringify([s.kind, s.planned, s.stems, s.actors, s.persons, s.places, c.dating.start, c.dating.end, c.dating.precision]);
}

class Keys {
  private readonly ids = new Map<string, number>();
  readonly values: PreparedComparable[] = [];
  id(c: Comparable): number {
    const key = keyOf(c);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(prepareComparable(c));
    }
    return id;
  }
}

/**
 * The values seen so far whose start windows may still be open, filed by figure: a value that states
 * figures matches only values without figures or with a figure of its own (`figureListsConflict`).
 */
class OpenByFigure {
  private readonly plain: number[] = [];
  private readonly figured: number[] = [];
  private readonly withFigure = new Map<string, number[]>();

  add(u: number, figures: readonly string[]): void {
    if (figures.length === 0) {
      this.plain.push(u);
      return;
    }
    this.figured.push(u);
    for (const f of figures) {
      const list = this.withFigure.get(f);
      if (list) list.push(u);
      else this.withFigure.set(f, [u]);
    }
  }

  /** The lists whose open values can match a value with `figures`. */
  listsFor(figures: readonly string[]): number[][] {
    if (figures.length === 0) return [this.plain, this.figured];
    const lists = [this.plain];
    for (const f of figures) {
      const list = this.withFigure.get(f);
      if (list) lists.push(list);
    }
    return lists;
  }
}

/**
 * The pairs of values `[u, v]` (u < v, and `[u, u]` when `twins(u)`: a value two groups share) that can be
 * the same happening in article scope, each once: a superset of the pairs `comparePrepared` calls the same,
 * by three of its hard conditions, so that an article's reports are not all compared with each other.
 * - Dates: in article scope the start windows must overlap. A sweep over the windows in order of their
 *   first day pairs each value only with the earlier ones whose window is still open.
 * - Figures: a value that states figures matches only values without figures or with a figure of its own
 *   (`figureListsConflict`).
 * - Participants: two values that both name participants match only when the one's are all among the
 *   other's (`personsConflict`), so they share one: a value that names some is paired with the values that
 *   name none and, through an index by participant, with the values that share one of its own.
 * Compared pair by pair, an article of reports of one kind on hundreds of different dates ("voted 1603 to
 * 40", read as the year 1603, after each heading of a 128 KB newswire), with hundreds of different figures
 * or with hundreds of undated reports each naming its own organisation ("Officials at Harbour Bridge 7
 * said ...") took time quadratic in its length; this takes time in the number of pairs that pass the three.
 */
export function candidatePairs(values: readonly PreparedComparable[], twins: (u: number) => boolean): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  // A window without a first day (a report that states no date) reaches back to any day: '' sorts first.
  const fromOf = (u: number): string => values[u]?.window.from ?? '';
  const toOf = (u: number): string => values[u]?.window.to ?? '';
  const order = values.map((_, u) => u).sort((a, b) => (fromOf(a) < fromOf(b) ? -1 : fromOf(a) > fromOf(b) ? 1 : a - b));
  // Open values: all of them (for a value naming no participant), those naming none, and by participant.
  const openAll = new OpenByFigure();
  const openUnnamed = new OpenByFigure();
  const openByParticipant = new Map<string, OpenByFigure>();
  const seen = new Int32Array(values.length).fill(-1);
  /** Pairs `u` with every still open value of `list` (dropping the ones closed before `u` starts). */
  const pairWithOpen = (u: number, list: number[]): void => {
    const from = fromOf(u);
    let kept = 0;
    for (const v of list) {
      if (toOf(v) < from) continue; // closed for good: later values start no earlier
      list[kept++] = v;
      if (seen[v] === u) continue;
      seen[v] = u;
      pairs.push(u < v ? [u, v] : [v, u]);
    }
    list.length = kept;
  };
  for (const u of order) {
    if (twins(u)) pairs.push([u, u]);
    const figures = [...new Set(values[u]?.figures ?? [])];
    const participants = [...new Set(values[u]?.participants ?? [])];
    const indexes = participants.length === 0 ? [openAll] : [openUnnamed, ...participants.map((p) => openByParticipant.get(p))];
    for (const index of indexes) for (const list of index?.listsFor(figures) ?? []) pairWithOpen(u, list);
    openAll.add(u, figures);
    if (participants.length === 0) openUnnamed.add(u, figures);
    for (const p of participants) {
      let index = openByParticipant.get(p);
      if (!index) openByParticipant.set(p, (index = new OpenByFigure()));
      index.add(u, figures);
    }
  }
  return pairs;
}

function everyPair(a: ReadonlySet<number>, b: ReadonlySet<number>, test: (x: number, y: number) => boolean): boolean {
  for (const x of a) for (const y of b) if (!test(x, y)) return false;
  return true;
}

/**
 * `groups` in article order, `summaries[i]` the comparable of group i as a whole, `comparable(m)` one
 * report's. Returns, for each input group, whether it survives (a group joined into an earlier one does
 * not) and, for a survivor, its members after joining (sorted by `order`) and its rule.
 */
export function joinSameHappenings<M, G extends JoinableGroup<M>>(
  groups: readonly G[],
  summaries: readonly Comparable[],
  comparable: (m: M) => Comparable,
  order: (a: M, b: M) => number,
): Array<G & { alive: boolean }> {
  const live = groups.map((g) => ({ ...g, members: [...g.members], alive: true }));
  const keys = new Keys();
  const memberKeys = new Map<M, number>();
  const memberKey = (m: M): number => {
    let k = memberKeys.get(m);
    if (k === undefined) memberKeys.set(m, (k = keys.id(comparable(m))));
    return k;
  };
  const memberSame = new Map<number, boolean>();
  /** Whether reports with values `a` and `b` (ids of `keys`) are the same, each pair compared once. */
  const keysMatch = (a: number, b: number): boolean => {
    const at = a * 0x100000 + b; // ids stay far below 2^20 (one per report and group of one document)
    let same = memberSame.get(at);
    if (same === undefined) memberSame.set(at, (same = comparePrepared(keys.values[a] as PreparedComparable, keys.values[b] as PreparedComparable, 'article').same));
    return same;
  };
  // The distinct values of each group's reports: "every report of the one matches every report of the other"
  // depends only on them, so a group of many reports with few values (a happening reported after each of
  // hundreds of headings) is checked once per value, not once per report.
  const groupKeys: Array<Set<number> | undefined> = [];
  const keysOfGroup = (i: number): Set<number> => {
    let set = groupKeys[i];
    if (!set) groupKeys[i] = set = new Set((live[i]?.members ?? []).map(memberKey));
    return set;
  };

  // Only groups of one kind can match: compare within each kind.
  const byKind = new Map<string, number[]>();
  live.forEach((_, i) => {
    const kind = summaries[i]?.sketch.kind ?? '';
    const list = byKind.get(kind);
    if (list) list.push(i);
    else byKind.set(kind, [i]);
  });

  const owner = live.map((_, i) => i);
  const find = (i: number): number => (owner[i] === i ? i : (owner[i] = find(owner[i] ?? i)));
  const join = (keep: number, drop: number): void => {
    const k = live[keep];
    const d = live[drop];
    if (!k || !d) return;
    for (const m of d.members) k.members.push(m);
    const kept = groupKeys[keep];
    const dropped = groupKeys[drop];
    if (kept && dropped) for (const key of dropped) kept.add(key);
    else groupKeys[keep] = undefined; // worked out again from the members when next needed
    if (k.rule === 'single') k.rule = 'same-happening';
    d.alive = false;
    owner[drop] = keep;
  };

  for (const list of byKind.values()) {
    if (list.length < 2) continue; // most kinds of an article have one report: nothing to compare
    // Distinct values of the kind, each with its groups in article order.
    const classIndex = new Map<number, number>();
    const classes: number[][] = [];
    const classKey: number[] = [];
    for (const i of list) {
      const k = keys.id(summaries[i] as Comparable);
      let c = classIndex.get(k);
      if (c === undefined) {
        c = classes.length;
        classIndex.set(k, c);
        classes.push([]);
        classKey.push(k);
      }
      classes[c]?.push(i);
    }
    // Each pair of distinct values compared once (a value with itself only when two groups share it).
    const edges: Array<{ u: number; v: number; score: number }> = [];
    const comp = classes.map((_, c) => c);
    const root = (c: number): number => (comp[c] === c ? c : (comp[c] = root(comp[c] ?? c)));
    const linked = classes.map(() => false);
    const m = classes.length;
    // Which pairs of values are the same, kept for `membersMatch` (one bit per pair, up to 8 MB).
    const bits = m <= 8_192 ? new Uint8Array(Math.ceil((m * m) / 8)) : undefined;
    for (const [u, v] of candidatePairs(classKey.map((k) => keys.values[k] as PreparedComparable), (c) => (classes[c]?.length ?? 0) > 1)) {
      const cmp = comparePrepared(keys.values[classKey[u] ?? 0] as PreparedComparable, keys.values[classKey[v] ?? 0] as PreparedComparable, 'article');
      if (!cmp.same) continue;
      edges.push({ u, v, score: cmp.score });
      linked[u] = linked[v] = true;
      comp[root(v)] = root(u);
      if (bits) {
        const uv = u * m + v;
        const vu = v * m + u;
        bits[uv >> 3] = (bits[uv >> 3] ?? 0) | (1 << (uv & 7));
        bits[vu >> 3] = (bits[vu >> 3] ?? 0) | (1 << (vu & 7));
      }
    }
    const sameInKind = (a: number, b: number): boolean => {
      const u = classIndex.get(a);
      const v = classIndex.get(b);
      if (!bits || u === undefined || v === undefined || (u === v && (classes[u]?.length ?? 0) < 2)) return keysMatch(a, b);
      const at = u * m + v;
      return ((bits[at >> 3] ?? 0) & (1 << (at & 7))) !== 0;
    };
    const sets = new Map<number, { classes: number[]; edges: Array<{ u: number; v: number; score: number }> }>();
    classes.forEach((_, c) => {
      if (!linked[c]) return;
      const r = root(c);
      const set = sets.get(r);
      if (set) set.classes.push(c);
      else sets.set(r, { classes: [c], edges: [] });
    });
    for (const e of edges) sets.get(root(e.u))?.edges.push(e);

    for (const set of sets.values()) {
      const members = set.classes.flatMap((c) => classes[c] ?? []).sort((a, b) => a - b);
      const needed = (set.classes.length * (set.classes.length - 1)) / 2 + set.classes.filter((c) => (classes[c]?.length ?? 0) > 1).length;
      const singles = members.every((i) => live[i]?.members.length === 1);
      if (singles && set.edges.length === needed) {
        // A clique of single reports: every pair that comes up joins, so all end in the first group.
        const first = members[0] ?? 0;
        for (const i of members.slice(1)) join(first, i);
        continue;
      }
      // Pair by pair, as defined (module comment).
      const pairs: Array<{ i: number; j: number; score: number }> = [];
      for (const { u, v, score } of set.edges) {
        const cu = classes[u] ?? [];
        const cv = classes[v] ?? [];
        if (u === v) {
          for (let x = 0; x < cu.length; x++) for (let y = x + 1; y < cu.length; y++) pairs.push({ i: cu[x] ?? 0, j: cu[y] ?? 0, score });
        } else {
          for (const p of cu) for (const q of cv) pairs.push(p < q ? { i: p, j: q, score } : { i: q, j: p, score });
        }
      }
      pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
      for (const { i, j } of pairs) {
        const ri = find(i);
        const rj = find(j);
        if (ri === rj) continue;
        const a = live[ri];
        const b = live[rj];
        if (!a || !b) continue;
        const frame = (a.members.length > 1 && a.rule === 'frame') || (b.members.length > 1 && b.rule === 'frame');
        // Two single reports: their group values are their own, and this pair is the same.
        const allMatch = frame || (a.members.length === 1 && b.members.length === 1) || everyPair(keysOfGroup(ri), keysOfGroup(rj), sameInKind);
        if (!allMatch) continue;
        if (ri < rj) join(ri, rj);
        else join(rj, ri);
      }
    }
  }
  for (const g of live) if (g.alive && g.members.length > 1) g.members.sort(order);
  return live;
}
