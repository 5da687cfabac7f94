import { DETERMINERS, HEDGES, OPENING_ADVERBS, PREPOSITIONS, SUBJECT_PRONOUNS, isGerund, shareTokensOf, wordTokens, wordsNotIn } from '../english-words.ts';
import { maskSpans } from '../date-phrase.ts';
import type { Clause, DocumentState, EventCandidate, PipelineStage } from '../types.ts';
import { findVerbGroup } from '../verb-groups.ts';

/**
 * Gives each event a short title made only of words of its own sentence, in their order:
 * subject + verb group + object of its clause (leading adverbials, appositives and date modifiers
 * that belong to other events dropped; a leading "they" replaced by the subject of the clause it is
 * coordinated with), or the modified noun phrase for noun events ("The November 9, 2020 ceasefire
 * agreement"). At most `MAX_TITLE_LENGTH` characters: cut at a phrase boundary with an ellipsis.
 */
export const MAX_TITLE_LENGTH = 72;

type Piece = { start: number; end: number };

const BOUNDARY_WORDS = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'to', 'which', 'that', 'as', 'while']);
const TRAILING_STOP = /(?:\s+(?:the|a|an|and|or|but|of|to|for|with|in|on|at|by|as|that|which|its|their|his|her))+$/i;
const HEDGES_BEFORE = new RegExp(`(?:\\b(?:${[...HEDGES].join('|')})\\s+)+$`, 'i');
const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'although', 'though', 'once', 'whereas', 'whether']);
const COMMUNICATION = new Set(['tweeted', 'wrote', 'posted', 'announced', 'declared', 'stated']);

