// The words, names, places and kinds synthetic content is made of.

// Words. Everything plain and lower-case; invented names are checked against all of it, so an alias can
// never be a word of the running text (the site links names case-sensitively, at word boundaries).

export const NOUNS = (
  'plan talks venture factory plant battery tariff market deal vehicle pickup platform supplier partner ' +
  'investment licence agreement official regulator committee price margin quarter output capacity model brand ' +
  'engineer worker union policy rule report source statement proposal subsidy export import chip software sedan ' +
  'charger network loan stake share board analyst forecast demand sale order dealer region province port shipment ' +
  'component cell module design prototype launch schedule review hearing letter filing memo briefing interview ' +
  'meeting visit summit trade economy industry sector rival competitor customer buyer contract budget'
).split(' ');
export const VERBS_PAST = (
  'said argued reported confirmed denied suggested expected planned discussed approved rejected ' +
  'delayed announced described estimated questioned welcomed criticised proposed signed reviewed considered noted ' +
  'added warned insisted acknowledged'
).split(' ');
export const VERBS_BASE = (
  'affect delay change support follow include reach lower raise expand limit cover require replace ' +
  'reshape test slow speed open close extend'
).split(' ');
export const VERBS_PRESENT = (
  'weighs plans denies confirms eyes delays backs rejects considers explores signs seeks pauses ' + 'expands'
).split(' ');
export const ADJECTIVES = (
  'early new large small possible final formal separate joint local foreign domestic electric hybrid ' +
  'cheaper costly annual initial public private senior former current regional national key major minor brief long ' +
  'short cautious firm clear uncertain'
).split(' ');
export const ADVERBS = 'also still later again recently publicly privately reportedly quietly openly'.split(' ');
export const PREPOSITIONS = 'of in on for with by at from over under after before about'.split(' ');
export const MODALS = 'would could might will may should'.split(' ');
export const STATES = ['stalled', 'over', 'premature', 'serious', 'advanced', 'unlikely', 'on track', 'far from done'];
const TEMPLATE_WORDS = (
  'the a an that and but while as which its it is are to said according report reports ' +
  'citing own sources story synthetic watch government authorities institute association union agency office ' +
  'authority motors auto battery group mobility electric daily times review news wire press journal post herald ' +
  'tribune courier chronicle business markets digest why matters what we know deal talks january february march ' +
  'april may june july august september october november december story so far one two three'
).split(' ');

export const FIRST_NAMES = (
  'Ana Ben Carla David Elena Felix Grace Hugo Ines Jonas Karin Leo Maria Nadia Omar Paula Rafael ' +
  'Sofia Tomas Uma Victor Wen Xavier Yara Zoe Aiko Bruno Chen Diego Emma Farid Greta Hana Ivan Julia Kenji Lucia ' +
  'Marco Nora Oscar Priya Quentin Rosa Sami Tara Ugo Vera Walter Yusuf'
).split(' ');
export const AUTHOR_SURNAMES = (
  'Smith Jones Silva Santos Müller Schmidt Martin Bernard Garcia Lopez Rossi Bianchi Tanaka Sato ' +
  'Wang Li Kim Park Brown Taylor Wilson Evans Walker Wright Costa Ferreira Weber Dubois Moreau Romero Ricci Suzuki ' +
  'Nguyen Patel Khan Cohen Novak Horvat Larsen Berg'
).split(' ');

export const ONSETS = [
  'b',
  'br',
  'c',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'j',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
  'sh',
  'th',
  'qu',
];
export const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ea'];
export const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'x', 'v', 'sk', 'lt'];

export const RESERVED = new Set(
  [
    ...NOUNS,
    ...VERBS_PAST,
    ...VERBS_BASE,
    ...VERBS_PRESENT,
    ...ADJECTIVES,
    ...ADVERBS,
    ...PREPOSITIONS,
    ...MODALS,
    ...STATES.flatMap((state) => state.split(' ')),
    ...TEMPLATE_WORDS,
    ...FIRST_NAMES,
    ...AUTHOR_SURNAMES,
  ].map((word) => word.toLowerCase()),
);

