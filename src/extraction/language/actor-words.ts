/**
 * The word lists behind the rule-based actor recogniser (`../actors/recognise-actors.ts`): titles
 * that announce a person, words that make a capitalised name an organisation or a place, countries
 * with their adjectives (so "the French leader" can be resolved to France's leader in the article),
 * and well-known acronyms. English, news-domain, closed lists.
 */

/** Titles before a name ("President Emmanuel Macron", "Energy Minister Tomas Reiner"); lower case. */
export const PERSON_TITLES = new Set([
  'president', 'vice-president', 'minister', 'prime', 'premier', 'chancellor', 'mayor', 'governor', 'senator',
  'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'secretary', 'king', 'queen', 'prince',
  'princess', 'pope', 'general', 'gen', 'colonel', 'col', 'captain', 'capt', 'admiral', 'sergeant', 'lieutenant',
  'judge', 'justice', 'ambassador', 'envoy', 'commissioner', 'chairman', 'chairwoman', 'chair', 'ceo', 'director',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'executive', 'dr', 'mr', 'mrs', 'ms', 'miss', 'sir',
  'dame', 'lord', 'lady', 'professor', 'prof', 'rev', 'father', 'sheikh', 'emir', 'sultan', 'ayatollah',
  'councillor', 'councilor', 'deputy', 'speaker', 'coach', 'manager', 'inspector', 'superintendent', 'detective',
  'officer', 'analyst', 'economist', 'engineer', 'leader', 'founder', 'president-elect', 'foreign', 'defence',
  'defense', 'energy', 'finance', 'interior', 'health', 'economy', 'trade', 'transport', 'justice', 'education',
]);

/** Role nouns a definite description uses for a person already named ("the French leader", "the mayor"). */
export const ROLE_NOUNS = new Set([
  'leader', 'president', 'minister', 'prime minister', 'foreign minister', 'chancellor', 'mayor', 'governor',
  'premier', 'king', 'queen', 'pope', 'senator', 'secretary', 'chief executive', 'ceo', 'chairman', 'envoy',
  'ambassador', 'commissioner', 'general',
]);

/** Last words that make a capitalised name an organisation. */
export const ORGANIZATION_HEADS = new Set([
  'union', 'organization', 'organisation', 'company', 'co', 'corp', 'corporation', 'inc', 'ltd', 'llc', 'plc',
  'group', 'bank', 'ministry', 'department', 'party', 'council', 'commission', 'agency', 'association', 'power',
  'airlines', 'airways', 'air', 'motors', 'court', 'police', 'army', 'navy', 'forces', 'force', 'office',
  'palace', 'presidency', 'government', 'university', 'college', 'committee', 'fund', 'institute', 'federation',
  'alliance', 'coalition', 'parliament', 'senate', 'congress', 'assembly', 'times', 'post', 'herald', 'journal',
  'news', 'press', 'club', 'board', 'authority', 'service', 'services', 'foundation', 'society', 'church',
  'systems', 'industries', 'holdings', 'partners', 'capital', 'reserve', 'exchange', 'network', 'cross',
  'nations', 'monitor', 'watch', 'brigade', 'guard', 'guards', 'front', 'movement', 'league', 'team',
  'administration', 'secretariat', 'bureau', 'chamber', 'cabinet', 'tribunal', 'fbi', 'nato', 'opec',
  'railways', 'railway', 'rail', 'mills', 'devices', 'energy', 'oil', 'electric', 'letters', 'works', 'lines',
  'media', 'broadcasting', 'telegraph', 'gazette', 'wire', 'radio', 'television', 'tv', 'observer', 'ledger',
]);

/** Last words that make a capitalised name a place. */
export const PLACE_HEADS = new Set([
  'street', 'road', 'avenue', 'bridge', 'river', 'corridor', 'region', 'province', 'city', 'island', 'islands',
  'mountains', 'mountain', 'caucasus', 'square', 'station', 'airport', 'district', 'valley', 'lake', 'sea',
  'ocean', 'bay', 'gulf', 'peninsula', 'county', 'state', 'states', 'coast', 'port', 'harbour', 'harbor',
  'park', 'hall', 'border', 'strait', 'canal', 'desert', 'plain', 'highway', 'square', 'kingdom', 'republic',
  'east', 'west', 'north', 'south', 'town', 'village', 'territory', 'territories', 'oblast', 'capital',
]);

