import { addDays, daysBetween, type IsoDay } from '../domain/calendar.ts';
import { randomFor, type Random } from './random.ts';
import { STORY_KINDS, type HappeningKind, type StoryKind } from './story-kinds.ts';
import { CITIES, COMPANIES, COUNTRIES, FIRST_NAMES, SURNAMES } from './vocabulary.ts';

/** Something that happened (or is scheduled) in a story, reported by many outlets alike. */
export interface Happening {
  /** `s<story>-h<n>`, stable: the answer key names it. */
  id: string;
  kind: HappeningKind;
  day: IsoDay;
  /** {N}: the same figure in every report. */
  number: number;
  /** {m}: an earthquake's magnitude. */
  magnitude: string;
}

export interface Person {
  full: string;
  surname: string;
}

export interface Story {
  index: number;
  kind: StoryKind;
  /** Slot values: {C} {K} {P} {Q} {X} {Y}. */
  places: { C: string; K: string; P: string; Q: string; X: string; Y: string };
  people: readonly [Person, Person];
  happenings: readonly Happening[];
  /** Background from before the story: a template with {D} and its day. */
  precedents: ReadonlyArray<{ template: string; day: IsoDay }>;
  /** How many documents report on it. */
  size: number;
}

/** Stories start between these days: five and a half decades of coverage. */
const FIRST_START = '1968-01-01';
const LAST_START = '2024-06-30';
const START_SPAN = daysBetween(FIRST_START, LAST_START);

function person(random: Random): Person {
  const surname = random.pick(SURNAMES);
  return { full: `${random.pick(FIRST_NAMES)} ${surname}`, surname };
}

/**
 * Documents per story: heavy-tailed like real coverage (most stories get a handful of articles, a
 * few get hundreds), mean about 30.
 */
function storySize(random: Random): number {
  const r = random.next();
  if (r < 0.55) return random.int(3, 15);
  if (r < 0.85) return random.int(16, 45);
  if (r < 0.97) return random.int(46, 120);
  return random.int(121, 400);
}

/** The gap to the next happening: mostly days (a burst), sometimes weeks, now and then months. */
function gapDays(random: Random): number {
  return random.weighted<() => number>([
    [() => random.int(1, 6), 55],
    [() => random.int(7, 45), 30],
    [() => random.int(46, 400), 15],
  ])();
}

/** Story `index` of the world made from `seed`. Independent of how many stories or documents exist. */
export function storyAt(seed: number, index: number): Story {
  const random = randomFor(seed, 'story', index);
  const kind = random.pick(STORY_KINDS);
  const [C, K] = random.sample(COUNTRIES, 2) as [string, string];
  const [P, Q] = random.sample(CITIES, 2) as [string, string];
  const [X, Y] = random.sample(COMPANIES, 2) as [string, string];
  const a = person(random);
  let b = person(random);
  while (b.surname === a.surname) b = person(random);
  const size = storySize(random);
  // Bigger stories run longer: more happenings, some kinds repeated (a second round of talks).
  const rounds = size > 120 ? 3 : size > 45 ? 2 : 1;
  let day = addDays(FIRST_START, random.int(0, START_SPAN));
  const happenings: Happening[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const happening of kind.happenings) {
      if (!random.chance(round === 0 ? 0.85 : 0.5)) continue;
      const repeats = happening.weight >= 3 && random.chance(0.3) ? 2 : 1;
      for (let r = 0; r < repeats; r++) {
        const [lo, hi] = happening.numbers ?? [2, 50];
        happenings.push({
          id: `s${index}-h${happenings.length}`,
          kind: happening,
          day,
          number: random.int(lo, hi),
          magnitude: `${random.int(5, 7)}.${random.int(0, 9)}`,
        });
        day = addDays(day, gapDays(random));
      }
    }
  }
  if (happenings.length === 0) {
    const first = kind.happenings[0];
    if (!first) throw new Error(`story kind ${kind.key} has no happenings`);
    happenings.push({ id: `s${index}-h0`, kind: first, day, number: 10, magnitude: '6.1' });
  }
  const storyStart = happenings[0]?.day ?? day;
  const precedents = random.sample(kind.precedents, random.int(1, 2)).map((template) => ({
    template,
    day: addDays(storyStart, -random.int(400, 365 * 30)),
  }));
  return { index, kind, places: { C, K, P, Q, X, Y }, people: [a, b], happenings, precedents, size };
}

/**
 * Which story document `doc` belongs to: stories take consecutive runs of documents, each as many
 * as its size. Memoized per seed, since the generator asks for every document in order.
 */
export class StoryIndex {
  private readonly starts: number[] = [];
  private readonly stories: Story[] = [];

  constructor(private readonly seed: number) {}

  storyOf(doc: number): { story: Story; nth: number } {
    while (this.total() <= doc) {
      const story = storyAt(this.seed, this.stories.length);
      this.starts.push(this.total());
      this.stories.push(story);
    }
    // Binary search: documents are asked for in order, but any order works.
    let lo = 0;
    let hi = this.stories.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= doc) lo = mid;
      else hi = mid - 1;
    }
    const story = this.stories[lo];
    if (!story) throw new Error(`no story for document ${doc}`);
    return { story, nth: doc - (this.starts[lo] ?? 0) };
  }

  private total(): number {
    const last = this.stories.at(-1);
    return last ? (this.starts.at(-1) ?? 0) + last.size : 0;
  }
}
