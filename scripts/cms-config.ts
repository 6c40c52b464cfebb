// The browser editor's configuration (Decap CMS, served at /admin/), generated from the zod schemas in src/schemas/:
// never written by hand, so a field added to a schema appears in the form with its description as the hint.
//
//   npm run cms:config                          print the configuration the dev site serves (local backend)
//   npm run cms:config -- --github owner/repo   the configuration a production build writes (GitHub backend)
//   npm run cms:config -- --out <file>          write it to a file instead of printing it
//
// The dev site (`npm run edit`, `npm run dev`) generates it on every request of /admin/config.yml, and a build with
// CMS_GITHUB_REPO set writes it into dist/admin/ (src/integrations/cms.ts): no generated file is committed.
// docs/cms.md explains the mapping; tests/unit/cms-config.test.ts proves every schema field is in the form.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { parse, stringify } from 'yaml';
import { COLLECTIONS, SITE_FILE, type CollectionName } from '../src/lib/collections';
import type { DatePrecision } from '../src/lib/dates';
import * as claims from '../src/schemas/claims';
import * as common from '../src/schemas/common';
import * as corrections from '../src/schemas/corrections';
import * as entities from '../src/schemas/entities';
import * as events from '../src/schemas/events';
import { idReference, type ReferenceFn } from '../src/schemas/reference';
import * as reports from '../src/schemas/reports';
import * as site from '../src/schemas/site';
import * as sources from '../src/schemas/sources';

/** A Decap field, plus `story`: what the admin page's file writer needs (removed before Decap sees the config). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  multiple?: boolean;
  min?: number;
  field?: CmsField;
  fields?: CmsField[];
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  story?: FieldStory;
}

/** How a hand-written file spells a field, and what the form fills in for a new entry. */
export interface FieldStory {
  /** Written in double quotes: dates (their written form is their precision) and our own words. */
  quote?: true;
  /** The schema's default: a value equal to it is left out of the file, as a hand-written file leaves it out. */
  default?: unknown;
  /** The precisions a date field accepts. */
  date?: DatePrecision[];
  /** A new entry gets the editor's date of today (UTC, as `new:report` writes it): a fact, never the build date. */
  today?: true;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension: 'md' | 'yaml';
  format: string;
  create?: boolean;
  delete?: boolean;
  identifier_field?: string;
  slug?: string;
  summary?: string;
  sortable_fields?: string[];
  view_filters?: { label: string; field: string; pattern: boolean | string }[];
  fields?: CmsField[];
  /** The fields a new entry's file name is made from, as `npm run new:*` makes it. */
  story?: { id_from: string[] };
}

export interface CmsConfig {
  backend: Record<string, string>;
  local_backend?: boolean | { url: string };
  site_url?: string;
  display_url?: string;
  locale: string;
  media_folder: string;
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: CmsCollection[];
  /** Where the dev site answers with the checker's verdict after a save (the admin page shows it). */
  story?: { check?: string };
}

export interface CmsConfigOptions {
  /**
   * `local`: the dev site, with decap-server at `localBackendUrl` on the content folder itself (paths relative to it).
   * `github`: a production build; paths are relative to the repository root.
   */
  backend:
    | { name: 'local'; url?: string }
    | { name: 'github'; repo: string; branch?: string; baseUrl?: string; authEndpoint?: string };
  /** The content folder (default CONTENT_DIR or content/). */
  contentDir?: string;
  /** The repository root, for the GitHub backend's paths (default: the working directory). */
  repoRoot?: string;
  /** The site's address, for Decap's "view site" link. */
  siteUrl?: string;
}

/** decap-server's address when `npm run edit` is not told otherwise. */
export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

// ---- the zod walk ----------------------------------------------------------------------------------------------

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string }; description?: string };

