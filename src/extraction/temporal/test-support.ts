import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from './tagger.ts';
import { parseTimeml } from './timeml/document.ts';
import { matchSpans } from './timeml/score.ts';
import { timexesFor, type TimemlProfile } from './timeml/profiles.ts';
import type { TemporalMention } from './types.ts';

/** Compact view of the tagger's output for assertions: [text, type, value, mod?]. */
export function tags(text: string, referenceDate: string): string[][] {
  return tagTemporalExpressions(text, { referenceDate }).map((m) => (m.mod ? [m.text, m.type, m.value, m.mod] : [m.text, m.type, m.value]));
}

/** The TIMEX3 a profile writes for `text`, as [text, type, value, mod?]. */
export function profileTags(text: string, referenceDate: string, profile: TimemlProfile): string[][] {
  return timexesFor(tagTemporalExpressions(text, { referenceDate }), text, profile).map((t) => (t.mod ? [t.text, t.type, t.value, t.mod] : [t.text, t.type, t.value]));
}

/** The single mention whose text is `phrase` (fails loudly when absent). */
export function mentionOf(text: string, referenceDate: string, phrase: string): TemporalMention {
  const found = tagTemporalExpressions(text, { referenceDate }).find((m) => m.text === phrase);
  if (!found) {
    const seen = tagTemporalExpressions(text, { referenceDate }).map((m) => m.text).join(' | ');
    throw new Error(`no mention "${phrase}" in "${text}" (found: ${seen || 'none'})`);
  }
  return found;
}

/**
 * Checks a folder of TimeML paragraphs annotated before the tagger saw them: every gold mention is an
 * expectation of its own (found, same type, same value), every system TIMEX3 must match a gold one,
 * and mentions the tagger is known to get wrong are listed as expected failures (`file|text|value`
 * with the reason), so fixing one shows up.
 */
export function describeGoldFolder(
  title: string,
  files: Record<string, string>,
  profile: TimemlProfile,
  knownGaps: Readonly<Record<string, string>> = {},
  knownExtra: Readonly<Record<string, string>> = {},
): void {
  const docs = Object.entries(files)
    .map(([path, xml]) => ({ name: path.slice(path.lastIndexOf('/') + 1), doc: parseTimeml(xml) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  describe(title, () => {
    it('has the fixture set', () => {
      expect(docs.length).toBeGreaterThanOrEqual(10);
    });
    for (const { name, doc } of docs) {
      const system = timexesFor(tagTemporalExpressions(doc.text, { referenceDate: doc.dct }), doc.text, profile);
      const pairs = matchSpans(doc.timexes, system);
      describe(`${name} (DCT ${doc.dct})`, () => {
        for (const gold of doc.timexes) {
          const text = doc.text.slice(gold.start, gold.end);
          const key = `${name}|${text}|${gold.value}`;
          const test = knownGaps[key] ? it.fails : it;
          test(`"${text}" is ${gold.type} ${gold.value}${knownGaps[key] ? ` (known gap: ${knownGaps[key]})` : ''}`, () => {
            const match = pairs.find((p) => p.gold === gold)?.system;
            expect(match ? { type: match.type, value: match.value } : 'missed').toEqual({ type: gold.type, value: gold.value });
          });
        }
        it('tags nothing that is not a temporal expression', () => {
          const matched = new Set(pairs.map((p) => p.system));
          const extra = system.filter((s) => !matched.has(s) && !knownExtra[`${name}|${s.text}`]).map((s) => `${s.text} ${s.type} ${s.value}`);
          expect(extra).toEqual([]);
        });
      });
    }
  });
}
