import { addDays, compareDays, daysBetween, type IsoDay } from '../domain/calendar.ts';
import { datePhrase, sincePhrase, type DatePhrase } from './date-phrases.ts';
import { hashString, type Random } from './random.ts';
import { CLAIMS, GENERIC_FILLERS, QUOTE_LINES, SPEAKERS } from './story-kinds.ts';
import { OUTLETS, type Outlet } from './vocabulary.ts';
import type { Happening, Story } from './world.ts';

/** One report in an article, as the answer key records it. */
export interface ReportedHappening {
  happening: string;
  kind: string;
  tense: 'past' | 'ongoing' | 'future' | 'undated' | 'background';
  /** The date phrase as written, or null for an undated report. */
  phrase: string | null;
  unit: DatePhrase['unit'] | null;
  phraseKind: DatePhrase['kind'] | null;
  /** When it really happened. */
  day: IsoDay;
  /** The day this outlet's phrase points at, when the outlet got the date wrong (rare, as in real coverage). */
  misreported?: IsoDay;
}

export interface SyntheticArticle {
  /** File name: `<index>-<outlet>.md|txt`. */
  name: string;
  content: string;
  published: IsoDay;
  outlet: string;
  story: number;
  reports: ReportedHappening[];
}

const capitalize = (text: string): string => (text === '' ? text : text.charAt(0).toUpperCase() + text.slice(1));

/** Fills slots; {A}/{B} name the person in full with their role the first time, by surname after. */
class Filler {
  private readonly mentioned = new Set<string>();
  private readonly values: Record<string, string>;

  constructor(
    private readonly story: Story,
    private readonly outlet: Outlet,
    random: Random,
  ) {
    const { places } = story;
    const org = (template: string): string => template.replace(/\{([CKXY])\}/g, (_m, k: 'C' | 'K' | 'X' | 'Y') => places[k]);
    this.values = {
      ...places,
      O: org(story.kind.organization),
      U: org(story.kind.counterpart),
      n: String(random.int(2, 90)),
    };
  }

  fill(template: string, happening?: Happening, date?: string): string {
    const text = template.replace(/\{([A-Za-z])\}/g, (_m, slot: string) => {
      if (slot === 'D') return date ?? '';
      if (slot === 'N') return String(happening?.number ?? this.values['n']);
      if (slot === 'm') return happening?.magnitude ?? '6.2';
      if (slot === 'A' || slot === 'B') return this.person(slot === 'A' ? 0 : 1);
      if (slot === 'a' || slot === 'b') return this.person(slot === 'a' ? 0 : 1);
      return this.values[slot] ?? '';
    });
    return this.outlet.quotes === 'curly' ? curlQuotes(text) : text;
  }

  private person(which: 0 | 1): string {
    const p = this.story.people[which];
    if (this.mentioned.has(p.full)) return p.surname;
    this.mentioned.add(p.full);
    return `${this.story.kind.roles[which]} ${p.full}`;
  }
}

function curlQuotes(text: string): string {
  return text.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
}

