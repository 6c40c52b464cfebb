// Reads the real files under content/ the way Astro's loaders do, for tests that check them against the schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';

export const contentRoot = resolve(import.meta.dirname, '../../content');

export interface ContentFile {
  /** The entry id: the file name without its extension. */
  id: string;
  /** Path relative to content/, for readable failure messages. */
  file: string;
  data: unknown;
}

export interface ReportFile extends ContentFile {
  body: string;
}

/**
 * Parses YAML like Astro's js-yaml loader: YAML 1.2 core schema plus timestamps, so an unquoted
 * date becomes a `Date` (and fails the schema) here just as it does in a build.
 */
export const parseYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] });

const filesIn = (folder: string, extension: string) =>
  readdirSync(join(contentRoot, folder))
    .filter((name) => name.endsWith(extension))
    .sort();

/** Every `<id>.yaml` of a data collection (sources, entities, events). */
export function readYamlCollection(folder: 'sources' | 'entities' | 'events'): ContentFile[] {
  return filesIn(folder, '.yaml').map((name) => ({
    id: name.slice(0, -'.yaml'.length),
    file: `${folder}/${name}`,
    data: parseYaml(readFileSync(join(contentRoot, folder, name), 'utf8')),
  }));
}

/** Every report: frontmatter (read by Astro's own frontmatter parser) and Markdown body. */
export function readReports(): ReportFile[] {
  return filesIn('reports', '.md').map((name) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(join(contentRoot, 'reports', name), 'utf8'));
    return { id: name.slice(0, -'.md'.length), file: `reports/${name}`, data: frontmatter, body: content };
  });
}

/** content/site.yaml. */
export function readSite(): ContentFile {
  return { id: 'site', file: 'site.yaml', data: parseYaml(readFileSync(join(contentRoot, 'site.yaml'), 'utf8')) };
}