function trimPiece(text: string, p: Piece): Piece {
  let { start, end } = p;
  while (start < end && /[\s,;:“”"‘’'—–\-(]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:“”"‘’'—–\-.)]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/**
 * Comma-separated segments of [start, end), trimmed, with leading conjunctions and sentence adverbs
 * dropped. A segment that was only a conjunction ("..., and was published") is returned empty: the
 * verb then belongs to the first segment's subject.
 */
function segments(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  let from = start;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(/,/g)) {
    out.push(trimPiece(text, { start: from, end: start + (m.index ?? 0) }));
    from = start + (m.index ?? 0) + 1;
  }
  out.push(trimPiece(text, { start: from, end }));
  return out.map((p) => dropLeadingWords(text, p, (w) => w === 'and' || w === 'but' || OPENING_ADVERBS.has(w)));
}

function hasWords(text: string, p: Piece): boolean {
  return p.end > p.start && /[\p{L}\p{N}]/u.test(text.slice(p.start, p.end));
}

function dropLeadingWords(text: string, p: Piece, drop: (lower: string) => boolean): Piece {
  let piece = p;
  for (;;) {
    const first = wordTokens(text.slice(piece.start, piece.end), piece.start)[0];
    if (!first || !drop(first.lower)) return piece;
    piece = first.end >= piece.end ? { start: piece.end, end: piece.end } : trimPiece(text, { start: first.end, end: piece.end });
  }
}

/**
 * `text` with the given ranges blanked out, so punctuation inside them ("November 9, 2020") is not a
 * boundary; thousands separators ("13,000") are blanked too.
 */
function masked(text: string, ranges: readonly Piece[]): string {
  const numbers = text.replace(/(?<=\d),(?=\d{3}\b)/g, 'x').replace(/,(\s*\d{1,3}),/g, 'x$1x');
  return maskSpans(numbers, 0, numbers.length, ranges);
}

/** The masked text depends only on the document and its mentions: built once per pipeline run. */
const maskedByMentions = new WeakMap<readonly Piece[], string>();
function maskedText(state: DocumentState): string {
  let out = maskedByMentions.get(state.mentions);
  if (out === undefined) {
    out = masked(state.doc.text, state.mentions);
    maskedByMentions.set(state.mentions, out);
  }
  // Clauses and predicates are tokenized as slices of it: one pass over the whole text serves them.
  shareTokensOf(out);
  return out;
}

/** Age appositives (", 58,") inside a clause: dropped from titles, and not a boundary. */
function ageAppositives(text: string, clause: Pick<Clause, 'start' | 'end'>): Piece[] {
  const out: Piece[] = [];
  for (const m of text.slice(clause.start, clause.end).matchAll(/,\s*\d{1,3},/g)) {
    const at = clause.start + (m.index ?? 0);
    out.push({ start: at, end: at + m[0].length });
  }
  return out;
}

interface ClauseParts { subject: Piece | undefined; verbStart: number; predicate: Piece; leading: Piece | undefined }

function clauseParts(state: DocumentState, clause: Pick<Clause, 'start' | 'end' | 'text' | 'antecedent' | 'resumesMain' | 'speaker'>): ClauseParts | undefined {
  const text = maskedText(state);
  const tokens = wordTokens(clause.text, clause.start);
  const group = findVerbGroup(tokens, { leadingVerb: clause.resumesMain === true, reportedFuture: clause.speaker !== undefined });
  const first = group ? tokens[group.first] : undefined;
  if (!group || !first) return undefined;
  let subject: Piece | undefined;
  let leading: Piece | undefined;
  if (clause.antecedent) {
    // "The Harbourside Library, which she completed in 1979": a relative clause with its own
    // subject keeps "which she", or the title would make the library the one completing.
    const ownSubject = group.first >= 2 && /^(?:which|whom|that|who)$/.test(tokens[0]?.lower ?? '') && !clause.resumesMain;
    subject = { start: clause.antecedent.start, end: ownSubject ? first.start : clause.antecedent.end };
  } else {
    const segs = segments(text, clause.start, first.start);
    const last = segs[segs.length - 1];
    const worded = segs.filter((p) => hasWords(text, p));
    subject = last && hasWords(text, last) ? last : worded[0];
    // "When floods hit ...", "(show) that ticket sales rose ...": a subordinator or complementizer
    // before the subject is not part of the statement. ("That decision was ..." at a sentence start
    // is a determiner, so "that" goes only where the clause was cut from the words before it.)
    if (subject) {
      const midSentence = !/(?:^|[.!?]["”’)]?)\s*$/.test(text.slice(Math.max(0, clause.start - 4), clause.start));
      const trimmed = dropLeadingWords(text, subject, (w) => SUBORDINATORS.has(w) || (midSentence && w === 'that'));
      if (hasWords(text, trimmed)) subject = trimmed;
    }
    if (worded.length > 1 && subject !== worded[0]) leading = worded[0];
    // "A second, weaker tremor hit ...": a determiner-led segment continued by a lower-case one is
    // one noun phrase with a comma inside, not a leading adverbial plus the subject.
    const lead = worded[0];
    const firstOfLead = lead ? wordTokens(text.slice(lead.start, lead.end), lead.start)[0] : undefined;
    if (worded.length === 2 && lead && subject && subject !== lead && firstOfLead && DETERMINERS.has(firstOfLead.lower) &&
      /^\p{Ll}/u.test(text.slice(subject.start, subject.end)) && wordTokens(text.slice(lead.start, lead.end), lead.start).length <= 3) {
      subject = { start: lead.start, end: subject.end };
      leading = undefined;
    }
  }
  // Predicate: from the verb group to the first punctuation, relative pronoun or trailing participle.
  let end = clause.end;
  const rest = text.slice(first.start, clause.end);
  const stop = /[,;:—–([“”"]|\s(?:which|who|according to)\s/.exec(rest);
  if (stop) end = first.start + stop.index;
  const predTokens = wordTokens(text.slice(first.start, end), first.start);
  for (let i = group.head - group.first + 2; i < predTokens.length; i++) {
    const t = predTokens[i];
    const prev = predTokens[i - 1];
    // Only a gerund that takes words after it opens a participial phrase ("taking his tally to");
    // a last "-ing" word is a noun ("in early trading", "national mourning").
    // "an amber warning for wind": a determiner one word back makes the "-ing" word a noun.
    const nounPhrase = DETERMINERS.has(prev?.lower ?? '') || DETERMINERS.has(predTokens[i - 2]?.lower ?? '');
    if (t && prev && predTokens[i + 1] && isGerund(t.lower) && !nounPhrase && !PREPOSITIONS.has(prev.lower) && prev.lower !== 'to' && !/^(?:is|are|was|were|been|be|of)$/.test(prev.lower)) {
      end = t.start;
      break;
    }
  }
  return { subject, verbStart: first.start, predicate: trimPiece(text, { start: first.start, end }), leading };
}

/** Pieces minus the ranges in `remove`. */
function subtract(pieces: Piece[], remove: Piece[]): Piece[] {
  let out = pieces;
  for (const r of remove) {
    out = out.flatMap((p) => {
      if (r.end <= p.start || r.start >= p.end) return [p];
      const parts: Piece[] = [];
      if (r.start > p.start) parts.push({ start: p.start, end: r.start });
      if (r.end < p.end) parts.push({ start: r.end, end: p.end });
      return parts;
    });
  }
  return out;
}

function join(text: string, pieces: Piece[]): string {
  const joined = pieces
    .map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0)
    .join(' ');
  // Trailing punctuation off with a loop: /[...]+$/ rescans a long run from each of its characters.
  let end = joined.length;
  while (end > 0 && /[\s,;:—–\-.]/.test(joined[end - 1] ?? '')) end--;
  return joined.slice(0, end).replace(/^[\s“”"‘’']+/, '');
}

/** Cuts `title` to the limit at a phrase boundary (never before `minLength`), with an ellipsis. */
export function shortenTitle(title: string, minLength = 0): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let best = -1;
  for (const m of title.matchAll(/(,)?\s+(\S+)/g)) {
    const at = m.index ?? 0;
    const word = (m[2] ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
    if (at + 1 > MAX_TITLE_LENGTH) break;
    if (at >= minLength && (m[1] === ',' || BOUNDARY_WORDS.has(word))) best = at;
  }
  // A phrase boundary that would throw away more than half the room says too little ("The
  // ministry said on Monday…"): then cut at the last word boundary instead.
  if (best < 0 || best < MAX_TITLE_LENGTH / 2) {
    best = title.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
    if (best <= 0) best = MAX_TITLE_LENGTH - 1;
  }
  const cut = title.slice(0, best).replace(TRAILING_STOP, '').replace(/[\s,;:—–-]+$/, '');
  return `${cut}…`;
}

function capitalize(s: string): string {
  return s.length > 0 ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** Noun events by clause, built once per candidate list (filtering all candidates per event was quadratic). */
const nounEventsByList = new WeakMap<readonly EventCandidate[], Map<Clause, EventCandidate[]>>();
function nounEventsOf(state: DocumentState, clause: Clause): EventCandidate[] {
  let byClause = nounEventsByList.get(state.candidates);
  if (byClause === undefined) {
    byClause = new Map();
    for (const o of state.candidates) {
      if (o.anchor.kind !== 'noun-modifier') continue;
      const list = byClause.get(o.clause);
      if (list) list.push(o);
      else byClause.set(o.clause, [o]);
    }
    nounEventsByList.set(state.candidates, byClause);
  }
  return byClause.get(clause) ?? [];
}

/** Date modifiers in the clause that date other events: "the [November 9, 2020] ceasefire". */
function foreignModifiers(state: DocumentState, c: EventCandidate): Piece[] {
  const text = state.doc.text;
  return nounEventsOf(state, c.clause)
    .filter((o) => o !== c)
    .flatMap((o) => {
      if (o.anchor.kind !== 'noun-modifier') return [];
      const m = o.anchor.mention;
      const before = HEDGES_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
      const after = /^(?:[\s-]*(?:long|old)\b|[’']s\b)?/.exec(text.slice(m.end, m.end + 20));
      return [{ start: m.start - (before?.[0].length ?? 0), end: m.end + (after?.[0].length ?? 0) }];
    });
}

/**
 * "That the refit ran over budget was confirmed by the council on Tuesday": a clause as the subject
 * of a passive. Titled in the active, from the same words ("The council confirmed on Tuesday that
 * the refit ran over budget"), never with a leading "That". Only a regular "-ed" participle, whose
 * past form is the same word, and an agent that is a noun phrase.
 */
const SENTENTIAL_SUBJECT = /^That\s+((?:the|a|an|its|his|her|their|our|this|these|those|some|no)\s+[^,;]+?)\s+(?:was|were|has been|had been)\s+([a-z]+ed)\s+by\s+((?:the|a|an|its|his|her|their|our)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)((?:\s+(?:on|in|at|last|this|earlier|late|early)\b[^,;.!?]*)?)[.!?]?$/;

function sententialSubjectTitle(clause: string): string | undefined {
  const m = SENTENTIAL_SUBJECT.exec(clause.replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const [, content, verb, agent, when] = m;
  if (!content || !verb || !agent) return undefined;
  return `${agent} ${verb}${when ?? ''} that ${content}`;
}

export function titleOf(state: DocumentState, c: EventCandidate): string {
  const text = state.doc.text;
  if (c.anchor.kind === 'noun-modifier') {
    return shortenTitle(capitalize(join(text, [c.anchor.phrase])));
  }
  if (c.clause.sharesVerb && c.clause.antecedent) {
    // "and in Vienna in June": the shared subject and verb, then this conjunct.
    return shortenTitle(capitalize(join(text, [c.clause.antecedent, trimPiece(text, c.clause)])));
  }
  const inverted = sententialSubjectTitle(c.clause.text);
  if (inverted !== undefined) return shortenTitle(capitalize(inverted));
  const parts = clauseParts(state, c.clause);
  if (!parts) return shortenTitle(capitalize(join(text, [trimPiece(text, c.quote)])));
  let subject = parts.subject;
  const subjectWord = subject ? wordTokens(text.slice(subject.start, subject.end), subject.start) : [];
  // Only personal pronouns take the coordinated clause's subject: "it" usually stands for a thing
  // in the object ("signed a ceasefire ..., but it collapsed"), and a wrong subject misleads.
  const pronoun = subjectWord[0]?.lower ?? '';
  if (c.clause.coordinatedSubject && subjectWord.length === 1 && SUBJECT_PRONOUNS.has(pronoun) && pronoun !== 'it') {
    const co = c.clause.coordinatedSubject;
    const coParts = clauseParts(state, { ...co });
    if (coParts?.subject) subject = coParts.subject;
  }
  // "The carmaker said it would delay the launch": in reported speech "it"/"they" is the speaker.
  if (c.clause.speaker && subjectWord.length === 1 && SUBJECT_PRONOUNS.has(pronoun) && pronoun !== 'i' && pronoun !== 'we' && pronoun !== 'you') {
    const speakerParts = clauseParts(state, { ...c.clause.speaker, resumesMain: false });
    if (speakerParts?.subject) subject = speakerParts.subject;
  }
  const remove = [...foreignModifiers(state, c), ...ageAppositives(text, c.clause)];
  const predicateTokens = wordTokens(text.slice(parts.predicate.start, parts.predicate.end), parts.predicate.start);
  const verbOnly = predicateTokens.length === 1 && COMMUNICATION.has(predicateTokens[0]?.lower ?? '');
  const head = subject ? [subject] : [];
  if (verbOnly && parts.leading) {
    // "..., Borrell tweeted": say who did what, then what it was about.
    const lead = join(text, subtract([...head, parts.predicate], remove));
    const content = join(text, subtract([parts.leading], remove));
    return shortenTitle(capitalize(`${lead}: ${content}`), lead.length + 2);
  }
  const core = join(text, subtract([...head, parts.predicate], remove));
  const minimum = join(text, subtract([...head, { start: parts.predicate.start, end: Math.min(parts.predicate.end, parts.verbStart + 1) }], remove)).length;
  return shortenTitle(capitalize(core), minimum);
}

/**
 * The title, or — if assembling pieces ever produced a word that is not in the sentence (a piece
 * boundary inside a word) — the shortened quote, which is a verbatim slice and so always passes.
 */
function safeTitle(state: DocumentState, c: EventCandidate): string {
  const sentence = state.sentences[c.clause.sentenceIndex];
  const title = titleOf(state, c);
  if (title.length > 0 && wordsNotIn(title, sentence?.text ?? '', sentence?.start).length === 0) return title;
  // Collapsing whitespace never joins two words, so the quote itself always passes.
  return shortenTitle(capitalize(c.quote.text.replace(/\s+/g, ' ').trim()));
}

/** Stage 9: a short title from the source's own words, so the timeline never says what the text did not. */
export const makeTitles: PipelineStage = {
  name: 'makeTitles',
  run(state) {
    const candidates = state.candidates.map((c) => ({ ...c, title: safeTitle(state, c), stages: [...c.stages, 'makeTitles'] }));
    return {
      ...state,
      candidates,
      trace: [...state.trace, ...candidates.map((c) => ({ stage: 'makeTitles', message: () => `"${c.title}" <- ${c.quote.text}` }))],
    };
  },
};
