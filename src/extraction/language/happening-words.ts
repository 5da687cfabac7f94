/**
 * The words that say what kind of happening a report describes, and how it is framed: the kind
 * lexicon (so "blackout", "outage" and "knocked out power" are one kind, and "restored" another), the
 * communicative verbs that elaborate a call or a meeting, the nouns that name such a frame, and the
 * cues of a plan ("will", "plans to", "is due to") as opposed to a thing done. English, heuristic,
 * news-domain: closed lists, one home (see `content-words.ts` for stems and stop words).
 */

/**
 * Kind of happening by word (lower case, any inflection listed or stemmed to the same stem).
 * Distinct kinds never merge: a power cut and the power coming back, a closure and a reopening.
 * A word not listed gives its own stem as the kind (`lash` for "lashed out"), so two reports
 * still need the same verb to match.
 */
export const KIND_WORDS: Readonly<Record<string, readonly string[]>> = {
  urge: ['called on', 'called for', 'calls on', 'calls for', 'call on', 'call for', 'urged', 'urges', 'appealed'],
  outage: ['outage', 'outages', 'blackout', 'blackouts', 'power cut', 'power cuts', 'knocked out power', 'knocked it out', 'knocked out', 'knock out', 'lost power', 'without power', 'without electricity', 'in the dark'],
  restore: ['restored', 'restore', 'restores', 'restoration', 'came back', 'come back', 'back on', 'reconnected', 'returned'],
  close: ['closed', 'close', 'closes', 'closure', 'shut', 'shuts', 'shutdown', 'blockade', 'blockaded', 'blocked', 'sealed off', 'closing'],
  reopen: ['reopened', 'reopen', 'reopens', 'reopening'],
  meet: ['met', 'meet', 'meets', 'meeting', 'talks', 'summit', 'held talks'],
  call: ['call', 'phone call', 'telephone call', 'telephone conversation', 'phone conversation', 'conversation', 'spoke by phone', 'spoke by telephone', 'talked'],
  visit: ['visited', 'visit', 'visits', 'toured'],
  pledge: ['pledged', 'pledge', 'pledges', 'promised', 'committed'],
  attack: ['attacked', 'attack', 'attacks', 'shelled', 'shelling', 'bombed', 'bombing', 'struck', 'airstrike', 'airstrikes', 'raid'],
  kill: ['killed', 'kill', 'died', 'death', 'deaths', 'dead'],
  arrest: ['arrested', 'arrest', 'detained', 'detention'],
  release: ['released', 'freed', 'release'],
  sign: ['signed', 'sign', 'signing'],
  agree: ['agreed', 'agreement', 'deal', 'accord'],
  elect: ['elected', 'election', 'voted', 'vote', 'won the election'],
  resign: ['resigned', 'resignation', 'stepped down', 'quit'],
  appoint: ['appointed', 'named', 'nominated', 'appointment'],
  flood: ['flooded', 'flood', 'floods', 'flooding'],
  launch: ['launched', 'launch', 'unveiled', 'introduced', 'debuted'],
  acquire: ['acquired', 'bought', 'acquisition', 'purchase', 'purchased', 'takeover', 'took over'],
  sell: ['sold', 'sell', 'sale'],
  rise: ['rose', 'rise', 'rises', 'gained', 'climbed', 'jumped', 'surged', 'soared', 'rallied', 'advanced'],
  fall: ['fell', 'fall', 'falls', 'dropped', 'declined', 'slid', 'plunged', 'tumbled', 'sank', 'slumped', 'lost ground'],
  award: ['awarded', 'award', 'won the contract', 'contract'],
  order: ['ordered', 'order', 'orders'],
  delay: ['delayed', 'delay', 'postponed', 'pushed back', 'deferred'],
  cut: ['cut', 'cuts', 'slashed', 'layoffs', 'laid off', 'eliminated'],
  strike: ['strike', 'walkout', 'went on strike', 'walked out'],
  file: ['filed', 'filing'],
  publish: ['published', 'publish', 'printed'],
};

/** Verbs that report what was said or decided in a call or a meeting ("expressed", "called on", "agreed"). */
export const COMMUNICATIVE_VERBS = new Set([
  'expressed', 'called', 'urged', 'spoke', 'stated', 'agreed', 'promised', 'discussed', 'emphasized', 'emphasised',
  'stressed', 'underlined', 'underscored', 'welcomed', 'said', 'told', 'tweeted', 'raised', 'asked', 'assured',
  'conveyed', 'reiterated', 'briefed', 'invited', 'thanked', 'offered', 'proposed', 'demanded', 'informed',
  'noted', 'added', 'insisted', 'pledged', 'voiced', 'condemned', 'praised', 'requested', 'highlighted',
  'reaffirmed', 'confirmed', 'explained', 'warned', 'suggested', 'accepted', 'rejected', 'declined', 'attached',
  'exchanged', 'reviewed', 'considered', 'acknowledged', 'recalled',
]);

/** Nouns that name a happening made of what its participants say: a call, a meeting, talks. */
export const FRAME_NOUNS = [
  'telephone conversation', 'phone conversation', 'telephone call', 'phone call', 'video call', 'conversation',
  'meeting', 'talks', 'summit', 'interview', 'press conference', 'news conference',
];

/** Verbs that themselves open such a frame ("Reiner met Varga", "the two leaders spoke"). */
/** Aspectual verbs whose subject names the happening ("The blackout started", "the bridge remains shut"). */
export const ASPECTUAL_VERBS = new Set(['started', 'starts', 'start', 'began', 'begins', 'begin', 'begun', 'ended', 'ends', 'continued', 'continues', 'resumed', 'lasted', 'remains', 'remained', 'stopped', 'finished', 'is', 'was', 'are', 'were', 'has', 'have', 'had']);

export const FRAME_VERBS = new Set(['met', 'meet', 'meets', 'talked', 'phoned']);

/** Phrases by which a later sentence refers back to the frame: "During the meeting", "the two presidents". */
export const FRAME_ANAPHORS = /\b(?:during|in|at|after)\s+the\s+(?:call|conversation|meeting|talks|summit|interview|press conference)\b|\bthe\s+two\b|\bboth\s+(?:leaders|presidents|ministers|men|women|sides)\b/i;

/** Cues that a clause states a plan or an expectation, not something done. */
export const PLANNED_CUES = /\b(?:will|shall|plans?|planned|planning|intends?|is due|are due|was due|were due|is expected|are expected|is scheduled|are scheduled|was scheduled|to be held|is set to|are set to|hopes?|aims?|wants?|would)\b/i;
