import { describe, expect, it } from 'vitest';
import { wordTokens } from './english-words.ts';
import { findVerbGroup } from './verb-groups.ts';

function groupOf(text: string, leadingVerb = false) {
  const tokens = wordTokens(text);
  const g = findVerbGroup(tokens, { leadingVerb });
  return g && { head: tokens[g.head]?.text, tense: g.tense, perfect: g.perfect };
}

describe('findVerbGroup', () => {
  it('"has/have been" + adjective is a perfect state ("have been unable to reach")', () => {
    expect(groupOf('Aid convoys have been unable to reach Kresnik since mid-April')).toEqual({ head: 'been', tense: 'past', perfect: true });
  });

  it('a reduced relative participle gives way to the finite group after it', () => {
    expect(groupOf('Peace talks mediated by Norway have been stalled for more than a year')).toEqual({ head: 'stalled', tense: 'past', perfect: true });
    // With no later finite group the participle is the clause's action.
    expect(groupOf('Opinion polls published in the past two weeks show the opposition ahead')).toEqual({ head: 'published', tense: 'past', perfect: false });
  });

  it('"that" before a past form is a relative pronoun', () => {
    expect(groupOf('a six-week trial that began on November 20')).toEqual({ head: 'began', tense: 'past', perfect: false });
  });

  it('present verbs of schedules count; other present verbs stay background', () => {
    expect(groupOf('Campaigning officially begins next Monday')).toEqual({ head: 'begins', tense: 'present', perfect: false });
    expect(groupOf('Most of the staff live in the valley')).toBeUndefined();
  });

  it('must not match: a schedule word used as a noun, a clause-initial participle', () => {
    expect(groupOf('the ends of the corridor')).toBeUndefined();
    expect(groupOf('Founded in 1990')).toBeUndefined();
    expect(groupOf('resigned on Friday', true)).toEqual({ head: 'resigned', tense: 'past', perfect: false });
  });
});

describe('findVerbGroup: adverbs inside the group', () => {
  it('any "-ly" adverb may stand between the auxiliary and the verb', () => {
    expect(groupOf('which was partly funded by a federal grant awarded in 2021')).toEqual({ head: 'funded', tense: 'past', perfect: false });
  });

  it('a present intention + "to" + verb is a future group headed by the planned verb; a plan as a noun is none', () => {
    expect(groupOf('Farmers plan to march on Saturday')).toEqual({ head: 'march', tense: 'future', perfect: false });
    expect(groupOf('The union threatens to strike in July')).toEqual({ head: 'strike', tense: 'future', perfect: false });
    expect(groupOf('The plans to expand')).toBeUndefined();
    expect(groupOf('The group’s plans to expand in May were shelved')).toEqual({ head: 'shelved', tense: 'past', perfect: false });
  });

  it('a schedule verb in the present is a group; the same word before a verb is a noun', () => {
    expect(groupOf('The board meets on Monday')).toEqual({ head: 'meets', tense: 'present', perfect: false });
    expect(groupOf('Tax returns rose sharply')).toEqual({ head: 'rose', tense: 'past', perfect: false });
    expect(groupOf('Investment returns have fallen')).toEqual({ head: 'fallen', tense: 'past', perfect: true });
  });

  it('"died", "used": four-letter regular past forms count; "shed" does not', () => {
    expect(groupOf('Margaret Okafor, the architect who designed the library, died on Sunday')).toEqual({ head: 'died', tense: 'past', perfect: false });
    expect(groupOf('The garden shed on the hill')).toBeUndefined();
  });
});
