// Schema of /story.json, the open-data export; its JSON Schema is published beside it as /story.schema.json.
import { z } from 'astro/zod';
import { DATE_KNOWLEDGE, DATE_PRECISIONS } from '../lib/dates';
import { CLAIM_BASES, CLAIM_STATUSES } from './claims';
import { ENTITY_KINDS } from './entities';
import { EVENT_KINDS } from './events';
import { ATTRIBUTIONS } from './reports';
import { SOURCE_KINDS } from './sources';
import { STORY_STATUSES } from './stories';

/** Bump the major version for any change that could break a consumer; see docs/open-data.md. */
export const STORY_EXPORT_VERSION = '2.1.0';

const keysOf = <T extends Record<string, unknown>>(labels: T) => z.enum(Object.keys(labels) as [keyof T & string]);
const id = z.string().describe('Stable id: the file name of the entry; also the last segment of its URL.');
const ids = (what: string) => z.array(z.string()).describe(`Ids of ${what}.`);
const url = z.url().describe('The page on this site.');
const storyIds = ids('the stories it is part of (`stories`)');
const storyDate = z
  .strictObject({
    value: z
      .string()
      .describe(
        'The date as written: "2025", "2026-02", "2026-02-16", "2026-02-13 or 2026-02-14" (one of those days) or "2026-02-16T15:45Z".',
      ),
    precision: z
      .enum(DATE_PRECISIONS)
      .describe('How precise `value` is; `days` means one of the listed days, not a span.'),
    known: z.enum(DATE_KNOWLEDGE).describe('How the date is known, approximation and plans included.'),
    iso: z
      .string()
      .nullable()
      .describe(
        'ISO 8601 at the precision known (e.g. "2026-02"); null when no ISO date is both true and this precise.',
      ),
    earliest: z.iso.datetime().describe('The earliest instant the date may denote (bounds, not a claim of precision).'),
    latest: z.iso.datetime().describe('The latest instant the date may denote.'),
  })
  .describe('A date that never claims more precision than is known, with the interval it may denote.');
const priority = (what: string) =>
  z
    .strictObject({
      reports: ids(`the reports that may have ${what} first; one when the dates prove it`),
      known: z.boolean().describe('True only when the dates prove which report came first.'),
    })
    .describe(`Which report in the collection ${what} first, as far as the dates show.`);

export const storyExportSchema = z
  .strictObject({
    $schema: z.url().describe('The JSON Schema this document follows.'),
    schemaVersion: z.literal(STORY_EXPORT_VERSION).describe('Semantic version of this format.'),
    story: z.strictObject({
      title: z.string(),
      description: z.string(),
      site: z.string().describe('Name of the site that publishes the export.'),
      url: z.url().describe('Home page of the site.'),
      language: z.string(),
      timeZone: z.string().describe('IANA zone in which the site shows times.'),
    }),
    stories: z
      .array(
        z.strictObject({
          id,
          url: z.url().describe('The story’s front page on this site.'),
          title: z.string(),
          description: z.string(),
          status: keysOf(STORY_STATUSES).describe(
            '"developing" while reports come in, "quiet" when they have stopped for now, "concluded" when it is over.',
          ),
          started: storyDate.nullable().describe('When the story began, as precisely as known; null when not known.'),
        }),
      )
      .describe('The stories the site follows, newest development first.'),
    outlets: z.array(
      z.strictObject({
        id,
        url,
        name: z.string(),
        homepage: z.url(),
        country: z.string().nullable().describe('ISO 3166-1 code; null when not known.'),
        language: z.string(),
        kind: keysOf(SOURCE_KINDS).nullable().describe('What sort of outlet it is; null when not known.'),
      }),
    ),
    entities: z.array(
      z.strictObject({
        id,
        url,
        name: z.string(),
        kind: keysOf(ENTITY_KINDS),
        role: z.string(),
        country: z.string().nullable().describe('ISO 3166-1 code; null when no source states it.'),
        aliases: z.array(z.string()),
      }),
    ),
    events: z.array(
      z.strictObject({
        id,
        url,
        stories: storyIds,
        title: z.string(),
        date: storyDate,
        end: storyDate.nullable(),
        approximate: z.boolean(),
        planned: z.boolean(),
        kind: keysOf(EVENT_KINDS),
        summary: z.string(),
        entities: ids('entities involved'),
        outlets: ids('outlets whose reporting the event is'),
        firstCoverage: priority('covered it'),
      }),
    ),
    reports: z.array(
      z.strictObject({
        id,
        url,
        stories: storyIds,
        headline: z.string(),
        outlet: z.string().describe('Id of the outlet that published it.'),
        attribution: keysOf(ATTRIBUTIONS),
        authors: z.array(z.string()),
        published: storyDate,
        publishedAfter: z
          .string()
          .nullable()
          .describe('Id of an event the report is known to have followed; null when none is recorded.'),
        updated: storyDate.nullable(),
        originalUrl: z.url().nullable().describe('The original article; null when not known.'),
        language: z.string(),
        translatedFrom: z.strictObject({ language: z.string(), headline: z.string() }).nullable(),
        summary: z.string(),
        events: ids('events it covers'),
        entities: ids('entities it names'),
        cites: ids('outlets it relies on'),
        claims: z.array(z.strictObject({ claim: z.string(), mentionsResponse: z.boolean().nullable() })),
        caveats: z.array(z.string()),
      }),
    ),
    claims: z.array(
      z.strictObject({
        id,
        url,
        stories: storyIds,
        statement: z.string(),
        status: keysOf(CLAIM_STATUSES).describe(
          'Where the claim stands now: the last status in `history`. "on-record" means said publicly, not verified.',
        ),
        titled: z
          .string()
          .describe('The statement with its status before it, as the site names the claim: "Denied: …".'),
        basis: keysOf(CLAIM_BASES).describe(
          'What the claim rests on: "on-record" means attributed to a named person or body (whether they said it publicly is in `status` and `basisNote`), "unnamed-sources" anonymous sources, "not-sourced" no source given.',
        ),
        claimant: z
          .string()
          .nullable()
          .describe('Id of the entity that made it on the record; null for unnamed or no sources.'),
        brokenBy: z
          .string()
          .nullable()
          .describe('Id of the outlet that broke it; null for a public statement or when not known.'),
        firstCarried: priority('carried it'),
        basisNote: z.string().nullable(),
        entities: ids('entities it is about'),
        events: ids('events where it was made or answered'),
        history: z.array(
          z.strictObject({
            status: keysOf(CLAIM_STATUSES),
            date: storyDate,
            approximate: z.boolean(),
            outlet: z.string().nullable(),
            entity: z.string().nullable(),
            note: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .describe('The whole story graph: stories, outlets, entities, events, reports and claims, linked by id.');

export type StoryExport = z.output<typeof storyExportSchema>;
