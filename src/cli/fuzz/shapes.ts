/**
 * Input shapes that stress one part of extraction each, built at any size: the pathological cases a
 * probe of Sourceline found (issue 10, issue 6 §1) and their neighbours. `npm run fuzz` times each
 * shape at n, 2n, 4n and 8n bytes of body to show whether time grows linearly with the document;
 * the property test extracts each once at a small size. Deterministic: a shape is a pure function
 * of the size.
 */

export interface Shape {
  name: string;
  /** A whole file (header included) whose body is about `bytes` long. */
  build(bytes: number): string;
}

const HEADER = 'date 2022-12-24\n';

/** `unit` repeated to about `bytes` characters, after `prefix` and before `suffix`. */
function repeat(prefix: string, unit: string, bytes: number, suffix = ''): string {
  const count = Math.max(1, Math.ceil((bytes - prefix.length - suffix.length) / unit.length));
  return `${prefix}${unit.repeat(count)}${suffix}`;
}

/** Paragraphs cycling through `units`, numbered so no two are the same text. */
function paragraphs(units: readonly string[], bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = (units[i % units.length] ?? '').replaceAll('#', String(i + 1));
    out.push(p);
    size += p.length + 2;
  }
  return out.join('\n\n');
}

/** YAML lines `k1: v` ... to about `bytes` characters. */
function keys(bytes: number): string {
  let out = '';
  for (let i = 1; out.length < bytes; i++) out += `k${i}: v\n`;
  return out;
}

const NEWS = [
  'The minister resigned on Monday after # days of protests, the government said.',
  'Talks between the two sides resumed in Brussels on December 12, 2022, and ended without an agreement.',
  'The corridor, which has been blockaded since December 12, is the only road linking the region to Armenia.',
  'Officials said on Tuesday that # people were evacuated, and they expect more to leave next week.',
  '“We will not give up,” the mayor told reporters in the capital on Wednesday.',
  'Prices rose by # percent in November, the statistics office reported, the highest rise since 2008.',
];

const WIRE = [
  'WASHINGTON (Reuters) - The Senate voted # to 40 on Tuesday to approve the bill , officials said .',
  '`` We are not going to back down , \'\' said Sen. John Smith -LRB- R-Texas -RRB- in a statement .',
  'March 01 , 2008',
  'By JANE DOE , Associated Press Writer',
  'Photo : Protesters gather outside parliament on Monday . -LRB- AP Photo / File -RRB-',
  'TOKYO &amp; OSAKA &mdash; Shares fell # percent on Friday &quot;amid fears&quot; of a slowdown .',
];

