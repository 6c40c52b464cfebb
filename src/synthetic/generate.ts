// Synthetic content for load tests and benchmarks: a whole content folder, deterministic from a seed.
// Pure: returns file texts by relative path; scripts/generate-content.ts writes them to disk.
// Dates are computed here in UTC, as the checker compares them, rather than with src/lib/dates.ts: that
// module loads all of date-fns, which costs the CLI more than a second at every start. The unit test
// checks the result with src/lib/dates.ts and the checker.

export interface GenerateOptions {
  reports: number;
  outlets?: number;
  events?: number;
  entities?: number;
  seed?: number;
  /** Approximate length of each report's digest, in words. */
  wordsPerDigest?: number;
}

export const GENERATE_DEFAULTS = { outlets: 50, events: 200, entities: 500, seed: 1, wordsPerDigest: 300 } as const;

// ---------------------------------------------------------------------------------------------------
// Randomness: mulberry32, with one independent stream per part so that, say, asking for more reports
// leaves the outlets, entities and events unchanged.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a label mixed with the seed: the seed of one part's stream. */
function streamSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

class Random {
  private readonly next: () => number;
  constructor(seed: number, label: string) {
    this.next = mulberry32(streamSeed(seed, label));
  }
  float(): number {
    return this.next();
  }
  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A key of `weights`, chosen in proportion to its weight. */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of weights) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return weights[weights.length - 1]![0];
  }
  /** Up to `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
  /** Up to `count` distinct indexes of `weights`, each drawn in proportion to its weight. */
  sampleWeighted(weights: readonly number[], count: number): number[] {
    const left = [...weights];
    let total = left.reduce((sum, weight) => sum + weight, 0);
    const chosen: number[] = [];
    while (chosen.length < count && total > 1e-12) {
      let roll = this.next() * total;
      let index = left.findIndex((weight) => (roll -= weight) < 0 && weight > 0);
      if (index < 0) index = left.findLastIndex((weight) => weight > 0);
      chosen.push(index);
      total -= left[index]!;
      left[index] = 0;
    }
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------------
// Words. Everything plain and lower-case; invented names are checked against all of it, so an alias can
// never be a word of the running text (the site links names case-sensitively, at word boundaries).

const NOUNS = ('plan talks venture factory plant battery tariff market deal vehicle pickup platform supplier partner ' +
  'investment licence agreement official regulator committee price margin quarter output capacity model brand ' +
  'engineer worker union policy rule report source statement proposal subsidy export import chip software sedan ' +
  'charger network loan stake share board analyst forecast demand sale order dealer region province port shipment ' +
  'component cell module design prototype launch schedule review hearing letter filing memo briefing interview ' +
  'meeting visit summit trade economy industry sector rival competitor customer buyer contract budget').split(' ');
const VERBS_PAST = ('said argued reported confirmed denied suggested expected planned discussed approved rejected ' +
  'delayed announced described estimated questioned welcomed criticised proposed signed reviewed considered noted ' +
  'added warned insisted acknowledged').split(' ');
const VERBS_BASE = ('affect delay change support follow include reach lower raise expand limit cover require replace ' +
  'reshape test slow speed open close extend').split(' ');
const VERBS_PRESENT = ('weighs plans denies confirms eyes delays backs rejects considers explores signs seeks pauses ' +
  'expands').split(' ');
const ADJECTIVES = ('early new large small possible final formal separate joint local foreign domestic electric hybrid ' +
  'cheaper costly annual initial public private senior former current regional national key major minor brief long ' +
  'short cautious firm clear uncertain').split(' ');
const ADVERBS = 'also still later again recently publicly privately reportedly quietly openly'.split(' ');
const PREPOSITIONS = 'of in on for with by at from over under after before about'.split(' ');
const MODALS = 'would could might will may should'.split(' ');
const STATES = ['stalled', 'over', 'premature', 'serious', 'advanced', 'unlikely', 'on track', 'far from done'];
const TEMPLATE_WORDS = ('the a an that and but while as which its it is are to said according report reports ' +
  'citing own sources story synthetic watch government authorities institute association union agency office ' +
  'authority motors auto battery group mobility electric daily times review news wire press journal post herald ' +
  'tribune courier chronicle business markets digest why matters what we know deal talks january february march ' +
  'april may june july august september october november december story so far one two three').split(' ');

const FIRST_NAMES = ('Ana Ben Carla David Elena Felix Grace Hugo Ines Jonas Karin Leo Maria Nadia Omar Paula Rafael ' +
  'Sofia Tomas Uma Victor Wen Xavier Yara Zoe Aiko Bruno Chen Diego Emma Farid Greta Hana Ivan Julia Kenji Lucia ' +
  'Marco Nora Oscar Priya Quentin Rosa Sami Tara Ugo Vera Walter Yusuf').split(' ');
const AUTHOR_SURNAMES = ('Smith Jones Silva Santos Müller Schmidt Martin Bernard Garcia Lopez Rossi Bianchi Tanaka Sato ' +
  'Wang Li Kim Park Brown Taylor Wilson Evans Walker Wright Costa Ferreira Weber Dubois Moreau Romero Ricci Suzuki ' +
  'Nguyen Patel Khan Cohen Novak Horvat Larsen Berg').split(' ');

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kr', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z', 'sh', 'th', 'qu'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou', 'ea'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'x', 'v', 'sk', 'lt'];

const RESERVED = new Set(
  [...NOUNS, ...VERBS_PAST, ...VERBS_BASE, ...VERBS_PRESENT, ...ADJECTIVES, ...ADVERBS, ...PREPOSITIONS, ...MODALS,
    ...STATES.flatMap((state) => state.split(' ')), ...TEMPLATE_WORDS, ...FIRST_NAMES, ...AUTHOR_SURNAMES].map((word) => word.toLowerCase()),
);

const FOREIGN_WORDS: Record<string, string[]> = {
  pt: 'negocia acordo com fábrica nos EUA montadora nega relatório sobre baterias carros elétricos parceria'.split(' '),
  de: 'verhandelt über Werk mit dementiert Bericht Batterien Elektroautos Abkommen Partner Fabrik'.split(' '),
  fr: 'négocie accord avec usine dément rapport batteries voitures électriques partenariat'.split(' '),
  es: 'negocia acuerdo con planta niega informe baterías coches eléctricos alianza fábrica'.split(' '),
  it: 'tratta accordo con stabilimento smentisce rapporto batterie auto elettriche alleanza'.split(' '),
};

// ---------------------------------------------------------------------------------------------------
// Places, languages and kinds, from the lists the schemas accept.

const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 30], ['GB', 8], ['DE', 7], ['FR', 5], ['BR', 6], ['CN', 8], ['JP', 5], ['KR', 4], ['CA', 4], ['MX', 3],
  ['IT', 3], ['ES', 3], ['IN', 3], ['AU', 3], ['PT', 2], ['SE', 2],
];
const LANGUAGE_OF: Record<string, string> = {
  US: 'en', GB: 'en', CA: 'en', AU: 'en', IN: 'en', DE: 'de', FR: 'fr', BR: 'pt-BR', PT: 'pt', CN: 'zh', JP: 'ja',
  KR: 'ko', MX: 'es', ES: 'es', IT: 'it', SE: 'sv',
};
const SOURCE_KIND_WEIGHTS = [
  ['ev-press', 18], ['motoring-press', 20], ['general-news', 18], ['newspaper', 16], ['business-news', 14],
  ['wire', 6], ['syndication', 8],
] as const;
const OUTLET_NOUNS: Record<string, string[]> = {
  'ev-press': ['EV Report', 'Electric', 'Charge', 'EV News'],
  'motoring-press': ['Motor Review', 'Auto Journal', 'Drive', 'Car Magazine'],
  'general-news': ['News', 'Today', 'Online', 'Post'],
  newspaper: ['Times', 'Herald', 'Tribune', 'Courier', 'Chronicle'],
  'business-news': ['Business', 'Markets', 'Finance Daily'],
  wire: ['Press Agency', 'Wire', 'News Service'],
  syndication: ['Digest', 'Aggregator', 'Feed'],
};
const SOURCE_DESCRIPTIONS: Record<string, string> = {
  'ev-press': 'Site devoted to electric vehicles and clean energy.',
  'motoring-press': 'Motoring magazine with news, reviews and industry coverage.',
  'general-news': 'General news site with a business and technology section.',
  newspaper: 'Daily newspaper with national and international coverage.',
  'business-news': 'Business and markets news outlet.',
  wire: 'News agency whose stories are republished by other outlets.',
  syndication: 'Republishes and rewrites other outlets’ stories.',
};
const EVENT_KIND_WEIGHTS = [
  ['policy', 14], ['business', 26], ['deal', 12], ['meeting', 14], ['report', 16], ['statement', 12], ['denial', 6],
] as const;
type EventKind = (typeof EVENT_KIND_WEIGHTS)[number][0];
const ENTITY_KIND_WEIGHTS = [
  ['person', 40], ['company', 35], ['government', 7], ['agency', 10], ['organisation', 8],
] as const;
type EntityKind = (typeof ENTITY_KIND_WEIGHTS)[number][0];
const COMPANY_SUFFIXES = ['Motors', 'Auto', 'Battery', 'Group', 'Mobility', 'Electric', 'Automotive', 'Energy'];
const AGENCY_SUFFIXES = ['Transport Agency', 'Trade Office', 'Competition Authority', 'Industry Ministry', 'Customs Service'];
const ORGANISATION_SUFFIXES = ['Institute', 'Auto Workers Union', 'Dealers Association', 'Policy Centre', 'Chamber of Commerce'];
const PERSON_ROLES = ['Chief executive of', 'Chief financial officer of', 'Spokesperson for', 'Head of strategy at', 'Chair of', 'Founder of'];
const POLITICAL_ROLES = ['Trade minister', 'Industry minister', 'Senator', 'Member of parliament', 'Governor', 'Trade representative'];