/** Countries and a few regions, with their adjectives: for places and "the French leader". */
export const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  Afghanistan: ['Afghan'], Albania: ['Albanian'], Algeria: ['Algerian'], Argentina: ['Argentine', 'Argentinian'],
  Armenia: ['Armenian'], Australia: ['Australian'], Austria: ['Austrian'], Azerbaijan: ['Azerbaijani', 'Azeri'],
  Bangladesh: ['Bangladeshi'], Belarus: ['Belarusian'], Belgium: ['Belgian'], Bolivia: ['Bolivian'],
  Brazil: ['Brazilian'], Bulgaria: ['Bulgarian'], Cambodia: ['Cambodian'], Canada: ['Canadian'], Chile: ['Chilean'],
  China: ['Chinese'], Colombia: ['Colombian'], Croatia: ['Croatian'], Cuba: ['Cuban'], Cyprus: ['Cypriot'],
  'Czech Republic': ['Czech'], Denmark: ['Danish'], Egypt: ['Egyptian'], Estonia: ['Estonian'], Ethiopia: ['Ethiopian'],
  Finland: ['Finnish'], France: ['French'], Georgia: ['Georgian'], Germany: ['German'], Greece: ['Greek'],
  Hungary: ['Hungarian'], Iceland: ['Icelandic'], India: ['Indian'], Indonesia: ['Indonesian'], Iran: ['Iranian'],
  Iraq: ['Iraqi'], Ireland: ['Irish'], Israel: ['Israeli'], Italy: ['Italian'], Japan: ['Japanese'],
  Jordan: ['Jordanian'], Kazakhstan: ['Kazakh'], Kenya: ['Kenyan'], Kosovo: ['Kosovar'], Latvia: ['Latvian'],
  Lebanon: ['Lebanese'], Libya: ['Libyan'], Lithuania: ['Lithuanian'], Malaysia: ['Malaysian'], Mexico: ['Mexican'],
  Moldova: ['Moldovan'], Morocco: ['Moroccan'], Netherlands: ['Dutch'], 'New Zealand': [], Nigeria: ['Nigerian'],
  'North Korea': ['North Korean'], Norway: ['Norwegian'], Pakistan: ['Pakistani'], Peru: ['Peruvian'],
  Philippines: ['Philippine', 'Filipino'], Poland: ['Polish'], Portugal: ['Portuguese'], Qatar: ['Qatari'],
  Romania: ['Romanian'], Russia: ['Russian'], 'Saudi Arabia': ['Saudi'], Serbia: ['Serbian'], Singapore: ['Singaporean'],
  Slovakia: ['Slovak'], Slovenia: ['Slovenian'], 'South Africa': ['South African'], 'South Korea': ['South Korean'],
  Spain: ['Spanish'], Sudan: ['Sudanese'], Sweden: ['Swedish'], Switzerland: ['Swiss'], Syria: ['Syrian'],
  Taiwan: ['Taiwanese'], Thailand: ['Thai'], Tunisia: ['Tunisian'], Turkey: ['Turkish'], Ukraine: ['Ukrainian'],
  'United Arab Emirates': ['Emirati'], 'United Kingdom': ['British'], 'United States': ['American'],
  Venezuela: ['Venezuelan'], Vietnam: ['Vietnamese'], Yemen: ['Yemeni'], Europe: ['European'], Africa: ['African'],
  Asia: ['Asian'], Artsakh: [], 'Nagorno Karabakh': [], Gaza: [], Crimea: [], Kashmir: [], Scotland: ['Scottish'],
  Wales: ['Welsh'], England: ['English'], Britain: [], America: [], Korea: ['Korean'],
  London: [], Paris: [], Washington: [], Moscow: [], Beijing: [], Brussels: [], Berlin: [], Tokyo: [], Kyiv: [],
  Yerevan: [], Baku: [], Geneva: [], Vienna: [], Rome: [], Madrid: [], 'New York': [], Chicago: [], Seattle: [],
  Toulouse: [], Detroit: [], Oslo: [], Tehran: [], Jerusalem: [], Cairo: [], Delhi: [], Shanghai: [], Sydney: [],
};

/** Acronyms and their full names: "EU" and "European Union" are one actor. */
export const ACRONYMS: Readonly<Record<string, string>> = {
  EU: 'European Union', UN: 'United Nations', US: 'United States', USA: 'United States', UK: 'United Kingdom',
  NATO: 'North Atlantic Treaty Organization', USAF: 'United States Air Force', WHO: 'World Health Organization',
  IMF: 'International Monetary Fund', ECB: 'European Central Bank', FBI: 'Federal Bureau of Investigation',
  OSCE: 'Organization for Security and Co-operation in Europe', GAO: 'Government Accountability Office',
  GM: 'General Motors', UAW: 'United Auto Workers', OPEC: 'Organization of the Petroleum Exporting Countries',
  UAE: 'United Arab Emirates', ICRC: 'International Committee of the Red Cross', NYSE: 'New York Stock Exchange',
};

/**
 * Capitalised words that are no names on their own: sentence openers, months, days, pronouns,
 * and words capitalised in headlines. A name never starts with one of these (they may stand
 * inside a name: "Bank of England", "Palace of Westminster").
 */
export const NOT_NAME_STARTS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'after',
  'before', 'during', 'since', 'until', 'when', 'while', 'if', 'meanwhile', 'according', 'speaking', 'just',
  'earlier', 'later', 'separately', 'also', 'however', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'who', 'which', 'why', 'how',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday',
  'tomorrow', 'about', 'more', 'most', 'some', 'many', 'all', 'no', 'not', 'one', 'two', 'three', 'crews',
  'shops', 'schools', 'power', 'electricity', 'police', 'officials', 'engineers', 'residents', 'discussed',
  'constructive', 'we', 'mr', 'mrs', 'ms', 'storm', 'under', 'over', 'new', 'last', 'next', 'every', 'each',
  'because', 'so', 'yet', 'still', 'now', 'then', 'once', 'only', 'even', 'both', 'other', 'another', 'such',
  'here', 'where', 'than', 'despite', 'among', 'amid', 'following', 'into', 'like', 'without', 'within',
]);

/** Connectors allowed inside a multi-word name: "Bank of England", "Organization of the Francophonie". */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', 'de', 'du', 'la', 'von', 'van', 'al', 'bin', 'el', 'der', 'da']);
