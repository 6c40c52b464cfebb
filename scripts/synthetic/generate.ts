// Synthetic content for load tests and benchmarks: a whole content folder, deterministic from a seed.
// Pure: returns file texts by relative path; scripts/generate-content.ts writes them to disk.
import { Document, visit } from 'yaml';
import { COLLECTIONS } from '../../src/lib/collections';
import { fileNameFor } from '../../src/lib/ids';
import { inventedWords, makeEntities, makeOutlets } from './cast';
import { dayOf, EVENTS_FROM } from './dates';
import { makeEvents } from './events';
import { Random } from './random';
import { makeReports } from './reports';
import { makeStories, type SyntheticStory } from './stories';
import { SOURCE_DESCRIPTIONS } from './vocabulary';

export interface GenerateOptions {
  reports: number;
  outlets?: number;
  events?: number;
  entities?: number;
  /** How many stories the events and reports are split among; by default one per 100 reports, at least one. */
  stories?: number;
  /**
   * File every entry under one story, everything else as `stories` would make it: the same reports, events and
   * entities in one story, for the benchmark's single-story build beside the many-story one.
   */
  asOneStory?: boolean;
  seed?: number;
  /** Approximate length of each report's digest, in words. */
  wordsPerDigest?: number;
}

export const GENERATE_DEFAULTS = { outlets: 50, events: 200, entities: 500, seed: 1, wordsPerDigest: 300 } as const;

/** One story per this many reports, unless asked for another number. */
export const REPORTS_PER_STORY = 100;
const defaultStories = (reports: number) => Math.max(1, Math.round(reports / REPORTS_PER_STORY));

/** The story every entry belongs to when the content is filed under one (`asOneStory`). */
const ONE_STORY = 'synthetic-story';

/**
 * Fields as YAML, the way editors write them: strings in double quotes (so a date keeps its precision and
 * never becomes a timestamp), absent fields left out, and lists of ids or names on one line unless `nested`
 * asks for the block style (site.yaml's paragraphs).
 */
function toYaml(fields: Record<string, unknown>, { nested = 'flow' }: { nested?: 'flow' | 'block' } = {}): string {
  const document = new Document(fields);
  if (nested === 'flow') {
    visit(document, {
      Seq: (_, node) => {
        node.flow = true;
      },
      Map: (_, node) => {
        if (node !== document.contents) node.flow = true;
      },
    });
  }
  return document.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    flowCollectionPadding: false,
  });
}

const pathOf = (collection: keyof typeof COLLECTIONS, id: string) =>
  `${COLLECTIONS[collection].folder}/${fileNameFor(id, COLLECTIONS[collection].extension)}`;

function checkCount(name: string, value: number, min: number) {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`${name} must be a whole number of at least ${min} (got ${value})`);
}

/** A story's file: its title and dek, status, start, and "so far" as of its newest report. */
function storyFile(story: SyntheticStory, reports: { count: number; latest: number } | undefined, seed: number) {
  const first = story.events[0]!;
  const last = story.events.at(-1)!;
  const happened = story.events.filter((event) => !event.planned).map((event) => event.start);
  const asOf = reports?.latest ?? Math.max(...happened, EVENTS_FROM);
  const count = reports?.count ?? 0;
  const follow = count === 0 ? 'no report follows' : count === 1 ? 'one report follows' : `${count} reports follow`;
  return toYaml(
    {
      title: story.title,
      description: story.description,
      status: story.status,
      started: story.started,
      soFarAsOf: dayOf(asOf),
      soFar: [
        `Every name, date and report here is invented by scripts/generate-content.ts from seed ${seed}.`,
        story.events.length === 1
          ? `Its one event is dated ${first.date}; ${follow} it.`
          : `Its ${story.events.length} events run from ${first.date} to ${last.date}; ${follow} them.`,
      ],
    },
    { nested: 'block' },
  );
}