/** `reference()` stand-ins that remember which collection each field refers to (by the schema's definition). */
function markingReference(): { reference: ReferenceFn; referenced: WeakMap<object, CollectionName> } {
  const referenced = new WeakMap<object, CollectionName>();
  const reference: ReferenceFn = (collection) => {
    const schema = idReference(collection);
    // Keyed by the definition, which zod shares with the copies `.describe()` and `.meta()` make.
    referenced.set((schema as unknown as AnySchema).def, collection);
    return schema;
  };
  return { reference, referenced };
}

/** One sample of every written form of a date, in the order they are listed to editors. */
export const DATE_SAMPLES: Record<DatePrecision, { sample: string; words: string }> = {
  year: { sample: '2025', words: 'a year' },
  month: { sample: '2026-02', words: 'a month' },
  day: { sample: '2026-02-16', words: 'a day' },
  days: { sample: '2026-02-13 or 2026-02-14', words: 'one of several days' },
  minute: { sample: '2026-02-16T15:45Z', words: 'a time, with Z or an offset such as -03:00' },
};

const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
/** The written form of each precision, as a regular expression (calendar checks are the checker's). */
const DATE_FORMS: Record<DatePrecision, string> = {
  year: '\\d{4}',
  month: '\\d{4}-(0[1-9]|1[0-2])',
  day: DAY,
  days: `${DAY}( or ${DAY})+`,
  minute: `${DAY}T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,3})?)?(Z|[+-](0\\d|1[0-4]):[0-5]\\d)`,
};

/** A pattern accepting exactly the written forms of these precisions. */
export const datePattern = (precisions: readonly DatePrecision[]) =>
  `^(${precisions.map((precision) => `(${DATE_FORMS[precision]})`).join('|')})$`;

const dateFormsHint = (precisions: readonly DatePrecision[]) =>
  `Accepted: ${precisions.map((precision) => `"${DATE_SAMPLES[precision].sample}" (${DATE_SAMPLES[precision].words})`).join(' · ')}. Never more precise than known.`;

/**
 * The precisions a field accepts when it is one of our dates: a string field whose value parses into a `StoryDate`.
 * Found by trying one sample of each written form, so a new date field needs no change here.
 */
function datePrecisions(schema: AnySchema): DatePrecision[] | undefined {
  if (schema.def.type !== 'pipe') return undefined;
  const accepted = (Object.keys(DATE_SAMPLES) as DatePrecision[]).filter((precision) => {
    const result = schema.safeParse(DATE_SAMPLES[precision].sample);
    return result.success && typeof result.data === 'object' && result.data !== null && 'precision' in result.data;
  });
  return accepted.length ? accepted : undefined;
}

interface Unwrapped {
  schema: AnySchema;
  optional: boolean;
  defaultValue?: unknown;
  description?: string;
}

/** Peels `.optional()` and `.default()` off a field, keeping the outermost description. */
function unwrap(schema: AnySchema): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let description = schema.description;
  while (current.def.type === 'optional' || current.def.type === 'default') {
    optional = true;
    if (current.def.type === 'default') {
      const value = current.def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
    }
    current = current.def.innerType as AnySchema;
    description ??= current.description;
  }
  return { schema: current, optional, defaultValue, description };
}

