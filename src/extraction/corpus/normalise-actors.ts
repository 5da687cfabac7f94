import type { Actor, ActorKind } from '../../domain/corpus.ts';
import { actorKey } from '../actors/recognise-actors.ts';
import type { CorpusStage } from './types.ts';

/**
 * Corpus stage: one actor per person, organisation or place across all documents. Documents already
 * resolved their own forms ("Macron" after "President Emmanuel Macron", "EU" as "European Union");
 * here the same canonical name in several documents is one actor, and a one-word person ("President
 * Macron" in an article that never gives the first name) joins the one person of the corpus with that
 * surname, when there is exactly one. The name shown is the fullest form (most words, then most
 * documents, then alphabetical); every other form is an alias. Independent of document order.
 */
export const normaliseActors: CorpusStage = {
  name: 'normaliseActors',
  run(state) {
    interface Pool { name: string; kinds: Map<ActorKind, number>; forms: Set<string>; docs: number }
    const pools = new Map<string, Pool>();
    for (const { analysis } of state.documents) {
      for (const a of analysis.actors) {
        const pool = pools.get(a.key) ?? { name: a.name, kinds: new Map(), forms: new Set(), docs: 0 };
        pool.kinds.set(a.kind, (pool.kinds.get(a.kind) ?? 0) + 1);
        for (const f of a.forms) pool.forms.add(f);
        if (a.name.split(' ').length > pool.name.split(' ').length || (a.name.split(' ').length === pool.name.split(' ').length && a.name < pool.name)) pool.name = a.name;
        pool.docs++;
        pools.set(a.key, pool);
      }
    }
    const kindOf = (p: Pool): ActorKind => [...p.kinds.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? 'organization';
    // One-word people -> the one full name with that surname.
    const bySurname = new Map<string, string[]>();
    for (const [key, p] of [...pools.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const words = p.name.split(' ');
      if (kindOf(p) === 'person' && words.length > 1) {
        const s = (words[words.length - 1] ?? '').toLowerCase();
        const same = bySurname.get(s);
        if (same) same.push(key);
        else bySurname.set(s, [key]);
      }
    }
    const target = new Map<string, string>();
    for (const [key, p] of pools) {
      const words = p.name.split(' ');
      const full = bySurname.get(p.name.toLowerCase());
      if (kindOf(p) === 'person' && words.length === 1 && full?.length === 1 && full[0]) target.set(key, full[0]);
    }
    const groups = new Map<string, string[]>();
    for (const key of [...pools.keys()].sort()) {
      const root = target.get(key) ?? key;
      const group = groups.get(root);
      if (group) group.push(key);
      else groups.set(root, [key]);
    }
    const idOf = new Map<string, string>();
    const actors: Actor[] = [];
    for (const [root, keys] of groups) {
      const members = keys.map((k) => pools.get(k)).filter((p): p is Pool => p !== undefined);
      const main = pools.get(root);
      if (!main) continue;
      const name = main.name;
      const id = actorKey(name);
      for (const k of keys) idOf.set(k, id);
      const forms = new Set(members.flatMap((m) => [...m.forms, m.name]));
      forms.delete(name);
      actors.push({ id, name, kind: kindOf(main), aliases: [...forms].sort(), events: 0 });
    }
    const events = state.events.map((e) => {
      const ids = (keys: readonly string[]): string[] => [...new Set(keys.map((k) => idOf.get(k) ?? k))].sort();
      const sketch = { ...e.sketch, actors: ids(e.sketch.actors), persons: ids(e.sketch.persons), places: ids(e.sketch.places) };
      return { event: { ...e.event, actors: sketch.actors }, sketch };
    });
    return {
      ...state,
      events,
      actors,
      trace: [...state.trace, { stage: 'normaliseActors', message: () => [...target].map(([k, t]) => `${k} -> ${t}`).join('\n') }],
    };
  },
};
