/**
 * Verb forms the tense detector reads (see anchoring.tenseAround). Regular past forms end in "-ed"
 * and are matched by shape; English irregular verbs are not, so their past and participle forms are
 * listed here from the standard irregular-verb table, leaving out forms that in news copy are mostly
 * other words ("lay", "read", "forecast", "wound", "ground", "bound"). "left" and "found" stay: "left
 * office", "found guilty" are far more common in news than the direction or "to found".
 */

/** Simple-past forms that differ from the base form ("rose", "fell", "won"). */
const IRREGULAR_PAST = [
  'arose', 'awoke', 'bore', 'became', 'began', 'bent', 'bit', 'bled', 'blew', 'broke', 'bred', 'brought',
  'built', 'burnt', 'bought', 'caught', 'chose', 'clung', 'came', 'crept', 'dealt', 'dug', 'dove', 'drew',
  'dreamt', 'drank', 'drove', 'dwelt', 'ate', 'fell', 'fed', 'felt', 'fought', 'fled', 'flung', 'flew',
  'forbade', 'foresaw', 'forgot', 'forgave', 'froze', 'got', 'gave', 'went', 'grew', 'hung', 'heard', 'hid',
  'held', 'kept', 'knelt', 'knew', 'laid', 'led', 'leapt', 'learnt', 'left', 'lent', 'lit', 'lost', 'made',
  'meant', 'met', 'mistook', 'overcame', 'overtook', 'overthrew', 'oversaw', 'paid', 'rode', 'rang', 'rose',
  'ran', 'sank', 'sat', 'saw', 'sought', 'sold', 'sent', 'shook', 'shone', 'shot', 'shrank', 'sang', 'slid',
  'slept', 'slew', 'spoke', 'sped', 'spent', 'spun', 'spat', 'sprang', 'stood', 'stole', 'stuck', 'stung',
  'strode', 'struck', 'strove', 'swore', 'swept', 'swam', 'swung', 'took', 'taught', 'tore', 'told',
  'thought', 'threw', 'understood', 'undertook', 'underwent', 'upheld', 'withdrew', 'withheld', 'woke',
  'wore', 'wove', 'wept', 'won', 'wrung', 'wrote', 'did', 'had', 'was', 'were', 'said', 'found', 'sent',
];

/** Past participles that differ from the simple past ("has risen", "had fallen", "was taken"). */
const IRREGULAR_PARTICIPLE = [
  'arisen', 'begun', 'bitten', 'blown', 'broken', 'chosen', 'done', 'drawn', 'driven', 'eaten', 'fallen',
  'flown', 'forbidden', 'forgotten', 'forgiven', 'frozen', 'given', 'gone', 'grown', 'hidden', 'known',
  'overtaken', 'overthrown', 'ridden', 'risen', 'rung', 'seen', 'shaken', 'shown', 'shrunk', 'spoken',
  'stolen', 'stricken', 'sung', 'sunk', 'sworn', 'taken', 'thrown', 'undertaken', 'withdrawn', 'woken',
  'worn', 'written',
];

/**
 * Past forms identical to the base form ("beat", "cut", "hit"): past only when nothing before them
 * makes them an infinitive or a present ("will cut", "to hit"); the detector checks that for every
 * past cue, so they can sit in the same list.
 */
const SAME_AS_BASE = [
  'beat', 'bet', 'bid', 'burst', 'cast', 'cost', 'cut', 'hit', 'hurt', 'let', 'put', 'quit', 'set', 'shed',
  'shut', 'split', 'spread', 'thrust', 'upset',
];

/** Reporting and other very common past forms that end in "-ed" but are listed so they never count as weak. */
const REPORTING_PAST = [
  'announced', 'reported', 'added', 'stated', 'confirmed', 'revealed', 'explained', 'noted', 'claimed',
  'warned', 'agreed', 'decided', 'admitted', 'ago', 'earlier', 'previously', 'last', 'yesterday', 'says',
];

/** Every strong past cue, longest first so the alternation prefers whole words. */
export const PAST_WORDS: readonly string[] = [...new Set([
  ...IRREGULAR_PAST, ...IRREGULAR_PARTICIPLE, ...SAME_AS_BASE, ...REPORTING_PAST,
])].sort((a, b) => b.length - a.length);

/**
 * Present-tense verbs that news uses for scheduled events ("the trial opens on Monday", "City host
 * Westbrook on Friday"): they point forward.
 */
export const SCHEDULE_WORDS: readonly string[] = [
  'begins', 'starts', 'opens', 'closes', 'ends', 'resumes', 'reopens', 'kicks off', 'takes place',
  'takes effect', 'comes into force', 'goes on sale', 'expires', 'meets', 'faces', 'hosts', 'host',
  'visits', 'returns', 'launches', 'arrives', 'departs', 'travels', 'plays',
  // A stretch that is still going ("the season runs until November 30") ends ahead of the DCT.
  'runs', 'lasts', 'continues',
  // Plural subjects ("the talks resume on Monday"); after "will"/"to"/"did not" these are skipped.
  'begin', 'start', 'open', 'close', 'end', 'resume', 'reopen', 'kick off', 'take place', 'take effect',
  'come into force', 'go on sale', 'meet', 'face', 'visit', 'launch', 'arrive', 'play',
];

/** "-ed" words that are not past forms: "-eed" nouns and adverbs, numbers. */
export const NOT_PAST_ED = /^(?:.*[^r]eed|hundred|kindred|naked|wicked|sacred|rugged|ragged|beloved|crooked|aged)$/;
