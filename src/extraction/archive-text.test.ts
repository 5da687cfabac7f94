import { describe, expect, it } from 'vitest';
import { extractFile } from './index.ts';
import { normalizeArchiveText } from './archive-text.ts';

describe('normalizeArchiveText', () => {
  it('decodes leftover HTML entities and leaves lone ampersands and unknown names alone', () => {
    expect(normalizeArchiveText('Shares fell &amp; rose &quot;sharply&quot; &#8212; &#x2019;s &bogus; AT&T')).toBe('Shares fell & rose "sharply" — ’s &bogus; AT&T');
    expect(normalizeArchiveText('&#0; &#xD800;')).toBe('&#0; &#xD800;');
  });

  it('turns Penn Treebank tokens back into text', () => {
    expect(normalizeArchiveText("`` We will not back down , '' said Sen. John Smith -LRB- R-Texas -RRB- . He did n't say more .")).toBe(
      '“We will not back down,” said Sen. John Smith (R-Texas). He didn\'t say more.',
    );
  });

  it('leaves plain prose unchanged', () => {
    const prose = 'The minister resigned on Monday, the government said. “We will not give up,” he said (twice).';
    expect(normalizeArchiveText(prose)).toBe(prose);
  });
});

describe('real archive text gives no event or title from its furniture (issue 6 §1)', () => {
  const wire = [
    'date 2008-03-02',
    'WASHINGTON (Reuters) - The Senate voted 60 to 40 on Tuesday to approve the bill , officials said .',
    '',
    'March 01 , 2008',
    '',
    'By JANE DOE , Associated Press Writer',
    '',
    'Photo : Protesters gather outside parliament on Monday . -LRB- AP Photo / File -RRB-',
    '',
    'MINISTER RESIGNS AFTER PROTESTS ON MONDAY',
    '',
    'TOKYO &amp; OSAKA &mdash; Shares fell 3 percent on Friday &quot;amid fears&quot; of a slowdown .',
  ].join('\n');
  const result = extractFile({ path: 'wire.txt', bytes: new TextEncoder().encode(wire) });

  it('titles the document and its events with prose, not datelines, tokens or entities', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.document.title).toBe('The Senate voted 60 to 40 on Tuesday to approve the bill, officials said.');
    const titles = result.events.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['The Senate voted 60 to 40 on Tuesday to approve the bill', 'Shares fell 3 percent on Friday']));
    for (const e of result.events) {
      expect(e.title).not.toMatch(/WASHINGTON|Reuters|TOKYO|-LRB-|``|''|&\w+;|Photo|JANE DOE|MINISTER RESIGNS/);
      expect(e.sources[0]?.quote.text).not.toContain('\n');
    }
  });
});