// ---------------------------------------------------------------------------------------------------
// Dates: all arithmetic on UTC instants; written forms follow docs/authoring.md.

const DAY_MS = 86_400_000;
const EVENTS_FROM = Date.UTC(2024, 0, 1);
const EVENTS_UNTIL = Date.UTC(2027, 0, 1); // exclusive
const REPORTS_FROM = Date.UTC(2025, 0, 1);
const REPORTS_UNTIL = Date.UTC(2027, 0, 1); // exclusive
const PLANNED_FROM = Date.UTC(2025, 3, 1);
const OFFSETS_MINUTES = [60, 120, -180, -300, -240, 330, 540, 480, 600, -420];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const yearOf = (instant: number) => String(new Date(instant).getUTCFullYear());
const monthOf = (instant: number) => {
  const date = new Date(instant);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
};
const dayOf = (instant: number) => `${monthOf(instant)}-${pad(new Date(instant).getUTCDate())}`;
/** "2026-02-16T15:45Z", or the same instant written with an offset: "2026-02-16T12:45-03:00". */
function minuteOf(instant: number, offsetMinutes: number | 'Z'): string {
  const offset = offsetMinutes === 'Z' ? 0 : offsetMinutes;
  const local = new Date(instant + offset * 60_000);
  const time = `${dayOf(local.getTime())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  if (offsetMinutes === 'Z') return `${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  return `${time}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
/** The first instant a written date covers, in UTC (the checker's `earliestInstant(date, 'UTC')`). */
function earliestUtc(text: string): number {
  if (text.includes('T')) return Date.parse(text);
  const [year, month = 1, day = 1] = text.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(year, month - 1, day);
}
/** The last instant a written date covers, in UTC (the checker's `latestInstant(date, 'UTC')`). */
function latestUtc(text: string): number {
  if (text.includes('T')) return Date.parse(text);
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  const next = day !== undefined ? Date.UTC(year, month! - 1, day + 1) : month !== undefined ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
  return next - 1;
}

// ---------------------------------------------------------------------------------------------------
// Text helpers.

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** An id as the site derives it from a file name: lower-case ASCII letters, digits and single hyphens. */
function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-$/, '');
}
/** A YAML scalar: JSON's double-quoted strings are valid YAML double-quoted strings. */
const q = (text: string) => JSON.stringify(text);
const idList = (ids: readonly string[]) => `[${ids.join(', ')}]`;
const textList = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Unique invented words (surnames, brand stems), none of them a word the generated text uses. */
function inventedWords(random: Random, count: number): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < count) {
    const syllables = random.weighted([[2, 6], [3, 3]] as const);
    let word = '';
    for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
    word += random.pick(CODAS);
    if (word.length < 4 || word.length > 11 || seen.has(word) || RESERVED.has(word)) continue;
    seen.add(word);
    words.push(capitalise(word));
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------
// The model.

interface Outlet {
  id: string;
  name: string;
  language: string;
  country?: string;
  kind: string;
}

interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  role: string;
  country: string;
}

interface StoryEvent {
  id: string;
  title: string;
  date: string;
  end?: string;
  approximate: boolean;
  planned: boolean;
  kind: EventKind;
  summary: string;
  entities: string[];
  outlets: string[];
  /** First instant of `date`, as the checker computes it (UTC). */
  start: number;
}

function makeOutlets(random: Random, count: number, stems: string[]): Outlet[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = random.weighted(SOURCE_KIND_WEIGHTS);
    const country = random.weighted(COUNTRIES);
    return {
      id: `outlet-${pad(index + 1, 3)}`,
      name: `${stems[index]} ${random.pick(OUTLET_NOUNS[kind]!)}`,
      // Most outlets write in their country's language; a few international ones in English.
      language: random.chance(0.85) ? LANGUAGE_OF[country]! : 'en',
      country: random.chance(0.9) ? country : undefined,
      kind,
    };
  });
}

function makeEntities(random: Random, count: number, stems: string[]): Entity[] {
  const used = new Set<string>(); // every name and alias, across all entities
  const ids = new Set<string>();
  const kinds = Array.from({ length: count }, () => random.weighted(ENTITY_KIND_WEIGHTS));
  const entities: Entity[] = [];
  const companyNames: string[] = [];
  const claim = (name: string) => {
    if (used.has(name) || RESERVED.has(name.toLowerCase())) return false;
    used.add(name);
    return true;
  };
  const acronym = (...words: string[]) => words.map((word) => word.charAt(0).toUpperCase()).join('');
  // Organisations first, so people's roles can name a company.
  const order = kinds.map((kind, index) => ({ kind, index })).sort((a, b) => Number(a.kind === 'person') - Number(b.kind === 'person'));
  for (const { kind, index } of order) {
    const stem = stems[index]!;
    const country = random.weighted(COUNTRIES);
    let name: string;
    let role: string;
    const aliases: string[] = [];
    switch (kind) {
      case 'person': {
        const first = random.pick(FIRST_NAMES);
        name = `${first} ${stem}`;
        role = companyNames.length && random.chance(0.7)
          ? `${random.pick(PERSON_ROLES)} ${random.pick(companyNames)}`
          : `${random.pick(POLITICAL_ROLES)}, ${country}`;
        if (random.chance(0.7)) aliases.push(stem);
        if (random.chance(0.2)) aliases.push(`${first.charAt(0)}. ${stem}`);
        break;
      }
      case 'company': {
        const suffix = random.pick(COMPANY_SUFFIXES);
        name = `${stem} ${suffix}`;
        companyNames.push(name);
        role = random.pick(['Carmaker', 'Battery maker', 'Electric-vehicle maker', 'Parts supplier', 'Chip designer', 'Investment firm']);
        if (random.chance(0.6)) aliases.push(stem);
        if (random.chance(0.3)) aliases.push(acronym(stem, suffix) + stem.charAt(1).toUpperCase());
        break;
      }
      case 'government':
        name = `${stem} Regional Government`;
        role = `Regional government, ${country}`;
        if (random.chance(0.5)) aliases.push(`${stem} authorities`);
        break;
      case 'agency': {
        const suffix = random.pick(AGENCY_SUFFIXES);
        name = `${stem} ${suffix}`;
        role = 'Government body overseeing trade and transport';
        if (random.chance(0.5)) aliases.push(acronym(stem, ...suffix.split(' ')) + stem.charAt(1).toUpperCase());
        break;
      }
      case 'organisation': {
        const suffix = random.pick(ORGANISATION_SUFFIXES);
        name = `${stem} ${suffix}`;
        role = random.pick(['Industry group', 'Trade union', 'Think tank', 'Business lobby']);
        if (random.chance(0.4)) aliases.push(acronym(stem, ...suffix.split(' ')) + stem.charAt(1).toUpperCase());
        break;
      }
    }
    claim(name);
    const uniqueAliases = aliases.filter(claim).slice(0, 2);
    let id = slugify(name, 50);
    for (let n = 2; ids.has(id); n++) id = `${slugify(name, 46)}-${n}`;
    ids.add(id);
    entities[index] = { id, name, kind, aliases: uniqueAliases, role, country };
  }
  return entities;
}

/** How an entity is written in a headline or a sentence: its name, sometimes an alias. */
const mention = (random: Random, entity: Entity) =>
  entity.aliases.length && random.chance(0.35) ? random.pick(entity.aliases) : entity.name;

function eventTitle(random: Random, kind: EventKind, people: Entity[], orgs: Entity[], outlet: Outlet | undefined) {
  const noun = random.pick(NOUNS);
  const adjective = random.pick(ADJECTIVES);
  const a = orgs[0] ?? people[0]!;
  const b = orgs[1] ?? people[1] ?? a;
  const person = people[0] ?? a;
  switch (kind) {
    case 'policy':
      return `${a.name} sets ${adjective} rules on ${noun}s`;
    case 'business':
      return `${a.name} ${random.pick(VERBS_PRESENT)} ${adjective} ${noun}`;
    case 'deal':
      return `${a.name} and ${b.name} agree ${adjective} ${noun} deal`;
    case 'meeting':
      return `${person.name} meets ${b.name} over ${noun}`;
    case 'report':
      return `${outlet?.name ?? 'A newspaper'} reports ${a.name} ${noun} talks`;
    case 'statement':
      return `${person.name} says ${noun} talks are ${random.pick(STATES)}`;
    case 'denial':
      return `${a.name} denies ${adjective} ${noun} report`;
  }
}

function makeEvents(random: Random, count: number, entities: Entity[], outlets: Outlet[]): StoryEvent[] {
  const span = EVENTS_UNTIL - EVENTS_FROM;
  // A few busy periods, as real stories have, on top of a steady trickle.
  const clusters = Array.from({ length: Math.max(1, Math.round(count / 15)) }, () => EVENTS_FROM + random.float() * span);
  const drafts = Array.from({ length: count }, (_, index) => {
    const planned = index > 0 && random.chance(0.06);
    let instant: number;
    if (index === 0) instant = EVENTS_FROM + random.float() * 364 * DAY_MS; // one event before every report
    else if (planned) instant = PLANNED_FROM + random.float() * (EVENTS_UNTIL - PLANNED_FROM - 40 * DAY_MS);
    else if (random.chance(0.4)) instant = random.pick(clusters) + (random.float() - 0.5) * 20 * DAY_MS;
    else instant = EVENTS_FROM + random.float() * span;
    instant = Math.min(Math.max(instant, EVENTS_FROM), EVENTS_UNTIL - 40 * DAY_MS);
    const precision = index === 0
      ? 'day'
      : random.weighted(planned ? [['day', 40], ['month', 60]] as const : [['day', 76], ['month', 17], ['year', 7]] as const);
    let date: string;
    let end: string | undefined;
    if (precision === 'day') {
      date = dayOf(instant);
      if (random.chance(0.09)) end = dayOf(instant + random.int(1, 4) * DAY_MS);
    } else if (precision === 'month') {
      date = monthOf(instant);
      if (random.chance(0.05)) end = monthOf(Date.UTC(new Date(instant).getUTCFullYear(), new Date(instant).getUTCMonth() + 1, 15));
    } else {
      date = yearOf(instant);
    }
    if (end && end.slice(0, 4) > '2026') end = undefined;
    const approximate = end ? random.chance(0.35) : random.chance(0.03);
    const kind = random.weighted(EVENT_KIND_WEIGHTS);
    const involved = random.sample(entities, random.int(1, Math.min(4, entities.length)));
    const people = involved.filter((entity) => entity.kind === 'person');
    const orgs = involved.filter((entity) => entity.kind !== 'person');
    const outlet = kind === 'report' && outlets.length ? random.pick(outlets) : undefined;
    const title = eventTitle(random, kind, people, orgs, outlet);
    const summary = `${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} involving ${involved.map((e) => e.name).join(', ')}; ` +
      `${random.pick(['officials', 'analysts', 'sources', 'executives'])} ${random.pick(VERBS_PAST)} the ${random.pick(NOUNS)}.`;
    return {
      title,
      date,
      end,
      approximate,
      planned,
      kind,
      summary,
      entities: involved.map((entity) => entity.id),
      outlets: outlet ? [outlet.id] : [],
      start: earliestUtc(date),
    };
  });
  // Numbered in timeline order, so file listings read chronologically.
  const ordered = drafts
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.start - b.event.start || a.index - b.index);
  return ordered.map(({ event }, index) => ({ ...event, id: `e${pad(index + 1, 4)}-${slugify(event.title, 44)}` }));
}

// ---------------------------------------------------------------------------------------------------
// Digests.

class Digest {
  private mentioned = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly entities: Entity[],
  ) {}

  /** The next entity to name: each of the report's entities in turn, then any of them again. */
  private name(): string {
    const unmentioned = this.entities.filter((entity) => !this.mentioned.has(entity.id));
    const entity = unmentioned.length && this.random.chance(0.8) ? unmentioned[0]! : this.random.pick(this.entities);
    const first = !this.mentioned.has(entity.id);
    this.mentioned.add(entity.id);
    // A first mention is usually the full name, as an editor would write it.
    return first && this.random.chance(0.7) ? entity.name : mention(this.random, entity);
  }

  private phrase(): string {
    const r = this.random;
    return r.chance(0.3) ? this.name() : `the ${r.chance(0.5) ? `${r.pick(ADJECTIVES)} ` : ''}${r.pick(NOUNS)}`;
  }

  sentence(): string {
    const r = this.random;
    const subject = r.chance(0.45) ? this.name() : `the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
    const parts = [
      subject,
      ...(r.chance(0.25) ? [r.pick(ADVERBS)] : []),
      r.pick(VERBS_PAST),
      'that',
      `the ${r.pick(NOUNS)}`,
      r.pick(MODALS),
      r.pick(VERBS_BASE),
      this.phrase(),
      r.pick(PREPOSITIONS),
      this.phrase(),
    ];
    if (r.chance(0.4)) parts.push(r.pick(['while', 'but', 'and', 'as']), this.phrase(), r.pick(VERBS_PAST), 'the', r.pick(NOUNS));
    return `${capitalise(parts.join(' '))}.`;
  }

  paragraph(words: number): string {
    const sentences: string[] = [];
    let count = 0;
    while (count < words) {
      const sentence = this.sentence();
      sentences.push(sentence);
      count += wordCount(sentence);
    }
    return sentences.join(' ');
  }

  list(): string {
    const r = this.random;
    const items = Array.from({ length: r.int(3, 4) }, () => `- ${capitalise(this.phrase())} ${r.pick(VERBS_PAST)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`);
    return `${capitalise(`the ${r.pick(NOUNS)} ${r.pick(VERBS_PAST)} ${r.int(3, 9)} points:`)}\n\n${items.join('\n')}`;
  }

  quote(): string {
    const r = this.random;
    const words = Array.from({ length: r.int(5, 9) }, () => r.pick([...NOUNS, ...ADJECTIVES, ...PREPOSITIONS, 'the', 'the']));
    return `> "${capitalise(words.join(' '))}," ${this.name()} ${r.pick(['said', 'told reporters', 'wrote'])}.`;
  }
}

