// The collection registry: each collection editors write, declared once — its schema, where its files live, what
// readers call an entry, how the browser editor lists it, and which of its fields point at which collection. The
// content loader (src/content.config.ts), the checker (src/checker/), the editor's form (src/cms/) and the graph's
// reference check (src/lib/graph/references.ts) all read it; none keeps a table of its own.
import type { z } from 'astro/zod';
import { claimSchema } from '../schemas/claims';
import { entitySchema } from '../schemas/entities';
import { eventSchema } from '../schemas/events';
import type { ReferenceFn } from '../schemas/reference';
import { reportSchema } from '../schemas/reports';
import { sourceSchema } from '../schemas/sources';
import { storySchema } from '../schemas/stories';

/** The collections' names, in the order files are read and reported. */
export const COLLECTION_NAMES = ['stories', 'sources', 'entities', 'events', 'reports', 'claims'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** How the browser editor (src/cms/) lists a collection. */
export interface CmsText {
  /** Its place in the editor's list of collections: what editors add most often first. */
  position: number;
  label: string;
  singular: string;
  description: string;
  /** Where an entry's page is, relative to the site's root (Decap's `preview_path`). */
  page: string;
  /** The list line of an entry (Decap's `summary`); the identifying field when not given. */
  summary?: string;
  /** The date field the list is sorted by, newest first. */
  newestFirst?: string;
}

export interface CollectionSpec {
  /** The folder under the content folder, and the extension of the files read directly inside it. */
  folder: string;
  extension: '.yaml' | '.md';
  /** What readers and the checker's messages call one entry. */
  noun: string;
  /** Whether the site builds with no file in it. */
  mayBeEmpty: boolean;
  /** Its zod schema (src/schemas/), given the `reference()` that checks links between entries. */
  schema: (reference: ReferenceFn) => z.ZodObject;
  /**
   * The fields that hold ids of entries of another collection, by path ("history.outlet": the `outlet` of each
   * entry of the `history` list), each with the collection it names. The schema's `reference()` calls say the same;
   * tests/unit/collection-registry.test.ts holds the two, the editor's relation menus and the checker to it.
   */
  references: Readonly<Record<string, CollectionName>>;
  cms: CmsText;
}

export const COLLECTIONS = {
  stories: {
    folder: 'stories',
    extension: '.yaml',
    noun: 'story',
    mayBeEmpty: false,
    schema: () => storySchema,
    references: {},
    cms: {
      position: 6,
      label: 'Stories',
      singular: 'Story',
      description:
        'The developing stories the site follows: each has a front page. Reports, events and claims name the stories they belong to.',
      page: 'stories/{{slug}}/',
      summary: '{{title}}',
    },
  },
  sources: {
    folder: 'sources',
    extension: '.yaml',
    noun: 'outlet',
    mayBeEmpty: false,
    schema: () => sourceSchema,
    references: {},
    cms: {
      position: 3,
      label: 'Outlets',
      singular: 'Outlet',
      description: 'Publications that report on the story, or are only cited by those that do.',
      page: 'sources/{{slug}}/',
      summary: '{{name}}',
    },
  },
  entities: {
    folder: 'entities',
    extension: '.yaml',
    noun: 'entity',
    mayBeEmpty: false,
    schema: () => entitySchema,
    references: {},
    cms: {
      position: 4,
      label: 'People and organisations',
      singular: 'Person or organisation',
      description: 'The people, companies, governments and agencies the story names.',
      page: 'entities/{{slug}}/',
      summary: '{{name}} · {{role}}',
    },
  },
  events: {
    folder: 'events',
    extension: '.yaml',
    noun: 'event',
    mayBeEmpty: false,
    schema: eventSchema,
    references: { stories: 'stories', entities: 'entities', outlets: 'sources' },
    cms: {
      position: 2,
      label: 'Events',
      singular: 'Event',
      description: 'The dated developments that make up the timeline.',
      page: 'events/{{slug}}/',
      // `__list` is filled in by the admin page as it reads each file: the date as readers see it, then the title.
      summary: '{{__list}}',
      newestFirst: 'date',
    },
  },
  reports: {
    folder: 'reports',
    extension: '.md',
    noun: 'report',
    mayBeEmpty: false,
    schema: reportSchema,
    references: {
      stories: 'stories',
      source: 'sources',
      publishedAfter: 'events',
      events: 'events',
      entities: 'entities',
      cites: 'sources',
      'claims.claim': 'claims',
    },
    cms: {
      position: 1,
      label: 'Reports',
      singular: 'Report',
      description:
        'One article by one outlet, with our digest of it. A new report is a draft until you turn off "Draft". After each save the form says what still needs fixing and links to the report’s page.',
      page: 'reports/{{slug}}/',
      // The date in words and the outlet's name (not its id) before the headline; drafts marked (the admin page).
      summary: '{{__list}}',
      newestFirst: 'published',
    },
  },
  // A story can be followed before anyone has pinned down its claims.
  claims: {
    folder: 'claims',
    extension: '.yaml',
    noun: 'claim',
    mayBeEmpty: true,
    schema: claimSchema,
    references: {
      claimant: 'entities',
      brokenBy: 'sources',
      stories: 'stories',
      entities: 'entities',
      events: 'events',
      'history.outlet': 'sources',
      'history.entity': 'entities',
    },
    cms: {
      position: 5,
      label: 'Claims',
      singular: 'Claim',
      description: 'Statements made in the story, who made them, and what became of them.',
      page: 'claims/{{slug}}/',
    },
  },
} as const satisfies Record<CollectionName, CollectionSpec>;

/** Each collection's schema as its factory builds it (the types Astro and the checker see). */
export type CollectionSchemas = { [C in CollectionName]: ReturnType<(typeof COLLECTIONS)[C]['schema']> };

/** Every collection's schema built with one `reference()`: the checker's, Astro's or the editor's. */
export const collectionSchemas = (reference: ReferenceFn): CollectionSchemas =>
  Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, COLLECTIONS[name].schema(reference)]),
  ) as unknown as CollectionSchemas;

/** One reference field: the collection holding it, its path, and the collection whose ids it holds. */
export interface ReferenceField {
  owner: CollectionName;
  path: string;
  /** The field as the owner's file spells it at the top level ("history" for "history.outlet"). */
  field: string;
  target: CollectionName;
}

/** Every reference field of every collection, in registry order. */
export const REFERENCE_FIELDS: ReferenceField[] = COLLECTION_NAMES.flatMap((owner) =>
  Object.entries(COLLECTIONS[owner].references as Record<string, CollectionName>).map(([path, target]) => ({
    owner,
    path,
    field: path.split('.')[0],
    target,
  })),
);

/** The file an id of a collection lives in, e.g. "content/sources/bloomberg.yaml". */
export const fileFor = (collection: CollectionName, id: string, contentDir = 'content') =>
  `${contentDir}/${COLLECTIONS[collection].folder}/${id}${COLLECTIONS[collection].extension}`;

/** The folder of a collection, e.g. "content/entities/". */
export const folderFor = (collection: CollectionName, contentDir = 'content') =>
  `${contentDir}/${COLLECTIONS[collection].folder}/`;

/** The settings file that names the site. */
export const SITE_FILE = 'site.yaml';
