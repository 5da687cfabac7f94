import { composeArticle, type SyntheticArticle } from './articles.ts';
import { randomFor } from './random.ts';
import { StoryIndex } from './world.ts';

export type { ReportedHappening, SyntheticArticle } from './articles.ts';

export interface SynthesizeOptions {
  docs: number;
  seed: number;
  /** First document index (default 0): `{ first: 1000, docs: 500 }` yields documents 1000..1499. */
  first?: number;
}

/**
 * A deterministic synthetic news archive: stories (conflicts, elections, trials, disasters, deals,
 * strikes, outbreaks, building projects) spread over 1968-2024, each covered by several outlets in
 * their own words, in bursts after each happening. Document i depends only on (seed, i), so a
 * smaller corpus is a prefix of a larger one with the same seed. Pure: no I/O.
 */
export function* synthesizeArticles({ docs, seed, first = 0 }: SynthesizeOptions): Generator<SyntheticArticle> {
  const stories = new StoryIndex(seed);
  for (let doc = first; doc < first + docs; doc++) {
    const { story } = stories.storyOf(doc);
    yield composeArticle(doc, story, randomFor(seed, 'doc', doc));
  }
}
