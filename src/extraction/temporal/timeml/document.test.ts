import { describe, expect, it } from 'vitest';
import { tagTemporalExpressions } from '../tagger.ts';
import { parseTextBody, parseTimeml, TimemlError, unescapeXml, writeTimeml } from './document.ts';

// Adapted from MEANTIME corpus test_10.tml (Wikinews CC BY 2.5; annotations NewsReader, CC BY).
const GOLD = `<?xml version="1.0" ?>
<TimeML>
<DOCID>test_10.tml</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" temporalFunction="false" tid="t0" type="DATE" value="2005-05-07">2005-05-07</TIMEX3></DCT>
<TEXT>

Reactions to Apple's OS X Tiger

<TIMEX3 tid="t1" type="DATE" value="2005-05-07">May 7, 2005</TIMEX3>

Macintosh users &amp; the <EVENT eid="e1" class="OCCURRENCE">curious</EVENT> have been shipping for more than <TIMEX3 tid="t2" type="DURATION" value="P1W">a week</TIMEX3> <TIMEX3 tid="t3" type="DATE" value="2005-05-07">now</TIMEX3> &lt;sic&gt;.
</TEXT>
</TimeML>
`;

const strip = (xmlText: string) => unescapeXml(xmlText.replace(/<[^>]+>/g, ''));

describe('parseTimeml', () => {
  const doc = parseTimeml(GOLD);

  it('reads the DCT, the plain text and the TIMEX3 offsets', () => {
    expect(doc.dct).toBe('2005-05-07');
    expect(doc.docId).toBe('test_10.tml');
    expect(doc.text).toContain('Macintosh users & the curious have been');
    expect(doc.text).toContain('<sic>');
    expect(doc.timexes.map((t) => [doc.text.slice(t.start, t.end), t.type, t.value])).toEqual([
      ['May 7, 2005', 'DATE', '2005-05-07'],
      ['a week', 'DURATION', 'P1W'],
      ['now', 'DATE', '2005-05-07'],
    ]);
  });

  it('reports malformed documents clearly', () => {
    expect(() => parseTimeml('<TimeML><TEXT>x</TEXT></TimeML>')).toThrow(TimemlError);
    expect(() => parseTextBody('a <TIMEX3 tid="t1">b')).toThrow(/unclosed/);
  });
});

describe('writeTimeml', () => {
  const doc = parseTimeml(GOLD);
  const mentions = tagTemporalExpressions(doc.text, { referenceDate: doc.dct });
  const out = writeTimeml(doc, mentions);

  it('keeps the DCT and inserts only TIMEX3 tags', () => {
    expect(out).toContain(doc.dctElement);
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(out)?.[1] ?? '';
    expect(body.match(/<(\w+)/g)?.every((t) => t === '<TIMEX3')).toBe(true);
    expect(body).toContain('<TIMEX3 tid="t1" type="DATE" value="2005-05-07">May 7, 2005</TIMEX3>');
  });

  it('round-trips: stripping the tags and unescaping gives the plain text back exactly', () => {
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(out)?.[1] ?? '';
    expect(strip(body)).toBe(doc.text);
    const again = parseTimeml(out);
    expect(again.text).toBe(doc.text);
    expect(again.timexes.map((t) => [t.start, t.end, t.value])).toEqual(mentions.map((m) => [m.start, m.end, m.value]));
  });

  it('writes mod when set and escapes attribute values', () => {
    const text = 'in early 2009 & later';
    const written = writeTimeml({ dctElement: '<DCT></DCT>', text }, [{ start: 3, end: 13, type: 'DATE', value: '2009', mod: 'START' }]);
    expect(written).toContain('<TIMEX3 tid="t1" type="DATE" value="2009" mod="START">early 2009</TIMEX3> &amp; later');
  });

  it('refuses overlapping mentions', () => {
    expect(() => writeTimeml({ dctElement: '', text: 'abcdef' }, [
      { start: 0, end: 3, type: 'DATE', value: 'x' },
      { start: 2, end: 4, type: 'DATE', value: 'y' },
    ])).toThrow(TimemlError);
  });
});
