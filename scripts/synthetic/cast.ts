// The cast of synthetic content: outlets and entities with invented names that never collide with each other
// or with a word of the generated text (the site links names at word boundaries).
import { idFromWords } from '../../src/lib/ids';
import type { Random } from './random';
import {
  AGENCY_SUFFIXES,
  CODAS,
  COMPANY_SUFFIXES,
  COUNTRIES,
  ENTITY_KIND_WEIGHTS,
  FIRST_NAMES,
  LANGUAGE_OF,
  ONSETS,
  ORGANISATION_SUFFIXES,
  OUTLET_NOUNS,
  PERSON_ROLES,
  POLITICAL_ROLES,
  RESERVED,
  SOURCE_KIND_WEIGHTS,
  VOWELS,
  type EntityKind,
} from './vocabulary';

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
export const pad = (value: number, width = 2) => String(value).padStart(width, '0');

export interface Outlet {
  id: string;
  name: string;
  language: string;
  country?: string;
  kind: string;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  role: string;
  country: string;
}

/** Unique invented words (surnames, brand stems), none of them a word the generated text uses. */
export function inventedWords(random: Random, count: number): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < count) {
    const syllables = random.weighted([
      [2, 6],
      [3, 3],
    ] as const);
    let word = '';
    for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
    word += random.pick(CODAS);
    if (word.length < 4 || word.length > 11 || seen.has(word) || RESERVED.has(word)) continue;
    seen.add(word);
    words.push(capitalise(word));
  }
  return words;
}

export function makeOutlets(random: Random, count: number, stems: string[]): Outlet[] {
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

export function makeEntities(random: Random, count: number, stems: string[]): Entity[] {
  const used = new Set<string>(); // every name and alias, across all entities
  const ids = new Set<string>();
  const kinds = Array.from({ length: count }, () => random.weighted(ENTITY_KIND_WEIGHTS));
  const entities: Entity[] = [];
  const companyNames: string[] = [];
  const reserveName = (name: string) => {
    if (used.has(name) || RESERVED.has(name.toLowerCase())) return false;
    used.add(name);
    return true;
  };
  const acronym = (...words: string[]) => words.map((word) => word.charAt(0).toUpperCase()).join('');
  // Organisations first, so people's roles can name a company.
  const order = kinds
    .map((kind, index) => ({ kind, index }))
    .sort((a, b) => Number(a.kind === 'person') - Number(b.kind === 'person'));
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
        role =
          companyNames.length && random.chance(0.7)
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
        role = random.pick([
          'Carmaker',
          'Battery maker',
          'Electric-vehicle maker',
          'Parts supplier',
          'Chip designer',
          'Investment firm',
        ]);
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
    reserveName(name);
    const uniqueAliases = aliases.filter(reserveName).slice(0, 2);
    let id = idFromWords(name, 6);
    for (let n = 2; ids.has(id); n++) id = `${idFromWords(name, 6)}-${n}`;
    ids.add(id);
    entities[index] = { id, name, kind, aliases: uniqueAliases, role, country };
  }
  return entities;
}

/** How an entity is written in a headline or a sentence: its name, sometimes an alias. */
export const mention = (random: Random, entity: Entity) =>
  entity.aliases.length && random.chance(0.35) ? random.pick(entity.aliases) : entity.name;
