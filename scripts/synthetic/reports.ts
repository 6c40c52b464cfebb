// Synthetic reports: who published them and when, what they cover and whom they name, in frontmatter fields.
import { idFromWords } from '../../src/lib/ids';
import { pad, mention, type Entity, type Outlet } from './cast';
import {
  DAY_MS,
  dayOf,
  earliestOf,
  latestOf,
  minuteOf,
  monthOf,
  OFFSETS_MINUTES,
  REPORTS_FROM,
  REPORTS_UNTIL,
} from './dates';
import { digestText } from './digest';
import type { StoryEvent } from './events';
import type { Random } from './random';
import {
  ADJECTIVES,
  AUTHOR_SURNAMES,
  FIRST_NAMES,
  FOREIGN_WORDS,
  NOUNS,
  STATES,
  VERBS_PAST,
  VERBS_PRESENT,
} from './vocabulary';

interface PublicationDate {
  published: string;
  updated?: string;
  /** Bounds of `published` as the checker reads them (UTC). */
  earliest: number;
  latest: number;
}

function publication(random: Random, instant: number): PublicationDate {
  const precision = random.weighted([
    ['minute', 70],
    ['day', 22],
    ['month', 8],
  ] as const);
  const offset: number | 'Z' = random.chance(0.55) ? 'Z' : random.pick(OFFSETS_MINUTES);
  const published =
    precision === 'minute' ? minuteOf(instant, offset) : precision === 'day' ? dayOf(instant) : monthOf(instant);
  let updated: string | undefined;
  if (random.chance(0.1)) {
    if (precision === 'minute') updated = minuteOf(instant + random.int(20, 3 * 24 * 60) * 60_000, offset);
    else if (precision === 'day')
      updated = random.chance(0.5)
        ? dayOf(instant + random.int(1, 5) * DAY_MS)
        : minuteOf(instant + random.int(1, 600) * 60_000, 'Z');
    else updated = dayOf(instant + random.int(35, 60) * DAY_MS);
  }
  return { published, updated, earliest: earliestOf(published), latest: latestOf(published) };
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

/** A report: its id, its frontmatter fields in the order editors write them, and its digest. */
export interface SyntheticReport {
  id: string;
  /** The stories it belongs to: its first event's (one, or now and then both of an event two stories share). */
  stories: string[];
  fields: Record<string, unknown>;
  digest: string;
  /** The last instant it can have been published (UTC). */
  latest: number;
}

export function makeReports(
  random: Random,
  count: number,
  outlets: Outlet[],
  events: StoryEvent[],
  entities: Entity[],
  wordsPerDigest: number,
  storiesOf: Map<string, string[]>,
): SyntheticReport[] {
  // Big outlets publish much more than small ones.
  const outletWeights = outlets.map((_, index) => [index, 1 / Math.pow(index + 1, 0.8)] as const);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const news = events.filter((event) => !event.planned && event.start >= REPORTS_FROM - 5 * DAY_MS);
  const instants = Array.from({ length: count }, () => {
    // Half the reports follow an event within days; the rest are spread over the two years.
    const instant =
      news.length && random.chance(0.5)
        ? random.pick(news).start + random.float() * 5 * DAY_MS
        : REPORTS_FROM + random.float() * (REPORTS_UNTIL - REPORTS_FROM);
    const clamped = Math.min(Math.max(instant, REPORTS_FROM + DAY_MS), REPORTS_UNTIL - 2 * DAY_MS);
    return Math.floor(clamped / 60_000) * 60_000;
  }).sort((a, b) => a - b);

  return instants.map((instant, index) => {
    const number = pad(index + 1, 5);
    const outlet = outlets[random.weighted(outletWeights)]!;
    const dates = publication(random, instant);

    // Events: only those dated on or before publication, or planned ones still to come; mostly recent ones.
    const candidates = events.filter((event) =>
      event.planned ? event.start > dates.earliest : event.start <= dates.latest,
    );
    const weight = (event: StoryEvent) =>
      event.planned ? 0.3 : Math.exp(-(dates.latest - event.start) / (90 * DAY_MS)) + 0.01;
    const eventCount = random.weighted([
      [1, 30],
      [2, 30],
      [3, 20],
      [4, 12],
      [5, 8],
    ] as const);
    // The first event decides the stories (a report of an event two stories share belongs to both, half the time);
    // the others come from events in every one of those stories, so each link stays inside its stories.
    const [first] = random.sampleWeighted(candidates.map(weight), 1).map((i) => candidates[i]!);
    // (Event 0 comes before every report, so there is always a first; were there none, the earliest event's story.)
    const firstStories = storiesOf.get((first ?? events[0]!).id)!;
    const reportStories = firstStories.length > 1 && random.chance(0.5) ? firstStories : firstStories.slice(0, 1);
    const others = candidates.filter(
      (event) => event !== first && reportStories.every((story) => storiesOf.get(event.id)!.includes(story)),
    );
    const chosenEvents = [
      ...(first ? [first] : []),
      ...random.sampleWeighted(others.map(weight), eventCount - 1).map((i) => others[i]!),
    ];

    // Entities: those of its events first, then others, 2–12 in all.
    const target = Math.min(
      entities.length,
      random.weighted([
        [2, 10],
        [3, 16],
        [4, 16],
        [5, 14],
        [6, 12],
        [7, 9],
        [8, 7],
        [9, 6],
        [10, 4],
        [11, 3],
        [12, 3],
      ] as const),
    );
    const ids = [...new Set(chosenEvents.flatMap((event) => event.entities))].slice(0, target);
    for (const entity of random.sample(entities, target + 2))
      if (ids.length < target && !ids.includes(entity.id)) ids.push(entity.id);
    const reportEntities = ids.map((id) => entityById.get(id)!);

    const cited = [...new Set(chosenEvents.flatMap((event) => event.outlets))].filter((id) => id !== outlet.id);
    const citeCount = random.weighted([
      [0, 55],
      [1, 35],
      [2, 10],
    ] as const);
    for (const other of random.sample(outlets, 3))
      if (cited.length < citeCount && other.id !== outlet.id && !cited.includes(other.id)) cited.push(other.id);
    const cites = cited.slice(0, 2);

    const headline = headlineFor(random, reportEntities);
    const translated = random.chance(0.03);
    const originalLanguage = translated
      ? outlet.language.split('-')[0]! in FOREIGN_WORDS
        ? outlet.language
        : random.pick(Object.keys(FOREIGN_WORDS))
      : undefined;
    const foreign = originalLanguage ? FOREIGN_WORDS[originalLanguage.split('-')[0]!]! : undefined;
    const language = translated ? 'en' : outlet.language;
    const attribution = random.chance(0.2) ? 'probable' : 'confirmed';
    const authors = random.sample(
      Array.from({ length: 3 }, () => `${random.pick(FIRST_NAMES)} ${random.pick(AUTHOR_SURNAMES)}`),
      random.weighted([
        [0, 25],
        [1, 45],
        [2, 20],
        [3, 10],
      ] as const),
    );
    const [year, month, day] = dates.published.slice(0, 10).split('-');
    const slug = idFromWords(headline, 8);
    const url = random.chance(0.7)
      ? `https://${outlet.id}.example/${year}/${month}/${day ? `${day}/` : ''}${slug}-r${number}`
      : undefined;
    const caveats = [
      // Our prose marks an outlet that probably published a report wherever it names it (probable-outlet-in-prose).
      ...(attribution === 'probable' ? [`The outlet, probably ${outlet.name}, is not confirmed.`] : []),
      ...(dates.published.length === 7 ? ['The exact day of publication is not known.'] : []),
    ];
    const draft = random.chance(0.03);
    const citedNames = cites.map((id) => outlets.find((o) => o.id === id)!.name);
    const summary =
      `${outlet.name}${attribution === 'probable' ? ' (probable)' : ''} reports that ${reportEntities[0]!.name} ${random.pick(VERBS_PAST)} the ${random.pick(ADJECTIVES)} ` +
      `${random.pick(NOUNS)}, citing ${citedNames.length ? citedNames.join(' and ') : 'its own sources'}.`;
    const link = url ?? `https://records.example.org/filings/${year}/${number}`;

    const translatedFrom =
      originalLanguage && foreign
        ? {
            language: originalLanguage,
            headline: `${reportEntities[0]!.name} ${random.sample(foreign, random.int(4, 6)).join(' ')}`,
          }
        : undefined;
    const fields = {
      headline,
      source: outlet.id,
      attribution,
      authors: authors.length ? authors : undefined,
      published: dates.published,
      updated: dates.updated,
      // Added to the site the day after it can last have been published: a date in the content, never the build's.
      added: dayOf(latestOf(dates.published) + 1),
      url,
      language,
      translatedFrom,
      summary,
      events: chosenEvents.length ? chosenEvents.map((event) => event.id) : undefined,
      entities: reportEntities.map((entity) => entity.id),
      cites: cites.length ? cites : undefined,
      caveats: caveats.length ? caveats : undefined,
      draft: draft || undefined,
    };
    const digest = digestText(random, reportEntities, wordsPerDigest, link);
    return {
      id: `r${number}-${idFromWords(`${outlet.name} ${headline}`, 10)}`,
      stories: reportStories,
      fields,
      digest,
      latest: dates.latest,
    };
  });
}
