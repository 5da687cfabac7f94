/**
 * What happens in a synthetic story, and the words outlets use for it. Slots in templates:
 * {A} lead person, {a} their surname, {B} second person, {b} their surname, {C} country, {K} other
 * country, {P} city, {Q} other city, {O} organization, {U} counterpart organization, {N} a number
 * (the same for every outlet reporting the happening), {m} a magnitude, {D} the date phrase (with its
 * preposition: "on Tuesday", "in 2014"; after "since" it is bare: "since March 3"). {X} and {Y} in
 * organization names are company names.
 * A template without {D} is a statement with no date (the pipeline should call it "reported").
 */

export interface HappeningKind {
  key: string;
  /** Past-tense reports, one per house style; an outlet picks one by hash so outlets differ. */
  past: readonly string[];
  /** Announced or scheduled reports (future tense); absent when the kind cannot be scheduled. */
  future?: readonly string[];
  /** A state that lasts, for a happening that is still going on at publication. */
  ongoing?: readonly string[];
  /** Headlines (present tense), for front-matter titles. */
  headlines: readonly string[];
  /** How big a deal it is: leads are chosen by weight. */
  weight: number;
  /** Range for {N}. */
  numbers?: readonly [number, number];
}

export interface StoryKind {
  key: string;
  /** Roles for {A} and {B}, used on first mention ("Defence Minister Mara Ostrand"). */
  roles: readonly [string, string];
  /** Organization names; {C} is the country. */
  organization: string;
  counterpart: string;
  /** In the order they usually happen. */
  happenings: readonly HappeningKind[];
  /** Background from years before the story, with a {D}. */
  precedents: readonly string[];
  /** Quotes and context: sentences that report no event. */
  fillers: readonly string[];
}

