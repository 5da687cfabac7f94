import type { SourceInfo } from './source-info.ts';

/**
 * At most this many sources get a toggle here (those with most events, in corpus order): an archive
 * of 6,600 documents made a legend of 6,600 buttons, re-rendered on every pan (3.7 s of a scripted
 * zoom/pan at 100,000 events) and read by nobody. The filter panel lists every source.
 */
export const MAX_LEGEND_SOURCES = 24;

/** The sources the legend shows: all of them, or the `MAX_LEGEND_SOURCES` with most events, in their order. */
export function legendSources(sources: readonly SourceInfo[], counts: ReadonlyMap<string, number>): readonly SourceInfo[] {
  if (sources.length <= MAX_LEGEND_SOURCES) return sources;
  const ranked = sources.map((s, i) => ({ i, n: counts.get(s.id) ?? 0 })).sort((a, b) => b.n - a.n || a.i - b.i);
  const kept = ranked.slice(0, MAX_LEGEND_SOURCES).map((r) => r.i).sort((a, b) => a - b);
  return kept.map((i) => sources[i] as SourceInfo);
}
