// The CMS's collections and backends (src/cms/config.ts), key by key: what Decap lists, how entries are
// named, sorted and filtered, the defaults of a new report, and where each backend reads and writes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms';
import type { CmsCollection } from '../../src/cms/types';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const local = cmsConfig({ backend: { name: 'local' }, contentDir: 'content' });
const collection = (name: string) => local.collections.find((candidate) => candidate.name === name)!;
const withoutFields = ({ fields: _fields, ...rest }: CmsCollection) => rest;
const field = (collectionName: string, name: string) =>
  collection(collectionName).fields!.find((f) => f.name === name)!;

describe('the CMS’s collections', () => {
  it('are listed reports first, each with its words, files, naming, order and filters', () => {
    expect(local.collections.map(withoutFields)).toEqual([
      {
        name: 'reports',
        label: 'Reports',
        label_singular: 'Report',
        description:
          'One article by one outlet, with our digest of it. A new report is a draft until you turn off "Draft". After each save the form says what still needs fixing and links to the report’s page.',
        folder: 'reports',
        extension: 'md',
        format: 'story-reports',
        create: true,
        delete: false,
        identifier_field: 'headline',
        slug: '{{fields.__id}}',
        story: { id_from: ['source', 'headline'] },
        // The list line (date in words, outlet's name, headline) is filled in by the CMS as it reads a file.
        summary: '{{__list}}',
        preview_path: 'reports/{{slug}}/',
        sortable_fields: [{ field: 'published', default_sort: 'desc' }, 'added', 'headline'],
        view_filters: [{ label: 'Drafts', field: 'draft', pattern: true }],
      },
      {
        name: 'events',
        label: 'Events',
        label_singular: 'Event',
        description: 'The dated developments that make up the timeline.',
        folder: 'events',
        extension: 'yaml',
        format: 'story-events',
        create: true,
        delete: false,
        identifier_field: 'title',
        slug: '{{fields.__id}}',
        story: { id_from: ['title'] },
        summary: '{{__list}}',
        preview_path: 'events/{{slug}}/',
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
      },
      {
        name: 'sources',
        label: 'Outlets',
        label_singular: 'Outlet',
        description: 'Publications that report on the story, or are only cited by those that do.',
        folder: 'sources',
        extension: 'yaml',
        format: 'story-sources',
        create: true,
        delete: false,
        identifier_field: 'name',
        slug: '{{fields.__id}}',
        story: { id_from: ['name'] },
        summary: '{{name}}',
        preview_path: 'sources/{{slug}}/',
        sortable_fields: ['name'],
      },
      {
        name: 'entities',
        label: 'People and organisations',
        label_singular: 'Person or organisation',
        description: 'The people, companies, governments and agencies the story names.',
        folder: 'entities',
        extension: 'yaml',
        format: 'story-entities',
        create: true,
        delete: false,
        identifier_field: 'name',
        slug: '{{fields.__id}}',
        story: { id_from: ['name'] },
        summary: '{{name}} · {{role}}',
        preview_path: 'entities/{{slug}}/',
        sortable_fields: ['name'],
      },
      {
        name: 'claims',
        label: 'Claims',
        label_singular: 'Claim',
        description: 'Statements made in the story, who made them, and what became of them.',
        folder: 'claims',
        extension: 'yaml',
        format: 'story-claims',
        create: true,
        delete: false,
        identifier_field: 'statement',
        slug: '{{fields.__id}}',
        story: { id_from: ['statement'] },
        summary: '{{statement}}',
        preview_path: 'claims/{{slug}}/',
        sortable_fields: ['statement'],
      },
      {
        name: 'stories',
        label: 'Stories',
        label_singular: 'Story',
        description:
          'The developing stories the site follows: each has a front page. Reports, events and claims name the stories they belong to.',
        folder: 'stories',
        extension: 'yaml',
        format: 'story-stories',
        create: true,
        delete: false,
        identifier_field: 'title',
        slug: '{{fields.__id}}',
        story: { id_from: ['title'] },
        summary: '{{title}}',
        preview_path: 'stories/{{slug}}/',
        sortable_fields: ['title'],
      },
      {
        name: 'site',
        label: 'Site',
        description: 'The site’s name and settings.',
        extension: 'yaml',
        format: 'story-site',
        preview_path: '',
        files: [{ name: 'site', label: 'Site', file: 'site.yaml', fields: expect.any(Array) }],
      },
    ]);
  });

  it('start a new report as a confirmed draft in the site’s language, added today, with the digest last', () => {
    expect(field('reports', 'draft').default).toBe(true);
    expect(field('reports', 'attribution').default).toBe('confirmed');
    expect(field('reports', 'language').default).toBe('en');
    expect(field('reports', 'added').story).toMatchObject({ today: true });
    expect(field('reports', 'published').story?.today).toBeUndefined();
    expect(collection('reports').fields!.at(-1)).toStrictEqual({
      name: 'body',
      label: 'Digest',
      widget: 'markdown',
      required: false,
      hint: 'Our digest in our own words, at most about 180 words: lead with what this report adds beyond the scoop it relays, then the essentials. Name every person or organisation you tagged. Headlines, names, figures and short quotes of named people may be used as they are, in quotation marks and attributed.',
      // text styles and links only: no images, no embedded components
      buttons: ['bold', 'italic', 'link', 'quote', 'bulleted-list', 'numbered-list'],
      editor_components: [],
      modes: ['raw', 'rich_text'],
    });
    expect(collection('events').fields!.some((f) => f.name === 'body')).toBe(false);
  });

  it('leave the language empty when the site file names none or cannot be read', () => {
    for (const text of ['title: x\n', 'language: [en\n', 'language: 3\n']) {
      const dir = mkdtempSync(join(tmpdir(), 'cms-site-'));
      dirs.push(dir);
      writeFileSync(join(dir, 'site.yaml'), text);
      const reports = cmsConfig({ backend: { name: 'local' }, contentDir: dir }).collections[0];
      expect(reports.fields!.find((f) => f.name === 'language')!.default).toBeUndefined();
    }
  });
});