export const STORY_KINDS: readonly StoryKind[] = [
  {
    key: 'conflict',
    roles: ['Defence Minister', 'Foreign Minister'],
    organization: 'the army of {C}',
    counterpart: 'border guards from {K}',
    happenings: [
      {
        key: 'blockade',
        past: [
          '{O} blocked the only road into {P} {D}',
          'Troops loyal to the government of {C} sealed the road to {P} {D}',
          '{D}, {O} closed the mountain road linking {P} to {K}',
        ],
        ongoing: ['The road to {P} has been blocked since {D}', 'Residents of {P} have been cut off since {D}'],
        headlines: ['Road to {P} blocked as tensions rise', '{C} troops seal road to {P}', '{P} cut off after army closes road'],
        weight: 5,
      },
      {
        key: 'shelling',
        past: [
          'Artillery fire hit villages outside {P} {D}, killing {N} people',
          '{N} civilians were killed when shells struck {P} {D}',
          'Shelling near {P} {D} left {N} people dead, local officials said',
        ],
        headlines: ['Shelling kills {N} near {P}', '{N} dead as shells hit {P}'],
        weight: 4,
        numbers: [2, 40],
      },
      {
        key: 'talks',
        past: [
          'Envoys from {C} and {K} met in {Q} {D}',
          '{A} and {B} held talks in {Q} {D}',
          '{D}, negotiators from both sides sat down together in {Q}',
        ],
        future: ['{A} and {B} will meet in {Q} {D}', 'Talks between {C} and {K} are due to resume in {Q} {D}'],
        headlines: ['{C} and {K} hold talks in {Q}', 'Envoys meet in {Q} over {P} crisis'],
        weight: 3,
      },
      {
        key: 'ceasefire',
        past: [
          '{C} and {K} agreed to a ceasefire {D}',
          'A ceasefire brokered in {Q} took effect {D}',
          'The two sides signed a truce {D}',
        ],
        headlines: ['{C} and {K} agree ceasefire', 'Truce takes hold around {P}'],
        weight: 5,
      },
      {
        key: 'aid',
        past: [
          'The first aid convoy in weeks reached {P} {D}',
          'Trucks carrying {N} tonnes of food entered {P} {D}',
          'Aid workers reached {P} {D}, the Red Cross said',
        ],
        headlines: ['Aid convoy reaches {P}', 'Food trucks enter besieged {P}'],
        weight: 2,
        numbers: [20, 400],
      },
      {
        key: 'reopening',
        past: ['{O} reopened the road to {P} {D}', 'Traffic resumed on the road to {P} {D}'],
        future: ['{O} will reopen the road to {P} {D}', 'The road to {P} is expected to reopen {D}'],
        headlines: ['Road to {P} reopens', '{C} reopens road to {P}'],
        weight: 3,
      },
    ],
    precedents: [
      '{C} and {K} fought a border war {D}',
      'An earlier ceasefire between the two countries was signed {D}',
      'The dispute over {P} first flared up {D}',
    ],
    fillers: [
      '"We will not accept any solution imposed by force," {b} told reporters.',
      'The region around {P} is home to about {N} thousand people.',
      'The figures could not be independently verified.',
      '{O} did not respond to a request for comment.',
      'Residents described long queues for bread and fuel.',
      '"Our people are tired of promises," said a shopkeeper in {P}, who asked not to be named.',
      'Diplomats say a lasting settlement remains out of reach.',
      'Both governments accuse each other of provoking the crisis.',
    ],
  },
  {
    key: 'election',
    roles: ['opposition leader', 'President'],
    organization: 'the national electoral commission',
    counterpart: 'the National Unity party',
    happenings: [
      {
        key: 'candidacy',
        past: ['{A} announced a bid for the presidency {D}', '{D}, {A} launched a campaign for the presidency in {P}'],
        headlines: ['{a} enters presidential race', '{a} launches bid to unseat {b}'],
        weight: 2,
      },
      {
        key: 'debate',
        past: [
          '{A} and {B} clashed in a televised debate {D}',
          'The two leading candidates debated in {P} {D}',
          '{D}, {a} and {b} traded accusations in a live debate',
        ],
        future: ['{A} and {B} will face each other in a televised debate {D}'],
        headlines: ['{a} and {b} clash in debate', 'Candidates trade blows in {P} debate'],
        weight: 2,
      },
      {
        key: 'vote',
        past: ['Voters in {C} went to the polls {D}', '{C} held a presidential election {D}', 'Polling stations across {C} opened {D}'],
        future: ['Voters in {C} are due to go to the polls {D}', 'The presidential election will take place {D}'],
        headlines: ['{C} votes in tight presidential race', 'Polls open across {C}'],
        weight: 5,
      },
      {
        key: 'result',
        past: [
          '{O} declared {A} the winner with {N} percent of the vote {D}',
          '{A} won the presidential runoff {D}',
          '{D}, {a} claimed victory in the presidential election',
        ],
        headlines: ['{a} wins {C} presidency', '{a} declared winner in {C}'],
        weight: 5,
        numbers: [51, 64],
      },
      {
        key: 'concession',
        past: ['{B} conceded defeat {D}', '{B} admitted defeat in a televised address {D}'],
        headlines: ['{b} concedes defeat'],
        weight: 3,
      },
      {
        key: 'inauguration',
        past: ['{A} was sworn in as president {D}', '{D}, {a} took the oath of office in {P}'],
        future: ['{A} will be sworn in as president {D}', 'The inauguration will take place {D}'],
        headlines: ['{a} sworn in as president of {C}'],
        weight: 3,
      },
    ],
    precedents: ['{B} first took office {D}', '{C} held its first free elections {D}', 'The last presidential runoff took place {D}'],
    fillers: [
      '"This is a vote for change," {a} told supporters in {P}.',
      'Turnout was estimated at about {N} percent.',
      'Observers from neighbouring countries monitored the count.',
      '{b} has governed {C} with a narrow majority.',
      'Inflation and unemployment dominated the campaign.',
      '"The people have spoken," a spokesman for {O} said.',
      'Opinion polls had predicted a close race.',
    ],
  },
  {
    key: 'trial',
    roles: ['former finance minister', 'chief prosecutor'],
    organization: 'the Supreme Court of {C}',
    counterpart: 'the anti-corruption office',
    happenings: [
      {
        key: 'arrest',
        past: ['Police arrested {A} at an airport in {P} {D}', '{A} was detained in {P} {D}', 'Anti-corruption officers detained {A} {D}'],
        headlines: ['{a} arrested in {P}', 'Former minister {a} detained'],
        weight: 4,
      },
      {
        key: 'charge',
        past: ['Prosecutors charged {A} with fraud and money laundering {D}', '{A} was formally charged with embezzling {N} million dollars {D}'],
        headlines: ['{a} charged with fraud', 'Prosecutors charge {a}'],
        weight: 3,
        numbers: [3, 250],
      },
      {
        key: 'trial',
        past: ['The trial of {A} began in {P} {D}', '{A} went on trial in {P} {D}'],
        future: ['{A} will stand trial {D}', 'The trial of {A} is due to begin {D}'],
        headlines: ['Trial of {a} opens in {P}'],
        weight: 4,
      },
      {
        key: 'verdict',
        past: ['A court in {P} found {A} guilty of fraud {D}', '{A} was convicted on all counts {D}', 'Judges found {A} guilty {D}'],
        headlines: ['{a} found guilty of fraud', 'Court convicts {a}'],
        weight: 5,
      },
      {
        key: 'sentence',
        past: ['{A} was sentenced to {N} years in prison {D}', 'The court jailed {A} for {N} years {D}'],
        headlines: ['{a} jailed for {N} years'],
        weight: 5,
        numbers: [2, 15],
      },
      {
        key: 'appeal',
        past: ['Lawyers for {A} filed an appeal {D}', '{D}, lawyers for {a} lodged an appeal with {O}'],
        future: ['An appeal hearing will be held {D}', '{O} will hear the appeal {D}'],
        headlines: ['{a} appeals conviction'],
        weight: 2,
      },
    ],
    precedents: ['{A} founded a construction company in {P} {D}', '{A} was first investigated by {U} {D}', 'A similar case against {a} collapsed {D}'],
    fillers: [
      '{a} has denied any wrongdoing.',
      '"My client is innocent and will be vindicated," a lawyer for {a} said.',
      'The case has gripped {C}, where corruption is a perennial election issue.',
      '{U} said the investigation was continuing.',
      'Dozens of supporters gathered outside the courthouse in {P}.',
      '{B} declined to comment on the case.',
    ],
  },
  {
    key: 'disaster',
    roles: ['Interior Minister', 'mayor'],
    organization: 'the national disaster agency',
    counterpart: 'rescue teams from {K}',
    happenings: [
      {
        key: 'quake',
        past: [
          'A magnitude {m} earthquake struck {P} {D}',
          'A powerful earthquake hit the region around {P} {D}',
          '{D}, the ground shook across {P} as a magnitude {m} quake struck',
        ],
        headlines: ['Magnitude {m} earthquake strikes {P}', 'Powerful quake hits {P}'],
        weight: 6,
      },
      {
        key: 'rescue',
        past: ['Rescuers pulled {N} survivors from the rubble {D}', 'Rescue teams from {K} arrived in {P} {D}'],
        headlines: ['Rescuers pull survivors from rubble in {P}', '{K} rescue teams arrive in {P}'],
        weight: 3,
        numbers: [3, 60],
      },
      {
        key: 'emergency',
        past: ['The government declared a state of emergency {D}', '{A} declared a state of emergency in {P} {D}'],
        headlines: ['State of emergency declared in {P}'],
        weight: 3,
      },
      {
        key: 'toll',
        past: ['The death toll rose to {N} {D}', 'The number of confirmed deaths climbed to {N} {D}'],
        headlines: ['Quake death toll rises to {N}'],
        weight: 4,
        numbers: [40, 2500],
      },
      {
        key: 'reconstruction',
        past: ['Reconstruction of the old town began {D}', 'Work to rebuild schools in {P} started {D}'],
        future: ['Reconstruction is expected to begin {D}', '{A} will visit {P} {D}'],
        headlines: ['Rebuilding begins in {P}'],
        weight: 2,
      },
    ],
    precedents: ['The last major earthquake struck the region {D}', '{P} was largely destroyed by a quake {D}'],
    fillers: [
      '"We are still searching, street by street," {b} said.',
      'Many of the buildings that collapsed were built before modern safety codes.',
      'Aftershocks continued to rattle the area.',
      'Hospitals in {Q} said they were running short of blood.',
      '{O} said about {N} thousand people had been left homeless.',
      'Mobile phone networks were down across much of the region.',
    ],
  },
  {
    key: 'business',
    roles: ['chief executive', 'competition commissioner'],
    organization: '{X}',
    counterpart: '{Y}',
    happenings: [
      {
        key: 'merger',
        past: ['{O} agreed to buy {U} for {N} billion dollars {D}', '{O} announced a merger with {U} {D}', '{D}, {O} and {U} unveiled plans to merge'],
        headlines: ['{O} to buy {U} in {N} billion dollar deal', '{O} and {U} agree merger'],
        weight: 5,
        numbers: [2, 40],
      },
      {
        key: 'inquiry',
        past: ['Competition regulators opened an inquiry into the deal {D}', '{B} opened an investigation into {O} {D}'],
        headlines: ['Regulators probe {O} deal'],
        weight: 3,
      },
      {
        key: 'jobs',
        past: ['{O} announced {N} job cuts {D}', '{O} cut {N} jobs at its plant in {P} {D}'],
        headlines: ['{O} to cut {N} jobs'],
        weight: 4,
        numbers: [200, 9000],
      },
      {
        key: 'shares',
        past: ['Shares in {O} fell {N} percent {D}', 'Shares in {U} jumped {N} percent {D}'],
        headlines: ['{O} shares slide'],
        weight: 2,
        numbers: [3, 28],
      },
      {
        key: 'approval',
        past: ['Shareholders approved the takeover {D}', 'Regulators cleared the deal {D}'],
        future: ['Shareholders will vote on the deal {D}', 'A decision from regulators is expected {D}'],
        headlines: ['Regulators clear {O} takeover'],
        weight: 3,
      },
      {
        key: 'results',
        past: ['{O} reported a loss of {N} million dollars {D}', '{O} posted record profits {D}'],
        headlines: ['{O} swings to a loss'],
        weight: 2,
        numbers: [20, 900],
      },
    ],
    precedents: ['{O} was founded in {P} {D}', '{O} last attempted a takeover {D}'],
    fillers: [
      '"This deal creates a stronger company for our customers," {a} said.',
      'Analysts said the price was high.',
      '{U} employs about {N} thousand people.',
      'Unions said they feared further cuts.',
      'The companies declined to comment on the talks.',
      '{O} is listed on the {C} stock exchange.',
    ],
  },
  {
    key: 'strike',
    roles: ['union leader', 'Transport Minister'],
    organization: "the National Rail Workers' Union",
    counterpart: '{C} Railways',
    happenings: [
      {
        key: 'walkout',
        past: ['Rail workers across {C} walked off the job {D}', '{O} began a national strike {D}', 'Trains stopped running across {C} {D} as staff walked out'],
        ongoing: ['Rail workers have been on strike since {D}'],
        headlines: ['Rail strike halts trains across {C}', '{C} rail workers walk out'],
        weight: 5,
      },
      {
        key: 'march',
        past: ['Thousands of workers marched through {P} {D}', 'About {N} thousand people protested outside parliament in {P} {D}'],
        headlines: ['Thousands march in {P}'],
        weight: 3,
        numbers: [2, 90],
      },
      {
        key: 'talks',
        past: ['Talks between {O} and {U} broke down {D}', '{A} and {B} met for talks {D}'],
        future: ['{A} will meet {B} {D}', 'Talks between the union and {U} are set to resume {D}'],
        headlines: ['Rail talks collapse', 'Union and {U} return to talks'],
        weight: 3,
      },
      {
        key: 'deal',
        past: ['{O} and {U} reached a pay deal {D}', 'The union accepted a {N} percent pay rise {D}'],
        headlines: ['Rail union accepts pay deal'],
        weight: 5,
        numbers: [3, 12],
      },
      {
        key: 'return',
        past: ['Trains began running again {D}', 'Workers returned to work {D}'],
        future: ['Services are expected to return to normal {D}'],
        headlines: ['Trains run again in {C}'],
        weight: 2,
      },
    ],
    precedents: ['The last national rail strike took place {D}', '{O} was founded {D}'],
    fillers: [
      '"Our members cannot live on these wages," {a} said.',
      'Commuters in {P} faced long queues for buses.',
      '{U} said it regretted the disruption.',
      'The government has urged both sides to compromise.',
      'Freight traffic was also affected.',
    ],
  },
  {
    key: 'epidemic',
    roles: ['Health Minister', 'chief medical officer'],
    organization: 'the health ministry',
    counterpart: 'the World Health Office',
    happenings: [
      {
        key: 'cases',
        past: ['The first cases of the fever were confirmed in {P} {D}', 'Doctors in {P} reported {N} new infections {D}'],
        headlines: ['Fever outbreak confirmed in {P}', '{N} new infections reported in {P}'],
        weight: 5,
        numbers: [12, 800],
      },
      {
        key: 'schools',
        past: ['Authorities closed all schools in {P} {D}', 'Schools across {C} shut their doors {D}'],
        headlines: ['Schools close in {P} as fever spreads'],
        weight: 3,
      },
      {
        key: 'vaccine',
        past: ['A vaccination campaign began in {P} {D}', 'The first doses of vaccine arrived in {P} {D}'],
        future: ['Vaccinations will start {D}', 'A vaccination campaign is due to begin {D}'],
        headlines: ['Vaccination campaign begins in {P}'],
        weight: 4,
      },
      {
        key: 'lockdown',
        past: ['{A} ordered a lockdown of {P} {D}', 'Restrictions on travel to {P} were lifted {D}'],
        headlines: ['{P} placed under lockdown'],
        weight: 4,
      },
      {
        key: 'deaths',
        past: ['Officials reported {N} deaths from the outbreak {D}', 'The outbreak claimed its first victim in {Q} {D}'],
        headlines: ['Fever deaths rise to {N}'],
        weight: 3,
        numbers: [3, 300],
      },
    ],
    precedents: ['A similar outbreak hit {C} {D}', 'The disease was first identified {D}'],
    fillers: [
      '"We urge everyone to stay calm and follow the guidance," {a} said.',
      'Pharmacies in {P} reported shortages of masks.',
      '{U} said the risk to the wider region was moderate.',
      'Most patients recover within two weeks.',
      'Hospitals have set up separate wards for fever patients.',
    ],
  },
  {
    key: 'infrastructure',
    roles: ['mayor', 'Transport Minister'],
    organization: 'the National Transport Authority',
    counterpart: '{Y}',
    happenings: [
      {
        key: 'contract',
        past: ['{O} awarded the bridge contract to {U} {D}', '{U} won the contract to build the {P} bridge {D}'],
        headlines: ['{U} wins {P} bridge contract'],
        weight: 2,
      },
      {
        key: 'construction',
        past: ['Construction of the {P} bridge began {D}', 'Work started on the {P} bridge {D}'],
        headlines: ['Work starts on {P} bridge'],
        weight: 3,
      },
      {
        key: 'delay',
        past: ['{O} postponed the opening of the bridge {D}', 'Engineers found cracks in the supports of the {P} bridge {D}'],
        headlines: ['{P} bridge opening delayed', 'Cracks found in {P} bridge'],
        weight: 4,
      },
      {
        key: 'cost',
        past: ['The cost of the project rose to {N} million dollars {D}', '{O} approved an extra {N} million dollars for the bridge {D}'],
        headlines: ['{P} bridge cost soars to {N} million'],
        weight: 2,
        numbers: [80, 1400],
      },
      {
        key: 'opening',
        past: ['The {P} bridge opened to traffic {D}', '{A} opened the new bridge in {P} {D}'],
        future: ['The {P} bridge will open to traffic {D}', 'The bridge is due to open {D}'],
        headlines: ['{P} bridge opens to traffic'],
        weight: 5,
      },
    ],
    precedents: ['The old ferry service to {P} ended {D}', 'Plans for a bridge at {P} were first drawn up {D}'],
    fillers: [
      '"This bridge will change life in {P}," {a} said.',
      'Critics have called the project a waste of money.',
      'The bridge is designed to carry about {N} thousand vehicles a day.',
      '{U} declined to comment.',
      'Residents have complained about noise from the building site.',
    ],
  },
];