/** The label maps exported beside the schemas (EVENT_KINDS, CLAIM_STATUSES…): an enum's options read as words. */
const LABEL_MAPS: Record<string, unknown>[] = [
  claims,
  common,
  corrections,
  entities,
  events,
  reports,
  site,
  sources,
].flatMap((module) =>
  Object.values(module).filter(
    (value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !('def' in value),
  ),
);

function optionLabel(values: string[], value: string): string {
  const map = LABEL_MAPS.find((candidate) => {
    const keys = Object.keys(candidate);
    return keys.length === values.length && values.every((key) => keys.includes(key));
  });
  const label = map?.[value];
  if (typeof label === 'string') return label;
  if (typeof label === 'object' && label && 'label' in label) return String(label.label);
  return value;
}

/** Words for a field name where "camelCase → Camel case" would read badly in a newsroom. */
const LABELS: Record<string, string> = {
  source: 'Outlet',
  url: 'Original address',
  homepage: 'Home page',
  entities: 'People and organisations',
  brokenBy: 'Broken by',
  soFar: 'The story so far',
  timeZone: 'Time zone',
  mentionsResponse: 'Mentions the response',
};
const labelOf = (name: string) =>
  LABELS[name] ??
  `${name[0].toUpperCase()}${name.slice(1).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`.replace(
    / url$/,
    ' address',
  );

/** One item of a list field, for its "Add" button. */
const SINGULAR: Record<string, string> = { history: 'Status change', soFar: 'Paragraph' };
const singularOf = (name: string) =>
  SINGULAR[name] ?? labelOf(name).replace(/ies$/, 'y').replace(/ses$/, 's').replace(/s$/, '');

/** Free text that fits on one line (names, headlines); any other free text is our own words, in a text area. */
const ONE_LINE = new Set(['headline', 'title', 'name', 'role', 'tagline', 'authors', 'aliases']);

/** The field a collection's entries are named by in lists, searches and relation menus. */
const NAME_FIELDS = ['headline', 'title', 'name', 'statement'];
export const nameField = (shape: Record<string, unknown>) => NAME_FIELDS.find((field) => field in shape);

/** Which check's message to show when a string does not match its pattern. */
function stringPattern(schema: AnySchema): [string, string] | undefined {
  const def = schema.def as {
    format?: string;
    protocol?: RegExp;
    error?: () => string;
    checks?: { _zod: { def: Record<string, unknown> } }[];
  };
  if (def.format === 'url') {
    const protocol = def.protocol?.source.replace(/^\^|\$$/g, '') ?? 'https?';
    // "https://…" needs its slashes; "mailto:…" has none.
    const slashes = /mailto|tel/.test(protocol) ? '(//)?' : '//';
    return [`^(${protocol}):${slashes}[^\\s]+$`, def.error?.() ?? 'use a full address'];
  }
  for (const check of def.checks ?? []) {
    const { format, pattern, error } = check._zod.def as { format?: string; pattern?: RegExp; error?: () => string };
    if (format === 'regex' && pattern) return [pattern.source, error?.() ?? `must match ${pattern.source}`];
  }
  return undefined;
}

interface WalkContext {
  referenced: WeakMap<object, CollectionName>;
  /** Where the field is, for error messages: "reports.claims[].claim". */
  path: string;
}

/** The widget of a single value (a field, or the items of a list). */
function widgetFor(
  name: string,
  schema: AnySchema,
  context: WalkContext,
): Omit<CmsField, 'name' | 'label' | 'required'> {
  const collection = context.referenced.get(schema.def);
  if (collection) {
    const shape = COLLECTION_SCHEMAS[collection].shape;
    const search = nameField(shape) ?? 'title';
    return {
      widget: 'relation',
      collection,
      value_field: '{{slug}}',
      search_fields: [search],
      display_fields: [search],
      options_length: 1000,
    };
  }
  const precisions = datePrecisions(schema);
  if (precisions) {
    return {
      widget: 'string',
      pattern: [
        datePattern(precisions),
        `write ${precisions.map((precision) => `"${DATE_SAMPLES[precision].sample}"`).join(', ')} (${precisions.map((precision) => DATE_SAMPLES[precision].words).join(', ')}): never more precise than known`,
      ],
      story: { quote: true, date: precisions },
    };
  }
  switch (schema.def.type) {
    case 'string': {
      const pattern = stringPattern(schema);
      // Codes and addresses are written bare (`language: en`, `timeZone: UTC`); our own words in quotes.
      if (pattern) return { widget: 'string', pattern };
      const refined = (schema.def.checks as { _zod: { def: { check: string } } }[] | undefined)?.some(
        (check) => check._zod.def.check === 'custom',
      );
      if (refined) return { widget: 'string' };
      return { widget: ONE_LINE.has(name) ? 'string' : 'text', story: { quote: true } };
    }
    case 'enum': {
      const values = Object.values(schema.def.entries as Record<string, string>);
      return { widget: 'select', options: values.map((value) => ({ label: optionLabel(values, value), value })) };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema, context) };
    case 'array': {
      const element = unwrap(schema.def.element as AnySchema).schema;
      const item = widgetFor(name, element, { ...context, path: `${context.path}[]` });
      const min = (schema.def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find(
        (check) => check._zod.def.check === 'min_length',
      )?._zod.def.minimum;
      const bounds = min ? { min } : {};
      if (item.widget === 'relation') return { ...item, multiple: true, ...bounds };
      if (item.widget === 'object') {
        const [first, second] = item.fields!.filter((field) => field.widget !== 'object' && field.widget !== 'list');
        return {
          widget: 'list',
          label_singular: singularOf(name),
          summary: [first, second]
            .filter(Boolean)
            .map((field) => `{{fields.${field.name}}}`)
            .join(' · '),
          collapsed: false,
          fields: item.fields,
          ...bounds,
        };
      }
      return {
        widget: 'list',
        collapsed: false,
        field: { name: 'item', label: singularOf(name), required: true, ...item },
        ...bounds,
      };
    }
    default:
      throw new Error(
        `scripts/cms-config.ts: ${context.path} is a zod "${schema.def.type}", which has no form widget yet: teach widgetFor() this type`,
      );
  }
}

/** Every field of an object schema, in the schema's order, as form fields. */
function fieldsOf(schema: AnySchema, context: WalkContext): CmsField[] {
  const shape = schema.def.shape as Record<string, AnySchema>;
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const { schema: inner, optional, defaultValue, description } = unwrap(fieldSchema);
    const widget = widgetFor(name, inner, { ...context, path: `${context.path}.${name}` });
    const isEmptyDefault = Array.isArray(defaultValue) && defaultValue.length === 0;
    const story: FieldStory = {
      ...widget.story,
      ...(defaultValue !== undefined && !isEmptyDefault ? { default: defaultValue } : {}),
    };
    const precisions = story.date;
    const hint = [description, precisions ? dateFormsHint(precisions) : undefined].filter(Boolean).join(' ');
    const field: CmsField = {
      name,
      label: labelOf(name),
      ...widget,
      required: !optional,
      ...(hint ? { hint } : {}),
      ...(Object.keys(story).length ? { story } : { story: undefined }),
    };
    if (!field.story) delete field.story;
    if (field.widget === 'object' && !field.required) {
      optionalWithin(field.fields!, field.label);
      field.collapsed = true; // folded away until the editor needs it
    }
    return field;
  });
}