describe('what the lists read from the content folder', () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-lists-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it('names each outlet by its file, skipping files that are not outlets or have no name', () => {
    const dir = folder({
      'sources/ft.yaml': 'name: Financial Times\n',
      'sources/anon.yaml': 'homepage: https://x.example/\n',
      'sources/numbered.yaml': 'name: 3\n',
      'sources/empty.yaml': '',
      'sources/broken.yaml': 'name: [FT\n',
      'sources/notes.txt': 'name: Notes\n',
      'site.yaml': 'timeZone: Europe/London\n',
    });
    expect(cmsConfig({ backend: { name: 'local' }, contentDir: dir }).story).toEqual({
      check: 'check.json',
      timeZone: 'Europe/London',
      outlets: { ft: 'Financial Times' },
    });
  });

  it('lists no outlets, dates in UTC and no language without the folder and the site file', () => {
    const dir = folder({ 'site.yaml': '' });
    const empty = cmsConfig({ backend: { name: 'local' }, contentDir: dir });
    expect(empty.story).toEqual({ check: 'check.json', timeZone: 'UTC', outlets: {} });
    expect(empty.collections[0].fields!.find((f) => f.name === 'language')!.default).toBeUndefined();
    const none = cmsConfig({ backend: { name: 'local' }, contentDir: folder({}) });
    expect(none.story).toEqual({ check: 'check.json', timeZone: 'UTC', outlets: {} });
    for (const text of ['timeZone: [UTC\n', 'timeZone: 3\n']) {
      const zone = cmsConfig({ backend: { name: 'local' }, contentDir: folder({ 'site.yaml': text }) }).story.timeZone;
      expect(zone, text).toBe('UTC');
    }
  });
});

describe('the CMS’s backends', () => {
  it('locally: decap-server through the proxy, on 127.0.0.1 unless told otherwise, and a check file', () => {
    expect(local).toMatchObject({
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      locale: 'en',
      media_folder: 'media',
      // the site's name as a logo in the header; no uploads (no media library)
      logo: { src: 'logo.svg', show_in_header: true },
      media_library: { name: 'none' },
      slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
      editor: { preview: false },
      story: { check: 'check.json' },
    });
    expect(local.site_url).toBeUndefined();
    // Decap's own default address is written as `true`.
    const decapDefault = cmsConfig({
      backend: { name: 'local', url: 'http://localhost:8081/api/v1' },
      contentDir: 'content',
    });
    expect([decapDefault.backend, decapDefault.local_backend]).toEqual([
      { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' },
      true,
    ]);
  });

  it('on GitHub: the repository, its branch, paths from the repository root, the site’s address, and no check file', () => {
    const github = cmsConfig({
      backend: {
        name: 'github',
        repo: 'owner/site',
        branch: 'live',
        baseUrl: 'https://auth.example',
        authEndpoint: 'go',
      },
      contentDir: 'content',
      siteUrl: 'https://news.example',
    });
    expect(github.backend).toEqual({
      name: 'github',
      repo: 'owner/site',
      branch: 'live',
      base_url: 'https://auth.example',
      auth_endpoint: 'go',
    });
    // No check file on GitHub; the list lines' time zone and outlet names travel with every backend.
    expect([github.local_backend, github.story?.check, github.media_folder]).toEqual([
      undefined,
      undefined,
      'content/media',
    ]);
    expect(github.story?.outlets?.drive).toBe('Drive');
    expect([github.site_url, github.display_url]).toEqual(['https://news.example', 'https://news.example']);
    expect(github.collections.map((c) => c.folder ?? c.files![0].file)).toEqual([
      'content/reports',
      'content/events',
      'content/sources',
      'content/entities',
      'content/claims',
      'content/stories',
      'content/site.yaml',
    ]);
    const plain = cmsConfig({ backend: { name: 'github', repo: 'owner/site' }, contentDir: 'content' });
    expect(plain.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main' });
  });

  it('refuses a content folder outside the repository, naming both', () => {
    expect(() =>
      cmsConfig({ backend: { name: 'github', repo: 'o/r' }, contentDir: '/elsewhere/content', repoRoot: '.' }),
    ).toThrow('the content folder /elsewhere/content is outside the repository .');
    expect(() => cmsConfig({ backend: { name: 'github', repo: 'o/r' }, contentDir: '/elsewhere/content' })).toThrow(
      'the content folder /elsewhere/content is outside the repository .',
    );
    expect(() =>
      cmsConfig({ backend: { name: 'github', repo: 'o/r' }, contentDir: '/elsewhere/content', repoRoot: '/repo' }),
    ).toThrow('the content folder /elsewhere/content is outside the repository /repo');
  });

  it('on GitHub, writes paths from the repository root it is given', () => {
    const root = resolve('content', '..', '..');
    const github = cmsConfig({ backend: { name: 'github', repo: 'o/r' }, contentDir: 'content', repoRoot: root });
    const inside = `${relative(root, resolve('content'))}/`;
    expect(github.collections[0].folder).toBe(`${inside}reports`);
    expect(github.media_folder).toBe(`${inside}media`);
  });
});
