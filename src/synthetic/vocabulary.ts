/**
 * Names for the synthetic world. All invented (places, people, outlets, `.example` domains), so no
 * generated sentence makes a claim about a real person or country.
 */

export const COUNTRIES = [
  'Varonia', 'Keldara', 'Ostmark', 'Belmira', 'Tavaro', 'Corvenia', 'Esland', 'Marovia', 'Quillan', 'Sarnesse',
  'Drovnia', 'Altavia', 'Luminor', 'Pelloria', 'Vessany', 'Brakkan', 'Orvala', 'Tessaly', 'Ruvenia', 'Calder',
  'Montaire', 'Zenova', 'Halvard', 'Ibera Nova', 'Kastoria', 'Nerevan', 'Solvane', 'Ardenia', 'Veltria', 'Morrow Isles',
] as const;

export const CITIES = [
  'Dravo', 'Kesh', 'Port Amsel', 'Velika', 'Norhaven', 'Tirzan', 'Ostrava Nova', 'Belgrade Falls', 'Sarn', 'Lumen',
  'Carrow', 'Edda', 'Marisport', 'Qesh', 'Tovar', 'Halden', 'Riverton', 'Askel', 'Valmont', 'Greywater',
  'Istra', 'Korvo', 'Lindqvist', 'Mirana', 'Obel', 'Pernau', 'Ravel', 'Stenna', 'Ulmar', 'Westgate',
  'Zarek', 'Almeda', 'Brisa', 'Colmar Bay', 'Dunmore', 'Fennick', 'Gallow', 'Hesper', 'Jarrow', 'Kilbride',
] as const;

export const FIRST_NAMES = [
  'Mara', 'Tomas', 'Elena', 'Viktor', 'Amira', 'Jonas', 'Leila', 'Anton', 'Sofia', 'Ravi', 'Ines', 'Oskar',
  'Nadia', 'Emil', 'Hana', 'Pavel', 'Clara', 'Idris', 'Greta', 'Mateo', 'Yara', 'Lukas', 'Zofia', 'Karim',
  'Ingrid', 'Dario', 'Selma', 'Arjun', 'Noor', 'Felix', 'Olga', 'Samir', 'Vera', 'Henrik', 'Lina', 'Marco',
] as const;

export const SURNAMES = [
  'Ostrand', 'Kovac', 'Marchetti', 'Haddad', 'Lindqvist', 'Baranov', 'Okafor', 'Delacroix', 'Nakamura', 'Petrov',
  'Almeida', 'Varga', 'Sorensen', 'Kaplan', 'Moreau', 'Novak', 'Rahimi', 'Castell', 'Dumitru', 'Ferreira',
  'Grabowski', 'Halloran', 'Ibsen', 'Jovanovic', 'Karlsson', 'Laurent', 'Mensah', 'Nilsen', 'Orlov', 'Quint',
] as const;

/** News outlets: name, domain (reserved `.example` TLD), file format, and house style. */
export interface Outlet {
  name: string;
  slug: string;
  domain: string;
  /** `md`: Markdown with YAML front matter (title, date, source, publisher); `txt`: the seed format. */
  format: 'md' | 'txt';
  /** Curly or straight quotation marks. */
  quotes: 'curly' | 'straight';
  /** Wire services sign off with a byline; papers sometimes omit the source URL. */
  wire: boolean;
}

export const OUTLETS: readonly Outlet[] = [
  { name: 'The Meridian Post', slug: 'meridian-post', domain: 'meridianpost.example', format: 'md', quotes: 'curly', wire: false },
  { name: 'Northwind Wire', slug: 'northwind-wire', domain: 'northwindwire.example', format: 'txt', quotes: 'straight', wire: true },
  { name: 'Daily Lantern', slug: 'daily-lantern', domain: 'dailylantern.example', format: 'md', quotes: 'curly', wire: false },
  { name: 'Harbour Courier', slug: 'harbour-courier', domain: 'harbourcourier.example', format: 'md', quotes: 'straight', wire: false },
  { name: 'Continental Press Agency', slug: 'cpa', domain: 'cpa-news.example', format: 'txt', quotes: 'straight', wire: true },
  { name: 'The Evening Ledger', slug: 'evening-ledger', domain: 'eveningledger.example', format: 'md', quotes: 'curly', wire: false },
  { name: 'Radio Altavia International', slug: 'rai', domain: 'rai.example', format: 'txt', quotes: 'curly', wire: false },
  { name: 'The Civic Observer', slug: 'civic-observer', domain: 'civicobserver.example', format: 'md', quotes: 'curly', wire: false },
  { name: 'Baltic & Southern News', slug: 'bsn', domain: 'bsnews.example', format: 'md', quotes: 'straight', wire: true },
  { name: 'Frontier Gazette', slug: 'frontier-gazette', domain: 'frontiergazette.example', format: 'txt', quotes: 'curly', wire: false },
  { name: 'Open Record', slug: 'open-record', domain: 'openrecord.example', format: 'md', quotes: 'curly', wire: false },
  { name: 'The Weekly Compass', slug: 'weekly-compass', domain: 'weeklycompass.example', format: 'md', quotes: 'straight', wire: false },
];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;
export const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

export const COMPANIES = [
  'Northline Holdings', 'Brightwater Energy', 'Halvorsen Construction', 'Castell Steel', 'Ardent Telecom', 'Pelloria Foods',
  'Greywater Shipping', 'Lumen Pharmaceuticals', 'Vessany Motors', 'Obel Mining', 'Kestrel Airlines', 'Tessaly Bank',
] as const;