export const FOREIGN_WORDS: Record<string, string[]> = {
  pt: 'negocia acordo com fábrica nos EUA montadora nega relatório sobre baterias carros elétricos parceria'.split(' '),
  de: 'verhandelt über Werk mit dementiert Bericht Batterien Elektroautos Abkommen Partner Fabrik'.split(' '),
  fr: 'négocie accord avec usine dément rapport batteries voitures électriques partenariat'.split(' '),
  es: 'negocia acuerdo con planta niega informe baterías coches eléctricos alianza fábrica'.split(' '),
  it: 'tratta accordo con stabilimento smentisce rapporto batterie auto elettriche alleanza'.split(' '),
};

// Places, languages and kinds, from the lists the schemas accept.

export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 30],
  ['GB', 8],
  ['DE', 7],
  ['FR', 5],
  ['BR', 6],
  ['CN', 8],
  ['JP', 5],
  ['KR', 4],
  ['CA', 4],
  ['MX', 3],
  ['IT', 3],
  ['ES', 3],
  ['IN', 3],
  ['AU', 3],
  ['PT', 2],
  ['SE', 2],
];
export const LANGUAGE_OF: Record<string, string> = {
  US: 'en',
  GB: 'en',
  CA: 'en',
  AU: 'en',
  IN: 'en',
  DE: 'de',
  FR: 'fr',
  BR: 'pt-BR',
  PT: 'pt',
  CN: 'zh',
  JP: 'ja',
  KR: 'ko',
  MX: 'es',
  ES: 'es',
  IT: 'it',
  SE: 'sv',
};
export const SOURCE_KIND_WEIGHTS = [
  ['ev-press', 18],
  ['motoring-press', 20],
  ['general-news', 18],
  ['newspaper', 16],
  ['business-news', 14],
  ['wire', 6],
  ['syndication', 8],
] as const;
export const OUTLET_NOUNS: Record<string, string[]> = {
  'ev-press': ['EV Report', 'Electric', 'Charge', 'EV News'],
  'motoring-press': ['Motor Review', 'Auto Journal', 'Drive', 'Car Magazine'],
  'general-news': ['News', 'Today', 'Online', 'Post'],
  newspaper: ['Times', 'Herald', 'Tribune', 'Courier', 'Chronicle'],
  'business-news': ['Business', 'Markets', 'Finance Daily'],
  wire: ['Press Agency', 'Wire', 'News Service'],
  syndication: ['Digest', 'Aggregator', 'Feed'],
};
export const SOURCE_DESCRIPTIONS: Record<string, string> = {
  'ev-press': 'Site devoted to electric vehicles and clean energy.',
  'motoring-press': 'Motoring magazine with news, reviews and industry coverage.',
  'general-news': 'General news site with a business and technology section.',
  newspaper: 'Daily newspaper with national and international coverage.',
  'business-news': 'Business and markets news outlet.',
  wire: 'News agency whose stories are republished by other outlets.',
  syndication: 'Republishes and rewrites other outlets’ stories.',
};
export const EVENT_KIND_WEIGHTS = [
  ['policy', 14],
  ['business', 26],
  ['deal', 12],
  ['meeting', 14],
  ['report', 16],
  ['statement', 12],
  ['denial', 6],
] as const;
export type EventKind = (typeof EVENT_KIND_WEIGHTS)[number][0];
export const ENTITY_KIND_WEIGHTS = [
  ['person', 40],
  ['company', 35],
  ['government', 7],
  ['agency', 10],
  ['organisation', 8],
] as const;
export type EntityKind = (typeof ENTITY_KIND_WEIGHTS)[number][0];
export const COMPANY_SUFFIXES = ['Motors', 'Auto', 'Battery', 'Group', 'Mobility', 'Electric', 'Automotive', 'Energy'];
export const AGENCY_SUFFIXES = [
  'Transport Agency',
  'Trade Office',
  'Competition Authority',
  'Industry Ministry',
  'Customs Service',
];
export const ORGANISATION_SUFFIXES = [
  'Institute',
  'Auto Workers Union',
  'Dealers Association',
  'Policy Centre',
  'Chamber of Commerce',
];
export const PERSON_ROLES = [
  'Chief executive of',
  'Chief financial officer of',
  'Spokesperson for',
  'Head of strategy at',
  'Chair of',
  'Founder of',
];
export const POLITICAL_ROLES = [
  'Trade minister',
  'Industry minister',
  'Senator',
  'Member of parliament',
  'Governor',
  'Trade representative',
];
