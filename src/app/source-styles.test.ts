import { describe, expect, it } from 'vitest';
import { sourceMarks, sourceStyles } from './source-styles.ts';

describe('sourceMarks', () => {
  it('gives each name its initials, or the start of a one-word name', () => {
    const marks = sourceMarks(['Marenport Herald', 'Coastal Wire', 'National Daily', 'Reuters', 'lefigaro.fr']);
    expect(Object.fromEntries(marks)).toEqual({
      'Marenport Herald': 'MH',
      'Coastal Wire': 'CW',
      'National Daily': 'ND',
      Reuters: 'Re',
      'lefigaro.fr': 'LF',
    });
  });

  it('keeps marks unique: names with the same initials get longer ones, then numbers, whatever the order', () => {
    const names = ['Morning Herald', 'Marenport Herald', 'MH', 'Mh'];
    const marks = sourceMarks(names);
    expect(new Set(marks.values()).size).toBe(names.length);
    expect(marks.get('Marenport Herald')).toBe('MaH');
    expect(marks.get('Morning Herald')).toBe('MoH');
    expect(Object.fromEntries(sourceMarks([...names].reverse()))).toEqual(Object.fromEntries(marks));
  });

  it('copes with names without letters and with right-to-left names', () => {
    const marks = sourceMarks(['', '—', 'الجزيرة نت']);
    expect(marks.get('الجزيرة نت')).toBe('ان');
    expect(new Set(marks.values()).size).toBe(3);
  });
});

describe('sourceStyles', () => {
  it('gives a document its short name and mark', () => {
    const styles = sourceStyles([{ id: 'a', path: 'a.md', title: 'Storm night', publisher: 'Marenport Herald', published: '2025-03-03' }]);
    expect(styles.get('a')).toMatchObject({ name: 'Marenport Herald', mark: 'MH' });
  });
});