/**
 * Decap checks the required fields of an object left empty as if it were filled in, so an optional object (a report's
 * `translatedFrom`) could never be left out: its fields are optional in the form and say when they are needed. The
 * checker still refuses a half-filled object.
 */
function optionalWithin(fields: CmsField[], parent: string) {
  for (const field of fields) {
    if (field.required || field.min) {
      field.hint = `${field.hint ? `${field.hint} ` : ''}Needed when “${parent}” is filled in${field.min ? ` (at least ${field.min})` : ''}.`;
      field.required = false;
      delete field.min;
    }
    if (field.widget === 'object') optionalWithin(field.fields!, parent);
  }
}

// ---- collections -------------------------------------------------------------------------------------------------

const walker = markingReference();

/** Each collection's schema, built with the marking `reference()` so relation fields can be found. */
const COLLECTION_SCHEMAS = {
  reports: reports.reportSchema(walker.reference),
  events: events.eventSchema(walker.reference),
  sources: sources.sourceSchema,
  entities: entities.entitySchema,
  claims: claims.claimSchema(walker.reference),
} satisfies Record<CollectionName, z.ZodObject>;

/** The collections in the order the editor lists them: what editors add most often first. */
const ORDER: CollectionName[] = ['reports', 'events', 'sources', 'entities', 'claims'];