function digestText(random: Random, entities: Entity[], targetWords: number, link: string): string {
  const digest = new Digest(random, entities);
  const blocks: string[] = [];
  let words = 0;
  while (words < targetWords || blocks.length === 0) {
    const paragraph = digest.paragraph(Math.min(random.int(45, 110), Math.max(10, targetWords - words)));
    blocks.push(paragraph);
    words += wordCount(paragraph);
  }
  const linked = random.int(0, blocks.length - 1);
  const text = random.pick(['the original article', 'a published filing', 'the company statement', 'an earlier report']);
  blocks[linked] += ` The ${random.pick(NOUNS)} is set out in [${text}](${link}).`;
  if (random.chance(0.15)) blocks.splice(random.int(1, blocks.length), 0, digest.list());
  if (random.chance(0.2)) blocks.splice(random.int(1, blocks.length), 0, digest.quote());
  return `${blocks.join('\n\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// Reports.

interface PublicationDate {
  published: string;
  updated?: string;
  /** Bounds of `published` as the checker reads them (UTC). */
  earliest: number;
  latest: number;
}

function publication(random: Random, instant: number): PublicationDate {
  const precision = random.weighted([['minute', 70], ['day', 22], ['month', 8]] as const);
  const offset: number | 'Z' = random.chance(0.55) ? 'Z' : random.pick(OFFSETS_MINUTES);
  const published = precision === 'minute' ? minuteOf(instant, offset) : precision === 'day' ? dayOf(instant) : monthOf(instant);
  let updated: string | undefined;
  if (random.chance(0.1)) {
    if (precision === 'minute') updated = minuteOf(instant + random.int(20, 3 * 24 * 60) * 60_000, offset);
    else if (precision === 'day') updated = random.chance(0.5) ? dayOf(instant + random.int(1, 5) * DAY_MS) : minuteOf(instant + random.int(1, 600) * 60_000, 'Z');
    else updated = dayOf(instant + random.int(35, 60) * DAY_MS);
  }
  return { published, updated, earliest: earliestUtc(published), latest: latestUtc(published) };
}

function headlineFor(random: Random, entities: Entity[]): string {
  const a = mention(random, entities[0]!);
  const b = mention(random, entities[1] ?? entities[0]!);
  const noun = random.pick(NOUNS);
  switch (random.int(0, 5)) {
    case 0:
      return `${a} ${random.pick(VERBS_PRESENT)} ${random.pick(ADJECTIVES)} ${noun} with ${b}`;
    case 1:
      return `${a} says ${noun} talks are ${random.pick(STATES)}`;
    case 2:
      return `Report: ${a} and ${b} in ${noun} talks`;
    case 3:
      return `${a} denies ${random.pick(ADJECTIVES)} ${noun} report`;
    case 4:
      return `Why the ${noun} matters for ${a}`;
    default:
      return `${a} ${random.pick(VERBS_PRESENT)} ${noun} as ${b} ${random.pick(VERBS_PRESENT)} ${random.pick(NOUNS)}`;
  }
}

function makeReports(random: Random, count: number, outlets: Outlet[], events: StoryEvent[], entities: Entity[], wordsPerDigest: number) {
  // Big outlets publish much more than small ones.
  const outletWeights = outlets.map((outlet, index) => [index, 1 / Math.pow(index + 1, 0.8)] as const);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const news = events.filter((event) => !event.planned && event.start >= REPORTS_FROM - 5 * DAY_MS);
  const instants = Array.from({ length: count }, () => {
    // Half the reports follow an event within days; the rest are spread over the two years.
    const instant = news.length && random.chance(0.5)
      ? random.pick(news).start + random.float() * 5 * DAY_MS
      : REPORTS_FROM + random.float() * (REPORTS_UNTIL - REPORTS_FROM);
    const clamped = Math.min(Math.max(instant, REPORTS_FROM + DAY_MS), REPORTS_UNTIL - 2 * DAY_MS);
    return Math.floor(clamped / 60_000) * 60_000;
  }).sort((a, b) => a - b);

  const files: [string, string][] = [];
  instants.forEach((instant, index) => {
    const number = pad(index + 1, 5);
    const outlet = outlets[random.weighted(outletWeights)]!;
    const dates = publication(random, instant);

    // Events: only those dated on or before publication, or planned ones still to come; mostly recent ones.
    const candidates = events.filter((event) => (event.planned ? event.start > dates.earliest : event.start <= dates.latest));
    const weights = candidates.map((event) =>
      event.planned ? 0.3 : Math.exp(-(dates.latest - event.start) / (90 * DAY_MS)) + 0.01,
    );
    const chosenEvents = random.sampleWeighted(weights, random.weighted([[1, 30], [2, 30], [3, 20], [4, 12], [5, 8]] as const))
      .map((i) => candidates[i]!);

    // Entities: those of its events first, then others, 2–12 in all.
    const target = Math.min(entities.length, random.weighted([[2, 10], [3, 16], [4, 16], [5, 14], [6, 12], [7, 9], [8, 7], [9, 6], [10, 4], [11, 3], [12, 3]] as const));
    const ids = [...new Set(chosenEvents.flatMap((event) => event.entities))].slice(0, target);
    for (const entity of random.sample(entities, target + 2)) if (ids.length < target && !ids.includes(entity.id)) ids.push(entity.id);
    const reportEntities = ids.map((id) => entityById.get(id)!);

    const cited = [...new Set(chosenEvents.flatMap((event) => event.outlets))].filter((id) => id !== outlet.id);
    const citeCount = random.weighted([[0, 55], [1, 35], [2, 10]] as const);
    for (const other of random.sample(outlets, 3)) if (cited.length < citeCount && other.id !== outlet.id && !cited.includes(other.id)) cited.push(other.id);
    const cites = cited.slice(0, 2);

    const headline = headlineFor(random, reportEntities);
    const translated = random.chance(0.03);
    const originalLanguage = translated
      ? (outlet.language.split('-')[0]! in FOREIGN_WORDS ? outlet.language : random.pick(Object.keys(FOREIGN_WORDS)))
      : undefined;
    const foreign = originalLanguage ? FOREIGN_WORDS[originalLanguage.split('-')[0]!]! : undefined;
    const language = translated ? 'en' : outlet.language;
    const attribution = random.chance(0.2) ? 'probable' : 'confirmed';
    const authors = random.sample(
      Array.from({ length: 3 }, () => `${random.pick(FIRST_NAMES)} ${random.pick(AUTHOR_SURNAMES)}`),
      random.weighted([[0, 25], [1, 45], [2, 20], [3, 10]] as const),
    );
    const [year, month, day] = dates.published.slice(0, 10).split('-');
    const slug = slugify(headline, 50);
    const url = random.chance(0.7)
      ? `https://${outlet.id}.example/${year}/${month}/${day ? `${day}/` : ''}${slug}-r${number}`
      : undefined;
    const caveats = [
      ...(attribution === 'probable' ? [`We could not confirm that ${outlet.name} published this report.`] : []),
      ...(dates.published.length === 7 ? ['The exact day of publication is not known.'] : []),
    ];
    const draft = random.chance(0.03);
    const citedNames = cites.map((id) => outlets.find((o) => o.id === id)!.name);
    const summary = `${outlet.name} reports that ${reportEntities[0]!.name} ${random.pick(VERBS_PAST)} the ${random.pick(ADJECTIVES)} ` +
      `${random.pick(NOUNS)}, citing ${citedNames.length ? citedNames.join(' and ') : 'its own sources'}.`;
    const link = url ?? `https://records.example.org/filings/${year}/${number}`;

    const lines = [
      '---',
      `headline: ${q(headline)}`,
      `source: ${outlet.id}`,
      `attribution: ${attribution}`,
      ...(authors.length ? [`authors: ${textList(authors)}`] : []),
      `published: ${q(dates.published)}`,
      ...(dates.updated ? [`updated: ${q(dates.updated)}`] : []),
      ...(url ? [`url: ${url}`] : []),
      `language: ${language}`,
      ...(originalLanguage && foreign
        ? [`translatedFrom: { language: ${originalLanguage}, headline: ${q(`${reportEntities[0]!.name} ${random.sample(foreign, random.int(4, 6)).join(' ')}`)} }`]
        : []),
      `summary: ${q(summary)}`,
      ...(chosenEvents.length ? [`events: ${idList(chosenEvents.map((event) => event.id))}`] : []),
      `entities: ${idList(reportEntities.map((entity) => entity.id))}`,
      ...(cites.length ? [`cites: ${idList(cites)}`] : []),
      ...(caveats.length ? [`caveats: ${textList(caveats)}`] : []),
      ...(draft ? ['draft: true'] : []),
      '---',
    ];
    const body = digestText(random, reportEntities, wordsPerDigest, link);
    const id = `r${number}-${slugify(`${outlet.name} ${headline}`, 60)}`;
    files.push([`reports/${id}.md`, `${lines.join('\n')}\n${body}`]);
  });
  return files;
}

