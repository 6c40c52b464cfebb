// The browser editor's whole configuration (Decap CMS at /admin/), made from the collections' form fields: where each
// collection's files are, how lists read, what a new entry starts with, and the backend. The dev site serves it
// (src/integrations/cms-dev-server.ts), a build with CMS_GITHUB_REPO writes it, `npm run cms:config` prints it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { COLLECTION_NAMES, COLLECTIONS, SITE_FILE, type CmsText, type CollectionName } from '../lib/collections';
import { contentDir as defaultContentDir } from '../lib/content-dir';
import { collectionFields } from './fields';
import { nameField } from './labels';
import { COLLECTION_SCHEMAS } from './schemas';
import type { CmsCollection, CmsConfig, CmsConfigOptions, CmsField } from './types';

/** decap-server's address when `npm run edit` is not told otherwise. */
export const DEFAULT_LOCAL_BACKEND = 'http://127.0.0.1:8081/api/v1';

/** The collections in the order the editor lists them (the registry's `cms.position`). */
const ORDER = [...COLLECTION_NAMES].sort((a, b) => COLLECTIONS[a].cms.position - COLLECTIONS[b].cms.position);

/** Outlets' names by id, for lists that show the outlet a report is from. */
function namesById(contentDir: string, name: CollectionName): Record<string, string> {
  const folder = join(contentDir, COLLECTIONS[name].folder);
  if (!existsSync(folder)) return {};
  const names: Record<string, string> = {};
  for (const file of readdirSync(folder)) {
    if (!file.endsWith(COLLECTIONS[name].extension)) continue;
    let data: { name?: unknown } | null;
    try {
      data = parse(readFileSync(join(folder, file), 'utf8')) as { name?: unknown } | null;
    } catch {
      continue; // the checker reports a file it cannot read
    }
    if (typeof data?.name === 'string') names[file.slice(0, -COLLECTIONS[name].extension.length)] = data.name;
  }
  return names;
}

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

/** A text field of the site file; none when the file is missing or cannot be read (the checker reports it). */
function readSiteField(contentDir: string, name: string): string | undefined {
  let data: Record<string, unknown> | null;
  try {
    data = parse(readFileSync(join(contentDir, SITE_FILE), 'utf8')) as Record<string, unknown> | null;
  } catch {
    return undefined;
  }
  const value = data?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** One folder collection: its files (under `prefix`), how its list reads and sorts, and its form. */
function folderCollection(name: CollectionName, prefix: string, siteLanguage: string | undefined): CmsCollection {
  const fields = collectionFields(name);
  // Every report, event and claim belongs to a story (the checker's story-membership rule): the form asks for one.
  // No default, even on a site that follows one story: Decap's relation menu then counts a new, untouched form as
  // changed ("Not saved" instead of "Not saved yet").
  const membership = fields.find((field) => field.name === 'stories');
  if (membership) Object.assign(membership, { required: true, min: 1 });
  const identifier = nameField(COLLECTION_SCHEMAS[name].shape)!;
  if (name === 'reports') {
    newReportDefaults(fields, siteLanguage);
    fields.push(DIGEST);
  }
  const { folder, extension, cms }: { folder: string; extension: string; cms: CmsText } = COLLECTIONS[name];
  const sortable = ['published', 'date', 'added', identifier]
    .filter((field) => fields.some((candidate) => candidate.name === field))
    .map((field) => (field === cms.newestFirst ? { field, default_sort: 'desc' as const } : field));
  return {
    name,
    label: cms.label,
    label_singular: cms.singular,
    description: cms.description,
    folder: `${prefix}${folder}`,
    extension: extension.slice(1) as 'md' | 'yaml',
    format: `story-${name}`,
    create: true,
    // A published entry's file name is its URL: never renamed or deleted from the form.
    delete: false,
    identifier_field: identifier,
    // The file name is made on save from these fields by the admin page, as `npm run new:*` makes it; Decap adds
    // "-1", "-2" when the name is taken, so nothing is ever overwritten.
    slug: '{{fields.__id}}',
    story: { id_from: name === 'reports' ? ['source', identifier] : [identifier] },
    summary: cms.summary ?? `{{${identifier}}}`,
    preview_path: cms.page,
    sortable_fields: sortable,
    ...(fields.some((field) => field.name === 'draft')
      ? { view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }] }
      : {}),
    fields,
  };
}

/** The whole configuration for one backend. */
export function cmsConfig(options: CmsConfigOptions): CmsConfig {
  const contentDir = options.contentDir ?? defaultContentDir;
  // decap-server runs on the content folder itself; GitHub sees the repository, where it is e.g. "content/".
  const prefix =
    options.backend.name === 'local'
      ? ''
      : `${relative(resolve(options.repoRoot ?? '.'), resolve(contentDir))
          .split('\\')
          .join('/')}/`;
  if (prefix.startsWith('../'))
    throw new Error(`the content folder ${contentDir} is outside the repository ${options.repoRoot ?? '.'}`);
  const siteLanguage = readSiteField(contentDir, 'language');

  const collections: CmsCollection[] = ORDER.map((name) => folderCollection(name, prefix, siteLanguage));
  collections.push({
    name: 'site',
    label: 'Site',
    description: 'The site’s name and settings.',
    extension: 'yaml',
    format: 'story-site',
    preview_path: '',
    files: [{ name: 'site', label: 'Site', file: `${prefix}${SITE_FILE}`, fields: collectionFields('site') }],
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
    // The site's name on the login page and above the collections (an image the dev site and the build write).
    logo: { src: 'logo.svg', show_in_header: true },
    // Uploads are not offered (no image widget or button, and the admin page registers a media library that shows no
    // Media tab); Decap requires a media folder all the same.
    media_folder: `${prefix}media`,
    media_library: { name: 'none' },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    collections,
    story: {
      ...(localUrl ? { check: 'check.json' } : {}),
      timeZone: readSiteField(contentDir, 'timeZone') ?? 'UTC',
      outlets: namesById(contentDir, 'sources'),
    },
  };
}

// The header names the command that prints the configuration (the same text the dev site serves and a build writes).
const HEADER = `# Generated from src/schemas/ by scripts/cms-config.ts (npm run cms:config): do not edit by hand.
# The "story" keys are read by the admin page's file writer and removed before Decap CMS sees the configuration.
`;

/** The configuration as the YAML file Decap loads (admin/config.yml). */
export const cmsConfigYaml = (options: CmsConfigOptions) =>
  `${HEADER}${stringify(cmsConfig(options), { lineWidth: 0 })}`;
