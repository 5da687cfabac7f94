import { tagTemporalExpressions } from './tagger.ts';
import type { TemporalMention } from './types.ts';

/** Compact view of the tagger's output for assertions: [text, type, value, mod?]. */
export function tags(text: string, referenceDate: string): string[][] {
  return tagTemporalExpressions(text, { referenceDate }).map((m) => (m.mod ? [m.text, m.type, m.value, m.mod] : [m.text, m.type, m.value]));
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