export const SHAPES: readonly Shape[] = [
  { name: 'news paragraphs', build: (n) => HEADER + paragraphs(NEWS, n) },
  { name: 'tokenized newswire', build: (n) => HEADER + paragraphs(WIRE, n) },
  { name: "'on Monday' repeated", build: (n) => HEADER + repeat('The minister resigned ', 'on Monday ', n, '.') },
  { name: 'dates in one sentence', build: (n) => HEADER + repeat('The court met on ', 'December 12, 2022, ', n, 'and adjourned.') },
  { name: 'dates on one line, no stop', build: (n) => HEADER + repeat('', '12 March 2021 and ', n) },
  { name: 'em dashes', build: (n) => HEADER + repeat('The minister resigned ', '—', n, ' on Monday.') },
  { name: 'spaces mid-sentence', build: (n) => HEADER + repeat('The minister resigned', ' ', n, 'on Monday.') },
  { name: 'double quotes', build: (n) => HEADER + repeat('The minister resigned ', '"', n, ' on Monday.') },
  { name: 'full stops', build: (n) => HEADER + repeat('The minister resigned on Monday', '.', n) },
  { name: 'one long word', build: (n) => HEADER + repeat('The ', 'a', n, ' resigned on Monday.') },
  { name: 'trailing whitespace', build: (n) => HEADER + repeat('a', ' ', n, 'b') },
  { name: 'blank lines', build: (n) => HEADER + repeat('The minister resigned on Monday.', '\n \n', n, 'He left on Friday.') },
  { name: 'line without a full stop', build: (n) => HEADER + repeat('', 'the talks went on and on ', n) },
  { name: 'commas', build: (n) => HEADER + repeat('The minister resigned', ', ', n, 'on Monday.') },
  { name: "', which' clauses", build: (n) => HEADER + repeat('The law', ', which was passed in 2019', n, ', was amended on Monday.') },
  { name: "', and they' clauses", build: (n) => HEADER + repeat('They met on Monday', ', and they met on Tuesday', n, '.') },
  { name: 'subordinators', build: (n) => HEADER + repeat('Police said on Tuesday', ' that he left in May', n, '.') },
  { name: "', who' relatives", build: (n) => HEADER + repeat('The minister', ', who took office in May', n, ', resigned on Friday.') },
  { name: 'semicolons', build: (n) => HEADER + repeat('They met on Monday', '; they met on Tuesday', n, '.') },
  { name: 'abbreviations', build: (n) => HEADER + repeat('The envoy met ', 'Mr. Dr. St. ', n, 'Smith on Monday.') },
  { name: 'initials', build: (n) => HEADER + repeat('The envoy met ', 'J. ', n, 'Smith on Monday.') },
  // One run of capitalised words that each start no name (actor recognition trimmed it one slice per word).
  { name: "capitalised 'Of The'", build: (n) => HEADER + repeat('', 'Of The ', n, 'Smith said on Monday.') },
  // Many named places, each then called "the bridge" (each description was checked against every actor).
  { name: "named bridges, 'the bridge'", build: (n) => HEADER + paragraphs(['Harbour Bridge # is near the bridge.'], n) },
  // Undated reports of one kind, each naming a place of its own: every pair is a candidate for the merge.
  { name: 'undated reports, own places', build: (n) => HEADER + paragraphs(['Officials at Harbour Bridge # said that the bridge was closed.'], n) },
  { name: 'from X to Y ranges', build: (n) => HEADER + repeat('The fair ran', ' from May 3 to May 9', n, '.') },
  { name: "reporting tails ', X said.'", build: (n) => HEADER + repeat('', 'The talks failed on Monday, he said. ', n) },
  { name: 'open quotes', build: (n) => HEADER + repeat('', '“The talks failed on Monday ', n) },
  { name: 'parentheses', build: (n) => HEADER + repeat('The minister resigned ', '(', n, ' on Monday.') },
  { name: 'headings', build: (n) => HEADER + repeat('', '# The minister resigned on Monday\n', n) },
  { name: 'digits', build: (n) => HEADER + repeat('The minister resigned in ', '1', n, '.') },
  { name: 'years past 9999', build: (n) => HEADER + repeat('', 'The council met on January 7, 10000. ', n) },
  { name: 'relative days', build: (n) => HEADER + repeat('', 'It rained 99999999 days later and 3000 years ago. ', n) },
  { name: 'emoji and combining marks', build: (n) => HEADER + repeat('', 'Te\u0301st 🎉 on Monday ', n, '.') },
  { name: 'HTML entities', build: (n) => HEADER + repeat('', '&amp;&lt;b&gt; &quot;news&quot; on Monday ', n, '.') },
  { name: 'all-caps headline', build: (n) => HEADER + repeat('', 'MINISTER RESIGNS ON MONDAY ', n, '\n\nHe left.') },
  { name: 'CRLF lines', build: (n) => HEADER + repeat('', 'The minister resigned on Monday.\r\n', n) },
  { name: 'front matter keys', build: (n) => `---\ndate: 2022-12-24\n${keys(n)}---\nThe minister resigned on Monday.\n` },
  { name: 'long front matter title', build: (n) => `---\ndate: 2022-12-24\ntitle: ${repeat('', 'Talks ', n)}\n---\nThe minister resigned on Monday.\n` },
];