const COLLECTION_TEXT: Record<CollectionName, { label: string; singular: string; description: string }> = {
  reports: {
    label: 'Reports',
    singular: 'Report',
    description:
      'One article by one outlet, with our digest of it. A new report is a draft until you clear "Draft". Saving writes content/reports/<outlet>-<headline words>.md; the checker then lists anything wrong (docs/authoring.md).',
  },
  events: { label: 'Events', singular: 'Event', description: 'The dated developments that make up the timeline.' },
  sources: {
    label: 'Outlets',
    singular: 'Outlet',
    description: 'Publications that report on the story, or are only cited by those that do.',
  },
  entities: {
    label: 'People and organisations',
    singular: 'Person or organisation',
    description: 'The people, companies, governments and agencies the story names.',
  },
  claims: {
    label: 'Claims',
    singular: 'Claim',
    description: 'Statements made in the story, who made them, and what became of them.',
  },
};

/** Lists read like a newsroom's: the date and outlet before the headline; drafts marked. */
const SUMMARIES: Partial<Record<CollectionName, string>> = {
  reports: "{{published}} · {{source}} · {{headline}}{{draft | ternary(' · DRAFT', '')}}",
  events: '{{date}} · {{title}}',
  entities: '{{name}} · {{role}}',
  sources: '{{name}}',
};

