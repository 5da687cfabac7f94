import { describe, expect, it } from 'vitest';
import { tenseAround } from './anchoring.ts';

/** The tense of the clause around `phrase` in `text`. */
function tenseOf(text: string, phrase: string): string {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${text}"`);
  return tenseAround(text, start, start + phrase.length);
}

describe('tense of the clause around a mention', () => {
  const irregularPast = [
    'rose', 'fell', 'began', 'won', 'met', 'said', 'took', 'left', 'held', 'sent', 'struck', 'fought', 'led', 'grew',
    'became', 'broke', 'brought', 'chose', 'drove', 'flew', 'gave', 'hit', 'kept', 'lost', 'ran', 'saw', 'sold',
    'spoke', 'stood', 'told', 'went', 'wrote', 'beat', 'cut', 'paid', 'sought', 'withdrew', 'upheld', 'swept',
  ];
  it.each(irregularPast)('reads the irregular past "%s" as past', (verb) => {
    expect(tenseOf(`The group ${verb} sharply on Tuesday.`, 'Tuesday')).toBe('past');
    expect(tenseOf(`Officials ${verb} it in March, reporters were told.`, 'March')).toBe('past');
  });

  it('reads had/was/were + participle as past', () => {
    expect(tenseOf('The bridge had fallen into the river by March.', 'March')).toBe('past');
    expect(tenseOf('The suspects were taken into custody on Friday.', 'Friday')).toBe('past');
    expect(tenseOf('The plant was shut down in October.', 'October')).toBe('past');
    expect(tenseOf('Shares have risen since January.', 'January')).toBe('past');
  });

  it('does not read an infinitive or a verb after a modal as past', () => {
    expect(tenseOf('The firm will cut 200 jobs on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The company plans to cut 200 jobs in March.', 'March')).toBe('future');
    expect(tenseOf('The ruling could hit exporters in March.', 'March')).toBe('future');
    expect(tenseOf('The summit is to be held in Geneva in June.', 'June')).toBe('future');
    expect(tenseOf('The talks are expected to resume in June.', 'June')).toBe('future');
  });

  it('lets the verb that governs the phrase decide', () => {
    // "started on Monday" is past even though the main clause ("will run") is future.
    expect(tenseOf('A drive that started on Monday will run through July.', 'Monday')).toBe('past');
    expect(tenseOf('Harbour City beat Northgate 2-1 on Monday to end a run of defeats.', 'Monday')).toBe('past');
  });

  it('does not let a reporting clause after a comma override the clause of the mention', () => {
    expect(tenseOf('Workers will stage a 48-hour walkout from June 2, the union announced on Tuesday.', 'June 2')).toBe('future');
  });

  it('does not let a coordinated clause override the clause of the mention', () => {
    expect(tenseOf('The accused appeared in court on Monday and will return on May 2.', 'Monday')).toBe('past');
    expect(tenseOf('Officials hope to reopen the road by Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('Temperatures are forecast to hit 30C by the weekend.', 'the weekend')).toBe('future');
  });

  it('reads present-tense schedule verbs as future', () => {
    expect(tenseOf('Pre-season training begins on Monday.', 'Monday')).toBe('future');
    expect(tenseOf('City host Westbrook on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The law takes effect in January.', 'January')).toBe('future');
  });

  it('reads wishes and aims as future: "wants to eliminate ... by early June"', () => {
    expect(tenseOf('Chrysler has said that it wants to eliminate 789 dealers by early June.', 'early June')).toBe('future');
  });

  it('reads passive plans as future and a plan seen from the past as unknown', () => {
    expect(tenseOf('The verdict is expected on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The vote is set for Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The company had expected to finish the work in March.', 'March')).toBe('unknown');
  });

  it('reads a day that a plan is "for" as ahead', () => {
    expect(tenseOf('The prime minister called a snap election for September 5.', 'September 5')).toBe('future');
    expect(tenseOf('The game has been rearranged for January 8.', 'January 8')).toBe('future');
    expect(tenseOf('The talks were scheduled for Friday.', 'Friday')).toBe('unknown');
  });

  it('reads a postponement as pointing ahead', () => {
    expect(tenseOf('The hearing was adjourned until Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The vote was postponed to March.', 'March')).toBe('future');
    expect(tenseOf('The markets remain closed until Friday.', 'Friday')).toBe('unknown');
  });

  it('does not take a number before a verb for a determiner ("in 2009, opens")', () => {
    expect(tenseOf('The new terminal, first proposed in 2009, opens to passengers on Monday.', 'Monday')).toBe('future');
  });

  it('ignores "-ed" words that are not verbs', () => {
    expect(tenseOf('Indeed, a hundred people gather in May.', 'May')).toBe('unknown');
  });
});