/** A complete content folder: relative path → file text. Same options, byte-identical output. */
export function generateContent(options: GenerateOptions): Map<string, string> {
  const {
    reports,
    outlets: outletCount,
    events: eventCount,
    entities: entityCount,
    stories: storyCount,
    asOneStory,
    seed,
    wordsPerDigest,
  } = {
    asOneStory: false,
    ...GENERATE_DEFAULTS,
    stories: Math.min(defaultStories(options.reports), options.events ?? GENERATE_DEFAULTS.events),
    ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
  } as Required<GenerateOptions>;
  checkCount('reports', reports, 1);
  checkCount('outlets', outletCount, 1);
  checkCount('events', eventCount, 1);
  checkCount('entities', entityCount, 1);
  checkCount('stories', storyCount, 1);
  checkCount('wordsPerDigest', wordsPerDigest, 1);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number (got ${seed})`);

  const stems = inventedWords(new Random(seed, 'names'), outletCount + entityCount);
  const outlets = makeOutlets(new Random(seed, 'outlets'), outletCount, stems.slice(0, outletCount));
  const entities = makeEntities(new Random(seed, 'entities'), entityCount, stems.slice(outletCount));
  const events = makeEvents(new Random(seed, 'events'), eventCount, entities, outlets);
  const { stories, storiesOf } = makeStories(new Random(seed, 'stories'), storyCount, events, entities);
  const made = makeReports(new Random(seed, 'reports'), reports, outlets, events, entities, wordsPerDigest, storiesOf);
  const storiesOfEntry = (own: string[]) => (asOneStory ? [ONE_STORY] : own);
  const files = new Map<string, string>();

  files.set(
    'site.yaml',
    toYaml(
      {
        name: 'Synthetic Watch',
        tagline: `Synthetic content (seed ${seed}) for load tests: ${reports} reports from ${outletCount} outlets`,
        language: 'en',
        timeZone: 'UTC',
      },
      { nested: 'block' },
    ),
  );
  if (asOneStory) {
    files.set(
      pathOf('stories', ONE_STORY),
      toYaml(
        {
          title: 'An invented story about carmakers, batteries and trade rules',
          description: 'Generated content with the shape of the real story, used to measure the checker and the build.',
          status: 'developing',
          soFarAsOf: dayOf(made.reduce((latest, report) => Math.max(latest, report.latest), 0)),
          soFar: [
            `Every name, date and report here is invented by scripts/generate-content.ts from seed ${seed}.`,
            `The ${eventCount} events run from 2024 to 2026; the ${reports} reports were published in 2025 and 2026.`,
          ],
        },
        { nested: 'block' },
      ),
    );
  } else {
    const reportsIn = new Map<string, { count: number; latest: number }>();
    for (const report of made.filter(({ fields }) => !fields.draft))
      for (const id of report.stories) {
        const tally = reportsIn.get(id) ?? { count: 0, latest: 0 };
        reportsIn.set(id, { count: tally.count + 1, latest: Math.max(tally.latest, report.latest) });
      }
    for (const story of stories)
      files.set(pathOf('stories', story.id), storyFile(story, reportsIn.get(story.id), seed));
  }
  for (const { id, name, country, language, kind } of outlets) {
    const homepage = `https://${id}.example/`;
    files.set(
      pathOf('sources', id),
      toYaml({ name, homepage, country, language, kind, description: SOURCE_DESCRIPTIONS[kind] }),
    );
  }
  for (const { id, name, kind, role, country, aliases } of entities) {
    files.set(
      pathOf('entities', id),
      toYaml({ name, kind, role, country, aliases: aliases.length ? aliases : undefined }),
    );
  }
  for (const {
    id,
    title,
    date,
    end,
    approximate,
    planned,
    kind,
    summary,
    entities: involved,
    outlets: reporting,
  } of events) {
    files.set(
      pathOf('events', id),
      toYaml({
        stories: storiesOfEntry(storiesOf.get(id)!),
        title,
        date,
        end,
        approximate: approximate || undefined,
        planned: planned || undefined,
        kind,
        summary,
        entities: involved.length ? involved : undefined,
        outlets: reporting.length ? reporting : undefined,
      }),
    );
  }
  for (const { id, stories: own, fields, digest } of made) {
    files.set(pathOf('reports', id), `---\n${toYaml({ stories: storiesOfEntry(own), ...fields })}---\n${digest}`);
  }
  return files;
}