// ---------------------------------------------------------------------------------------------------

function checkCount(name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`${name} must be a whole number of at least ${min} (got ${value})`);
}

/** A complete content folder: relative path → file text. Same options, byte-identical output. */
export function generateContent(options: GenerateOptions): Map<string, string> {
  const { reports, outlets: outletCount, events: eventCount, entities: entityCount, seed, wordsPerDigest } = {
    ...GENERATE_DEFAULTS,
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  } as Required<GenerateOptions>;
  checkCount('reports', reports, 1);
  checkCount('outlets', outletCount, 1);
  checkCount('events', eventCount, 1);
  checkCount('entities', entityCount, 1);
  checkCount('wordsPerDigest', wordsPerDigest, 1);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);

  const stems = inventedWords(new Random(seed, 'names'), outletCount + entityCount);
  const outlets = makeOutlets(new Random(seed, 'outlets'), outletCount, stems.slice(0, outletCount));
  const entities = makeEntities(new Random(seed, 'entities'), entityCount, stems.slice(outletCount));
  const events = makeEvents(new Random(seed, 'events'), eventCount, entities, outlets);
  const files = new Map<string, string>();

  files.set(
    'site.yaml',
    [
      `name: ${q('Synthetic Watch')}`,
      `tagline: ${q(`Synthetic content (seed ${seed}) for load tests: ${reports} reports from ${outletCount} outlets`)}`,
      'language: en',
      'timeZone: UTC',
      'story:',
      `  title: ${q('An invented story about carmakers, batteries and trade rules')}`,
      `  description: ${q('Generated content with the shape of the real story, used to measure the checker and the build.')}`,
      '  soFar:',
      ...[
        `Every name, date and report here is invented by scripts/generate-content.ts from seed ${seed}.`,
        `The ${eventCount} events run from 2024 to 2026; the ${reports} reports were published in 2025 and 2026.`,
      ].map((paragraph) => `    - ${q(paragraph)}`),
      '',
    ].join('\n'),
  );
  for (const outlet of outlets) {
    files.set(
      `sources/${outlet.id}.yaml`,
      [
        `name: ${q(outlet.name)}`,
        `homepage: https://${outlet.id}.example/`,
        ...(outlet.country ? [`country: ${outlet.country}`] : []),
        `language: ${outlet.language}`,
        `kind: ${outlet.kind}`,
        `description: ${q(SOURCE_DESCRIPTIONS[outlet.kind]!)}`,
        '',
      ].join('\n'),
    );
  }
  for (const entity of entities) {
    files.set(
      `entities/${entity.id}.yaml`,
      [
        `name: ${q(entity.name)}`,
        `kind: ${entity.kind}`,
        `role: ${q(entity.role)}`,
        `country: ${entity.country}`,
        ...(entity.aliases.length ? [`aliases: ${textList(entity.aliases)}`] : []),
        '',
      ].join('\n'),
    );
  }
  for (const event of events) {
    files.set(
      `events/${event.id}.yaml`,
      [
        `title: ${q(event.title)}`,
        `date: ${q(event.date)}`,
        ...(event.end ? [`end: ${q(event.end)}`] : []),
        ...(event.approximate ? ['approximate: true'] : []),
        ...(event.planned ? ['planned: true'] : []),
        `kind: ${event.kind}`,
        `summary: ${q(event.summary)}`,
        ...(event.entities.length ? [`entities: ${idList(event.entities)}`] : []),
        ...(event.outlets.length ? [`outlets: ${idList(event.outlets)}`] : []),
        '',
      ].join('\n'),
    );
  }
  for (const [path, text] of makeReports(new Random(seed, 'reports'), reports, outlets, events, entities, wordsPerDigest)) {
    files.set(path, text);
  }
  return files;
}
