import type { TimexMod } from './types.ts';

/** The TimeML mod of a modifier word ("early" START, "mid" MID, "the end of" END). */
export function modOf(word: string): TimexMod | undefined {
  const w = word.toLowerCase();
  if (w === 'end' || w === 'close' || w === 'late' || w === 'last days') return 'END';
  if (w === 'beginning' || w === 'start' || w === 'early' || w === 'first days') return 'START';
  if (w === 'middle' || w === 'mid') return 'MID';
  return undefined;
}
