import { stemmer } from 'stemmer';
import { wordTokens } from '../english-words.ts';
import { KIND_WORDS } from './happening-words.ts';

/**
 * Content words of a report, stemmed (Porter, via the `stemmer` package) and mapped through a few
 * synonyms, so "blockaded" and "blockade", "electricity" and "power" compare equal. Stop words and
 * the words every news report of a story shares ("said", "people", "Monday") carry no evidence and
 * are dropped. Corpus-independent by design: a fixed list, never document frequencies, so whether
 * two reports match does not change when unrelated documents are added.
 */

const STOP_WORDS = new Set(`
a about above after again against all almost also although am among an and another any are around as at
be because been before being below between both but by can could did do does doing down during each either
else even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just least less like many may me meanwhile might more most much must my
near neither no nor not now of off often on once one only onto or other others our ours out over own per
perhaps quite rather same several she should since so some still such than that the their theirs them then
there these they this those though through thus to too toward towards under until up upon us very via was we
were what when where whether which while who whom whose why will with within without would yet you your
said says say told tell according added reported report reports statement news monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december today yesterday tomorrow week weeks day days month months year years ago earlier later
last next time times people official officials mr mrs ms dr also new first second third percent per cent
point points value level total number amount part
`.trim().split(/\s+/));

/** Words that stand for one another in news reports of one happening. */
const SYNONYMS: Readonly<Record<string, string>> = {
  electricity: 'power', electric: 'power', lights: 'power', blackout: 'outage', blackouts: 'outage',
  telephone: 'phone', ceasefire: 'truce', 'cease-fire': 'truce', shares: 'stock', stocks: 'stock',
  firm: 'company', corporation: 'company', automaker: 'company', carmaker: 'company',
};

const stemCache = new Map<string, string>();

/** The stem of one lower-case word, after synonyms. */
export function stemOf(lower: string): string {
  const cached = stemCache.get(lower);
  if (cached !== undefined) return cached;
  const word = SYNONYMS[lower] ?? lower;
  const stem = /^\d/.test(word) ? word.replace(/[.,](?=\d{3}\b)/g, '') : stemmer(word);
  if (stemCache.size < 50_000) stemCache.set(lower, stem);
  return stem;
}

export function isStopWord(lower: string): boolean {
  return STOP_WORDS.has(lower);
}

/**
 * Stemmed content words of `text`, unique, in order of first appearance. Words inside `exclude`
 * ranges (offsets into `text` + `offset`, e.g. actor names, which are compared as actors) are left out.
 */
export function contentStems(text: string, offset = 0, exclude: ReadonlyArray<{ start: number; end: number }> = []): string[] {
  const out = new Set<string>();
  for (const t of wordTokens(text, offset)) {
    if (t.lower.length < 2 || isStopWord(t.lower)) continue;
    if (exclude.some((r) => t.start >= r.start && t.end <= r.end)) continue;
    if (/^\d{1,2}$/.test(t.lower)) continue; // day numbers of dates, list numbers
    out.add(stemOf(t.lower));
  }
  return [...out];
}

interface KindCue {
  kind: string;
  /** Stems of the cue's words, in order ("knocked out power" -> knock, out, power). */
  stems: readonly string[];
}

const KIND_CUES: readonly KindCue[] = Object.entries(KIND_WORDS).flatMap(([kind, words]) =>
  words.map((w) => ({ kind, stems: w.split(' ').map((x) => stemOf(x)) })),
);

/** Cues by each stem they contain, longest cue first, so "power cut" wins over "cut". */
const CUES_BY_STEM = new Map<string, KindCue[]>();
for (const cue of KIND_CUES) {
  for (const s of new Set(cue.stems)) CUES_BY_STEM.set(s, [...(CUES_BY_STEM.get(s) ?? []), cue]);
}
for (const list of CUES_BY_STEM.values()) list.sort((a, b) => b.stems.length - a.stems.length);

/**
 * Stems that name a kind by themselves ("outage", "restored"): evidence of the kind, not extra shared
 * content. Words inside longer cues ("power" of "lost power") stay content words.
 */
export const KIND_STEMS: ReadonlySet<string> = new Set(KIND_CUES.filter((c) => c.stems.length === 1).map((c) => c.stems[0] ?? ''));

/** The lexicon kind of a cue that covers word `at` of `stems`, or undefined. */
export function kindAt(stems: readonly string[], at: number): string | undefined {
  const word = stems[at];
  if (word === undefined) return undefined;
  for (const cue of CUES_BY_STEM.get(word) ?? []) {
    for (let k = 0; k < cue.stems.length; k++) {
      if (cue.stems[k] !== word) continue;
      const from = at - k;
      if (from >= 0 && cue.stems.every((s, j) => stems[from + j] === s)) return cue.kind;
    }
  }
  return undefined;
}

/** Every lexicon kind named in a sequence of stems, in order. */
export function kindsIn(stems: readonly string[]): string[] {
  const kinds: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const k = kindAt(stems, i);
    if (k !== undefined && !kinds.includes(k)) kinds.push(k);
  }
  return kinds;
}
