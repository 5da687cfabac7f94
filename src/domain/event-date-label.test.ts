import { describe, expect, it } from 'vitest';
import { enGB, enUS } from 'date-fns/locale';
import { setDateLocale } from '../i18n/locale.ts';
import { describeEventDate, describeRange } from './event-date-label.ts';

describe('describeEventDate', () => {
  it('states a day, month or year only at the precision the text gives', () => {
    expect(describeEventDate({ start: '2022-12-12', end: null, precision: 'day', timing: 'past' })).toBe('December 12, 2022');
    expect(describeEventDate({ start: '2022-12-01', end: '2022-12-31', precision: 'month', timing: 'past' })).toBe('December 2022');
    expect(describeEventDate({ start: '2022-01-01', end: '2022-12-31', precision: 'year', timing: 'past' })).toBe('2022');
    expect(describeEventDate({ start: '2020-11-09', end: null, precision: 'day', timing: 'past' })).toBe('November 9, 2020');
  });

  it('writes early years as written, without padding them to four digits', () => {
    expect(describeEventDate({ start: '0124-01-01', end: '0124-12-31', precision: 'year', timing: 'past' })).toBe('124');
    expect(describeEventDate({ start: '0476-09-01', end: '0476-09-30', precision: 'month', timing: 'past' })).toBe('September 476');
    expect(describeEventDate({ start: '0079-08-24', end: null, precision: 'day', timing: 'past' })).toBe('August 24, 79');
    expect(describeEventDate({ start: '0079-08-24', end: '0079-08-26', precision: 'day', timing: 'past' })).toBe('August 24 – 26, 79');
  });

  it('says both days of a day-precise range, as exactly as a day', () => {
    expect(describeEventDate({ start: '2022-12-12', end: '2022-12-14', precision: 'day', timing: 'past' })).toBe('December 12 – 14, 2022');
    expect(describeEventDate({ start: '2023-01-05', end: '2023-01-07', precision: 'day', timing: 'future' })).toBe('expected January 5 – 7, 2023');
  });

  it('puts the day first where the browser locale does', () => {
    setDateLocale(enGB);
    try {
      expect(describeEventDate({ start: '2022-12-12', end: null, precision: 'day', timing: 'past' })).toBe('12 December 2022');
      expect(describeEventDate({ start: '2022-12-12', end: '2022-12-14', precision: 'day', timing: 'past' })).toBe('12 – 14 December 2022');
      expect(describeEventDate({ start: '2022-11-05', end: '2022-12-17', precision: 'approximate', timing: 'past' })).toBe(
        'between 5 November and 17 December 2022',
      );
    } finally {
      setDateLocale(enUS);
    }
  });

  it('says a reported event has no date of its own', () => {
    expect(describeEventDate({ start: '2022-12-24', end: null, precision: 'reported', timing: 'past' }))
      .toBe('reported December 24, 2022; date not stated');
  });

  it('reads ongoing events as "since"', () => {
    expect(describeEventDate({ start: '2022-12-12', end: '2022-12-24', precision: 'day', timing: 'ongoing' }))
      .toBe('since December 12, 2022 – ongoing');
    expect(describeEventDate({ start: '2022-12-10', end: '2022-12-24', precision: 'approximate', timing: 'ongoing' }))
      .toBe('since around December 10, 2022 – ongoing');
    expect(describeEventDate({ start: '2022-11-01', end: '2022-12-24', precision: 'month', timing: 'ongoing' }))
      .toBe('since November 2022 – ongoing');
  });

  it('reads future events as expected', () => {
    expect(describeEventDate({ start: '2022-12-25', end: '2023-02-11', precision: 'approximate', timing: 'future' }))
      .toBe('expected between December 25, 2022 and February 11, 2023');
    expect(describeEventDate({ start: '2023-01-05', end: null, precision: 'day', timing: 'future' })).toBe('expected on January 5, 2023');
    expect(describeEventDate({ start: '2023-03-01', end: '2023-03-31', precision: 'month', timing: 'future' })).toBe('expected in March 2023');
  });

  it('hedges approximate past ranges', () => {
    expect(describeEventDate({ start: '2022-11-05', end: '2022-12-17', precision: 'approximate', timing: 'past' }))
      .toBe('between November 5 and December 17, 2022');
  });
});