/** Sentences any story can carry: attribution, context, no events. */
export const GENERIC_FILLERS: readonly string[] = [
  'The details could not be confirmed independently.',
  'Officials gave no further details.',
  'Local media carried extensive coverage of the events.',
  'It was not immediately clear how many people were affected.',
  'The government has faced growing criticism over its handling of the crisis.',
  'A spokesperson said a full statement would follow.',
  'Several witnesses described scenes of confusion.',
  'The situation remains tense, according to people in the area.',
];

/** Who speaks in reported-speech context sentences ({A}/{B} are introduced on first use). */
export const SPEAKERS: readonly string[] = [
  '{A}', '{B}', 'a spokesperson for {O}', 'a senior official who asked not to be named', '{U}', 'residents of {P}',
  'analysts in {Q}', 'a diplomat in {Q}', 'an adviser to {a}', 'opposition politicians', 'people in {P}',
];

/** What they say: claims, not happenings, so these sentences carry no event and no date. */
export const CLAIMS: readonly string[] = [
  'the situation was under control', 'far more help was needed', 'the authorities had been too slow to act',
  'further talks could not be ruled out', 'the figures were likely to rise', 'the decision was a mistake',
  'the public deserved a full explanation', 'there was no alternative', 'the risks had been known for years',
  'the next few days would be decisive', 'nobody had been consulted', 'the plan was unrealistic',
  'mistakes had been made on all sides', 'the country could not afford another crisis', 'the rules were clear',
  'the response so far had been inadequate', 'it was too early to draw conclusions', 'the matter was closed',
];

export const QUOTE_LINES: readonly string[] = [
  'We are doing everything we can', 'This is not the end of the matter', 'People are angry, and they have every right to be',
  'Nobody should pretend this is normal', 'We need answers, not promises', 'The next steps will be taken together',
  'I have never seen anything like it', 'We knew this could happen', 'It is a difficult moment for all of us',
  'Our door remains open', 'There is still a long way to go', 'We will keep working until it is done',
];
