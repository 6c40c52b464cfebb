// The shapes of the browser editor's configuration (Decap CMS): what src/cms/config.ts produces, what the admin
// page's file writer (src/cms/browser/files.ts) reads from it, and the zod schema as the form's walk reads it.
import type { z } from 'astro/zod';
import type { DatePrecision } from '../lib/dates';

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
  sortable_fields?: (string | { field: string; default_sort: 'asc' | 'desc' })[];
  /** Where the entry's page is, relative to the site's root: the admin page links to it after a save. */
  preview_path?: string;
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
  logo: { src: string; show_in_header: boolean };
  media_folder: string;
  media_library: { name: string };
  slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
  editor: { preview: boolean };
  collections: CmsCollection[];
  story: {
    /** Where the dev site answers with the checker's verdict after a save (the admin page shows it). */
    check?: string;
    /** The site's time zone, for dates in lists as readers see them. */
    timeZone: string;
    /** Outlets' names by id, for the reports list. */
    outlets: Record<string, string>;
  };
}

export interface CmsConfigOptions {
  /**
   * `local`: the dev site, with decap-server at `localBackendUrl` on the content folder itself (paths relative to it).
   * `github`: a production build; paths are relative to the repository root.
   */
  backend:
    | { name: 'local'; url?: string }
    | { name: 'github'; repo: string; branch?: string; baseUrl?: string; authEndpoint?: string };
  /** The content folder (default: src/lib/content-dir.ts, CONTENT_DIR or content/). */
  contentDir?: string;
  /** The repository root, for the GitHub backend's paths (default: the working directory). */
  repoRoot?: string;
  /** The site's address, for Decap's "view site" link. */
  siteUrl?: string;
}

/** A zod schema as the walk reads it: its definition (`def.type`, `def.shape`, `def.checks`…) and description. */
export type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string }; description?: string };
