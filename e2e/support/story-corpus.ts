import { resolve } from 'node:path';
import { readDocumentsFolder } from '../../src/cli/read-documents.ts';
import { parseCorpus, type Actor, type Corpus, type TimelineEvent } from '../../src/domain/corpus.ts';
import { assembleCorpus, extractFile } from '../../src/extraction/index.ts';

/**
 * The multi-source fixture corpus of the journeys: the story fixture (five outlets reporting one week
 * of Storm Idris, src/extraction/fixtures/story/) run through the real pipeline, then given by hand
 * what the corpus-level stages (issue 6) will compute: reports of one happening merged into one
 * event (their other ids kept as aliases), one of them with sources that disagree on the date
 * (Monday in three outlets, Tuesday in one), actors, and salience. Deterministic; validated with
 * the app's own schema.
 */

const STORY_DIR = resolve(import.meta.dirname, '../../src/extraction/fixtures/story');

/** Happenings reported by several outlets: the ids of their reports, the first one's id kept. */
const MERGES: ReadonlyArray<{ ids: readonly string[]; title?: string }> = [
  {
    ids: ['01-herald-storm-night-0-76', '04-radio-week-recap-155-183', '05-business-post-outage-137-161', '03-national-daily-power-back-84-104'],
    title: 'Storm Idris knocked out power to about 40,000 homes',
  },
  { ids: ['03-national-daily-power-back-0-51', '04-radio-week-recap-103-128', '05-business-post-outage-218-253'] },
  { ids: ['01-herald-storm-night-234-245', '02-coastal-wire-meetings-135-187'] },
  { ids: ['03-national-daily-power-back-294-373', '04-radio-week-recap-192-r'] },
];

const ACTORS: ReadonlyArray<Omit<Actor, 'events'> & { match: RegExp }> = [
  { id: 'tomas-reiner', name: 'Tomas Reiner', kind: 'person', aliases: ['Reiner', 'Energy Minister'], match: /\b(Tomas Reiner|Reiner|Energy Minister)\b/ },
  { id: 'elena-varga', name: 'Elena Varga', kind: 'person', aliases: ['Varga', 'Mayor'], match: /\b(Elena Varga|Varga|Mayor)\b/ },
  { id: 'northgate-power', name: 'Northgate Power', kind: 'organization', aliases: [], match: /\bNorthgate Power\b/ },
  { id: 'european-union', name: 'European Union', kind: 'organization', aliases: ['EU'], match: /\b(European Union|EU)\b/ },
  { id: 'harbour-bridge', name: 'Harbour Bridge', kind: 'place', aliases: ['the bridge'], match: /\b(Harbour Bridge|[Tt]he bridge)\b/ },
];

function merge(events: TimelineEvent[], ids: readonly string[], title?: string): TimelineEvent[] {
  const parts = ids.map((id) => {
    const event = events.find((e) => e.id === id);
    if (!event) throw new Error(`story fixture: no event ${id} (did the pipeline change? update e2e/support/story-corpus.ts)`);
    return event;
  });
  const [first] = parts;
  if (!first) throw new Error('story fixture: empty merge');
  const merged: TimelineEvent = {
    ...first,
    ...(title ? { title } : {}),
    aliases: [...first.aliases, ...parts.slice(1).flatMap((p) => [p.id, ...p.aliases])],
    sources: parts.flatMap((p) => p.sources).sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.quote.start - b.quote.start)),
    // The sources disagree when their own dates differ.
    uncertain: new Set(parts.flatMap((p) => p.sources.map((s) => s.date.start))).size > 1,
  };
  const gone = new Set(ids.slice(1));
  return events.filter((e) => !gone.has(e.id)).map((e) => (e.id === first.id ? merged : e));
}

export function storyCorpus(): Corpus {
  const folder = readDocumentsFolder(STORY_DIR);
  const base = assembleCorpus(folder.files.map((file) => extractFile(file)));
  let events = base.events;
  for (const { ids, title } of MERGES) events = merge(events, ids, title);
  events = events.map((event) => {
    const text = event.sources.map((s) => s.quote.text).join(' ');
    const actors = ACTORS.filter((a) => a.match.test(text)).map((a) => a.id);
    const documents = new Set(event.sources.map((s) => s.docId)).size;
    // Documented stand-in for issue 6's salience: reporting outlets first, then named actors and a stated day.
    const salience = Math.min(1, documents / 4 + actors.length * 0.05 + (event.precision === 'day' ? 0.05 : 0));
    return { ...event, actors, salience: Math.round(salience * 100) / 100 };
  });
  const actors = ACTORS.map(({ match: _match, ...actor }) => ({ ...actor, events: events.filter((e) => e.actors.includes(actor.id)).length }));
  const parsed = parseCorpus({ ...base, events, actors });
  if (!parsed.ok) throw new Error(`the story fixture corpus is not valid:\n${parsed.errors.join('\n')}`);
  return parsed.corpus;
}