/** The digest: the Markdown body below a report's frontmatter (not a schema field). */
const DIGEST: CmsField = {
  name: 'body',
  label: 'Digest',
  widget: 'markdown',
  required: false,
  hint: 'Our digest in our own words, at most about 180 words: lead with what this report adds beyond the scoop it relays, then the essentials. Name every person or organisation you tagged. Headlines, names, figures and short quotes of named people may be used as they are, in quotation marks and attributed.',
  buttons: ['bold', 'italic', 'link', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: [],
  modes: ['raw', 'rich_text'],
};

/** The form's own defaults for a new report, as `npm run new:report` writes them. */
function newReportDefaults(fields: CmsField[], siteLanguage: string | undefined) {
  for (const field of fields) {
    if (field.name === 'draft') field.default = true;
    if (field.name === 'attribution') field.default = 'confirmed';
    if (field.name === 'language' && siteLanguage) field.default = siteLanguage;
    if (field.name === 'added') field.story = { ...field.story, today: true };
  }
}

function readSiteLanguage(contentDir: string): string | undefined {
  const file = join(contentDir, SITE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    const language = (parse(readFileSync(file, 'utf8')) as { language?: unknown } | null)?.language;
    return typeof language === 'string' ? language : undefined;
  } catch {
    return undefined;
  }
}

/** `reference()` for schemas the form is made from: relation fields are found by it. */
export const formReference = walker.reference;

/** The form fields of any object schema built with `formReference` (the tests add fields to ours this way). */
export const schemaFields = (schema: z.ZodObject, path = 'schema'): CmsField[] =>
  fieldsOf(schema as unknown as AnySchema, { referenced: walker.referenced, path });

/** The fields of one collection as the form shows them. */
export const collectionFields = (collection: CollectionName | 'site'): CmsField[] =>
  schemaFields(collection === 'site' ? site.siteSchema : COLLECTION_SCHEMAS[collection], collection);

/** The whole configuration for one backend. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  const contentDir = options.contentDir ?? process.env.CONTENT_DIR ?? 'content';
  // decap-server runs on the content folder itself; GitHub sees the repository, where it is e.g. "content/".
  const prefix =
    options.backend.name === 'local'
      ? ''
      : `${relative(resolve(options.repoRoot ?? '.'), resolve(contentDir))
          .split('\\')
          .join('/')}/`;
  if (prefix.startsWith('../'))
    throw new Error(`the content folder ${contentDir} is outside the repository ${options.repoRoot ?? '.'}`);
  const siteLanguage = readSiteLanguage(contentDir);

  const collections: CmsCollection[] = ORDER.map((name) => {
    const fields = collectionFields(name);
    const identifier = nameField(COLLECTION_SCHEMAS[name].shape)!;
    if (name === 'reports') {
      newReportDefaults(fields, siteLanguage);
      fields.push(DIGEST);
    }
    const extension = COLLECTIONS[name].extension.slice(1) as 'md' | 'yaml';
    const sortable = ['published', 'date', 'added', identifier].filter((field) =>
      fields.some((candidate) => candidate.name === field),
    );
    return {
      name,
      label: COLLECTION_TEXT[name].label,
      label_singular: COLLECTION_TEXT[name].singular,
      description: COLLECTION_TEXT[name].description,
      folder: `${prefix}${COLLECTIONS[name].folder}`,
      extension,
      format: `story-${name}`,
      create: true,
      // A published entry's file name is its URL: never renamed or deleted from the form.
      delete: false,
      identifier_field: identifier,
      // The file name is made on save from these fields by the admin page, as `npm run new:*` makes it; Decap adds
      // "-1", "-2" when the name is taken, so nothing is ever overwritten.
      slug: '{{fields.__id}}',
      story: { id_from: name === 'reports' ? ['source', identifier] : [identifier] },
      summary: SUMMARIES[name] ?? `{{${identifier}}}`,
      sortable_fields: sortable,
      ...(fields.some((field) => field.name === 'draft')
        ? { view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }] }
        : {}),
      fields,
    };
  });
  collections.push({
    name: 'site',
    label: 'Site and story',
    description: 'The site’s name and the story it follows (content/site.yaml).',
    extension: 'yaml',
    format: 'story-site',
    files: [{ name: 'site', label: 'Site and story', file: `${prefix}${SITE_FILE}`, fields: collectionFields('site') }],
  });

  const backend = options.backend;
  const github =
    backend.name === 'github'
      ? {
          name: 'github',
          repo: backend.repo,
          branch: backend.branch ?? 'main',
          ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
          ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
        }
      : undefined;
  const localUrl = backend.name === 'local' ? (backend.url ?? DEFAULT_LOCAL_BACKEND) : undefined;
  return {
    // Locally, decap-server (started by `npm run edit`) reads and writes the content folder; Decap uses it only when
    // the page is on localhost. The proxy backend is what it then talks to.
    backend: github ?? { name: 'proxy', proxy_url: localUrl! },
    ...(localUrl ? { local_backend: localUrl === 'http://localhost:8081/api/v1' ? true : { url: localUrl } } : {}),
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    locale: 'en',
    // Uploads are not offered (no image widget or button); Decap requires a media folder all the same.
    media_folder: `${prefix}media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections,
    ...(localUrl ? { story: { check: 'check.json' } } : {}),
  };
}

const HEADER = `# Generated from src/schemas/ by scripts/cms-config.ts (npm run cms:config): do not edit by hand.
# The "story" keys are read by the admin page's file writer and removed before Decap CMS sees the configuration.
`;

export const cmsConfigYaml = (options: CmsConfigOptions) =>
  `${HEADER}${stringify(cmsConfig(options), { lineWidth: 0 })}`;

// ---- command line ------------------------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      github: { type: 'string' },
      branch: { type: 'string' },
      'base-url': { type: 'string' },
      local: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(`Usage: npm run cms:config -- [--github owner/repo [--branch main] [--base-url https://oauth.example.com]] [--local <decap-server url>] [--out file]

Prints the browser editor's configuration, generated from src/schemas/. Without --github: the one the dev site
serves to \`npm run edit\` (local backend on the content folder). With it: the one a build writes into dist/admin/.`);
    process.exit(0);
  }
  const text = cmsConfigYaml({
    backend: values.github
      ? { name: 'github', repo: values.github, branch: values.branch, baseUrl: values['base-url'] }
      : { name: 'local', url: values.local },
  });
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
