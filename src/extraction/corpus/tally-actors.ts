import type { CorpusStage } from './types.ts';

/** Corpus stage: how many events name each actor; actors no event names are left out of the table. */
export const tallyActors: CorpusStage = {
  name: 'tallyActors',
  run(state) {
    const counts = new Map<string, number>();
    for (const { event } of state.events) for (const a of event.actors) counts.set(a, (counts.get(a) ?? 0) + 1);
    const actors = state.actors
      .map((a) => ({ ...a, events: counts.get(a.id) ?? 0 }))
      .filter((a) => a.events > 0)
      .sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ...state, actors };
  },
};