describe('describeRange', () => {
  it('names thirds of a month', () => {
    expect(describeRange('2022-11-21', '2022-11-30')).toBe('around late November 2022');
    expect(describeRange('2022-12-01', '2022-12-10')).toBe('around early December 2022');
    expect(describeRange('2022-12-11', '2022-12-20')).toBe('around mid-December 2022');
    expect(describeRange('2023-02-01', '2023-02-09')).toBe('around early February 2023');
    expect(describeRange('2023-02-20', '2023-02-28')).toBe('around late February 2023');
  });

  it('spells other ranges out', () => {
    expect(describeRange('2022-12-01', '2022-12-08')).toBe('around December 1 – 8, 2022');
    expect(describeRange('2022-12-05', '2022-12-09')).toBe('around December 5 – 9, 2022');
    expect(describeRange('2022-12-01', '2022-12-31')).toBe('around December 2022');
    expect(describeRange('2022-03-01', '2022-05-31')).toBe('between March and May 2022');
    expect(describeRange('2022-12-24', '2022-12-24')).toBe('around December 24, 2022');
    expect(describeRange('2021-12-30', '2022-01-02')).toBe('between December 30, 2021 and January 2, 2022');
  });

  it('rejects strings that are not days', () => {
    expect(() => describeRange('2022-02-30', '2022-03-01')).toThrow(RangeError);
  });
});

describe('describeEventDate: honest ranges', () => {
  const source = (timexValue: string) => [{ docId: 'd', quote: { start: 0, end: 1, text: 'x' }, datePhrase: null, timexValue }];

  it('a range of two stated days does not say "around"', () => {
    expect(describeEventDate({ start: '2022-12-12', end: '2022-12-14', precision: 'approximate', timing: 'past', sources: source('2022-12-12/2022-12-14') }))
      .toBe('December 12 – 14, 2022');
    expect(describeEventDate({ start: '2023-01-23', end: '2023-01-27', precision: 'approximate', timing: 'future', sources: source('2023-01-23/2023-01-27') }))
      .toBe('expected January 23 – 27, 2023');
    expect(describeEventDate({ start: '2022-03-30', end: '2022-04-02', precision: 'approximate', timing: 'past', sources: source('2022-03-30/2022-04-02') }))
      .toBe('March 30 – April 2, 2022');
    expect(describeEventDate({ start: '2022-12-30', end: '2023-01-02', precision: 'approximate', timing: 'past', sources: source('2022-12-30/2023-01-02') }))
      .toBe('December 30, 2022 – January 2, 2023');
  });

  it('must not match: a vague range, or stated months, keeps its hedge', () => {
    expect(describeEventDate({ start: '2022-12-01', end: '2022-12-08', precision: 'approximate', timing: 'past', sources: source('PAST_REF') }))
      .toBe('around December 1 – 8, 2022');
    expect(describeEventDate({ start: '2022-12-12', end: '2022-12-14', precision: 'approximate', timing: 'past' })).toBe('around December 12 – 14, 2022');
    expect(describeEventDate({ start: '2022-03-01', end: '2022-05-31', precision: 'approximate', timing: 'past', sources: source('2022-03/2022-05') }))
      .toBe('between March and May 2022');
  });

  it('ranges across years say years or months, never invented days', () => {
    expect(describeRange('2015-01-01', '2022-12-31')).toBe('between 2015 and 2022');
    expect(describeRange('1960-01-01', '1969-12-31')).toBe('in the 1960s');
    expect(describeRange('1965-01-01', '1974-12-31')).toBe('between 1965 and 1974');
    expect(describeRange('2023-12-01', '2024-02-29')).toBe('between December 2023 and February 2024');
    expect(describeRange('2024-10-22', '2024-10-31')).toBe('around late October 2024');
  });
});