/** A sentence from a template whose {D} may lead ("{D}, ..."): capitalized, one space, a full stop. */
function sentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').replace(/\s+([,.])/g, '$1').trim();
  return capitalize(/[.!?”"]$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** Without its date: "{D}, X did Y" -> "X did Y"; "X did Y {D}" -> "X did Y". */
function undated(template: string): string {
  return template.replace(/^\{D\},\s*/, '').replace(/\s*\{D\}/, '');
}

const pickTemplate = (templates: readonly string[], outlet: Outlet, happening: Happening, salt: string): string => {
  const i = hashString(`${outlet.slug}:${happening.id}:${salt}`) % templates.length;
  return templates[i] ?? templates[0] ?? '';
};

/**
 * Article `nth` of `story`, published by a randomly chosen outlet a few days after its lead
 * happening, reporting that happening first, then earlier ones, a state still going on, something
 * scheduled, a precedent from years before, and sentences that report nothing (quotes, context),
 * to a length between about 1 and 5 KB.
 */
export function composeArticle(doc: number, story: Story, random: Random): SyntheticArticle {
  const outlet = random.pick(OUTLETS);
  const filler = new Filler(story, outlet, random);
  const happenings = story.happenings;
  const lead = random.weighted(happenings.map((h) => [h, h.kind.weight] as const));
  const delay = random.weighted<number>([
    [0, 30],
    [1, 35],
    [random.int(2, 3), 20],
    [random.int(4, 10), 15],
  ]);
  const published = addDays(lead.day, delay);
  const reports: ReportedHappening[] = [];
  const paragraphs: string[][] = [];

  const report = (h: Happening, tense: 'past' | 'future', templateList: readonly string[]): string => {
    const template = pickTemplate(templateList, outlet, h, tense);
    // Now and then an outlet gets a date a day wrong; the answer key records what it said.
    const misreported = tense === 'past' && h !== lead && random.chance(0.03) ? addDays(h.day, -1) : undefined;
    const stated = misreported ?? h.day;
    const phrase = datePhrase(stated, published, random);
    reports.push({
      happening: h.id,
      kind: h.kind.key,
      tense,
      phrase: phrase.text,
      unit: phrase.unit,
      phraseKind: phrase.kind,
      day: h.day,
      ...(misreported ? { misreported } : {}),
    });
    return filler.fill(template, h, phrase.text);
  };

  // 1. The lead.
  paragraphs.push([sentence(report(lead, 'past', lead.kind.past))]);

  // 2. Earlier happenings of the story, most recent first; two sometimes share a sentence.
  const earlier = happenings.filter((h) => h !== lead && compareDays(h.day, published) < 0).slice(-6);
  const recalled = random.sample(earlier, random.int(1, 4)).sort((x, y) => compareDays(y.day, x.day));
  const context: string[] = [];
  for (let i = 0; i < recalled.length; i++) {
    const h = recalled[i];
    if (!h) continue;
    const next = recalled[i + 1];
    const first = report(h, 'past', h.kind.past);
    if (next && random.chance(0.25)) {
      const secondTemplate = pickTemplate(next.kind.past, outlet, next, 'past');
      if (!secondTemplate.startsWith('{D}')) {
        // A template that starts with a slot starts with a name or "the ...": keep its case.
        const second = report(next, 'past', next.kind.past);
        const joined = secondTemplate.startsWith('{') ? second : second.charAt(0).toLowerCase() + second.slice(1);
        context.push(sentence(`${first}, and ${joined}`));
        i++;
        continue;
      }
    }
    context.push(sentence(first));
  }

  // 3. A state that began earlier and still holds ("has been blocked since December 12").
  const ongoing = happenings.find(
    (h) => h.kind.ongoing && compareDays(h.day, published) < 0 && daysBetween(h.day, published) <= 400,
  );
  if (ongoing?.kind.ongoing && random.chance(0.5)) {
    const phrase = sincePhrase(ongoing.day, published, random);
    reports.push({ happening: ongoing.id, kind: ongoing.kind.key, tense: 'ongoing', phrase: phrase.text, unit: phrase.unit, phraseKind: phrase.kind, day: ongoing.day });
    context.push(sentence(filler.fill(pickTemplate(ongoing.kind.ongoing, outlet, ongoing, 'ongoing'), ongoing, phrase.text)));
  }
  if (context.length > 0) paragraphs.push(context);

  // 4. Something scheduled after publication.
  const scheduled = happenings.find(
    (h) => h.kind.future && compareDays(h.day, published) > 0 && daysBetween(published, h.day) <= 180,
  );
  if (scheduled?.kind.future && random.chance(0.6)) paragraphs.push([sentence(report(scheduled, 'future', scheduled.kind.future))]);

  // 5. A precedent from years before.
  const precedent = random.chance(0.6) ? random.pick(story.precedents) : undefined;
  if (precedent) {
    const phrase = datePhrase(precedent.day, published, random);
    reports.push({ happening: `s${story.index}-p${story.precedents.indexOf(precedent)}`, kind: 'precedent', tense: 'background', phrase: phrase.text, unit: phrase.unit, phraseKind: phrase.kind, day: precedent.day });
    paragraphs.push([sentence(filler.fill(precedent.template, undefined, phrase.text))]);
  }

  // 6. An earlier happening told without a date (the pipeline's "reported").
  const plain = earlier.filter((h) => !recalled.includes(h));
  if (plain.length > 0 && random.chance(0.4)) {
    const h = random.pick(plain);
    reports.push({ happening: h.id, kind: h.kind.key, tense: 'undated', phrase: null, unit: null, phraseKind: null, day: h.day });
    paragraphs.push([sentence(filler.fill(undated(pickTemplate(h.kind.past, outlet, h, 'undated')), h))]);
  }

  // 7. Quotes and context, between the reports, to the article's length (seed-sized on average).
  const target = random.int(1200, 3800);
  const pool: ContextPool = {
    fillers: random.sample([...story.kind.fillers, ...GENERIC_FILLERS], 10),
    quotes: random.sample(QUOTE_LINES, QUOTE_LINES.length),
    claims: random.sample(CLAIMS, CLAIMS.length),
  };
  let length = paragraphs.flat().join(' ').length;
  while (length < target) {
    const context = contextSentence(pool, random);
    if (context === undefined) break;
    const text = sentence(filler.fill(context));
    length += text.length + 1;
    const at = random.int(1, paragraphs.length);
    const existing = paragraphs[at];
    if (existing && existing.length < 4 && random.chance(0.5)) existing.push(text);
    else paragraphs.splice(at, 0, [text]);
  }
  if (outlet.wire) paragraphs.push([`Reporting by ${randomName(random)}; editing by ${randomName(random)}`]);

  const body = paragraphs.map((p) => p.join(' ')).join('\n\n');
  const name = `${String(doc).padStart(6, '0')}-${outlet.slug}.${outlet.format}`;
  const title = filler.fill(pickTemplate(lead.kind.headlines, outlet, lead, 'headline'), lead);
  return { name, content: render(outlet, published, title, body, random), published, outlet: outlet.name, story: story.index, reports };
}

interface ContextPool {
  fillers: string[];
  quotes: string[];
  claims: string[];
}

/** A sentence that reports no happening (boilerplate, a quote, reported speech), none used twice. */
function contextSentence(pool: ContextPool, random: Random): string | undefined {
  const kinds = [
    ...(pool.fillers.length > 0 ? (['filler'] as const) : []),
    ...(pool.quotes.length > 0 ? (['quote'] as const) : []),
    ...(pool.claims.length > 1 ? (['claim'] as const) : []),
  ];
  if (kinds.length === 0) return undefined;
  const kind = random.pick(kinds);
  const speaker = random.pick(SPEAKERS);
  if (kind === 'filler') return pool.fillers.pop();
  if (kind === 'quote') {
    const verb = random.pick(['said', 'told reporters', 'said in a statement', 'wrote on social media']);
    return `"${pool.quotes.pop() ?? ''}," ${speaker} ${verb}`;
  }
  const first = pool.claims.pop() ?? '';
  if (random.chance(0.5)) return `According to ${speaker}, ${first}`;
  return `${speaker} said ${first}, adding that ${pool.claims.pop() ?? ''}`;
}

function randomName(random: Random): string {
  const first = ['Anna', 'Piotr', 'Jules', 'Maya', 'Tariq', 'Ruth', 'Sven', 'Lea'];
  const last = ['Brandt', 'Costa', 'Dahl', 'Evers', 'Fink', 'Gallo', 'Holm', 'Ivers'];
  return `${random.pick(first)} ${random.pick(last)}`;
}

/** The file as the outlet would send it: Markdown with front matter, or the plain seed format. */
function render(outlet: Outlet, published: IsoDay, title: string, body: string, random: Random): string {
  if (outlet.format === 'txt') return `date ${published}\n${body}\n`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const lines = ['---', `title: ${JSON.stringify(title)}`, `date: ${published}`];
  // Most papers give a canonical URL; some exports leave it out.
  if (random.chance(0.85)) lines.push(`source: https://${outlet.domain}/${published.slice(0, 4)}/${published.slice(5, 7)}/${slug}`);
  lines.push(`publisher: ${JSON.stringify(outlet.name)}`, '---', '');
  return `${lines.join('\n')}${body}\n`;
}
