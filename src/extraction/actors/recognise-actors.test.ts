import { describe, expect, it } from 'vitest';
import { recogniseActors } from './recognise-actors.ts';

/** Sentences start at 0 and after each ". ". */
function actorsOf(text: string): Record<string, { kind: string; forms: string[] }> {
  const starts = new Set([0, ...[...text.matchAll(/\. /g)].map((m) => m.index + 2)]);
  const { actors } = recogniseActors(text, starts);
  return Object.fromEntries(actors.map((a) => [a.key, { kind: a.kind, forms: a.forms }]));
}

describe('recogniseActors', () => {
  it('a titled full name, its surname and a role with its nationality are one person', () => {
    const a = actorsOf('President Emmanuel Macron of France spoke with Aliyev. Macron left. The French leader said so.');
    expect(a['emmanuel-macron']).toEqual({ kind: 'person', forms: ['Emmanuel Macron', 'Macron', 'The French leader'] });
    expect(a['france']?.kind).toBe('place');
  });

  it('an acronym is its full name', () => {
    const a = actorsOf('The European Union acted. Later the EU said more.');
    expect(a['european-union']).toEqual({ kind: 'organization', forms: ['European Union', 'EU'] });
  });

  it('organisations and places by their last word; a role word before a name makes a person', () => {
    const a = actorsOf('Northgate Power chief executive Jonas Pell crossed the Harbour Bridge in Marenport.');
    expect(a['northgate-power']?.kind).toBe('organization');
    expect(a['jonas-pell']?.kind).toBe('person');
    expect(a['harbour-bridge']?.kind).toBe('place');
    expect(a['marenport']?.kind).toBe('place');
  });

  it('must not match: sentence openers, months, adjectives, title words, two names joined by "and"', () => {
    const a = actorsOf('Meanwhile French scholars wrote “We Must Save the Forests” in March. Macron and Aliyev agreed.');
    expect(Object.keys(a)).not.toContain('meanwhile');
    expect(Object.keys(a)).not.toContain('must-save');
    expect(Object.keys(a)).not.toContain('french');
    expect(Object.keys(a)).not.toContain('march');
    expect(Object.keys(a)).not.toContain('macron-and-aliyev');
  });

  it('leaves an ambiguous role alone', () => {
    const a = actorsOf('Mayor Anna Berg met Mayor Olga Lind. The mayor spoke.');
    expect(a['anna-berg']?.forms).toEqual(['Anna Berg']);
    expect(a['olga-lind']?.forms).toEqual(['Olga Lind']);
  });

  it('a description resolved to a person lends its words to later ones ("the French leader", then "the leader")', () => {
    const a = actorsOf('President Anna Berg of France arrived. The French leader spoke. Later the leader left.');
    expect(a['anna-berg']?.forms).toEqual(['Anna Berg', 'The French leader', 'the leader']);
  });

  it('"the bridge" is the one bridge named before it: not one named only after it, nor one of two', () => {
    const a = actorsOf('The bridge was shut. Officials at Harbour Bridge said the bridge was closed. Kings Bridge opened. The bridge reopened.');
    expect(a['harbour-bridge']?.forms).toEqual(['Harbour Bridge', 'the bridge']);
    expect(a['kings-bridge']?.forms).toEqual(['Kings Bridge']);
  });

  it('a long run of words that start no name is trimmed to the name after it', () => {
    const a = actorsOf(`${'Of The '.repeat(2000)}Bank of England said so. Meanwhile The Anna Berg spoke.`);
    expect(Object.keys(a)).toEqual(['england', 'anna-berg']);
  });
});
