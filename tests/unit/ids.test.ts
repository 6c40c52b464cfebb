// The one id rule: a content file's name becomes its id and URL segment, everywhere ids are made or read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS, fileFor, SITE_FILE } from '../../src/lib/collections';
import { readEntityNames } from '../../src/lib/entity-names';
import { canonicalFileName, entryId, fileNameFor, idFromWords, isWellFormedId } from '../../src/lib/ids';
import { absoluteUrl, paths, withBase } from '../../src/lib/routes';

describe('entryId', () => {
  it.each([
    ['Chief Executive.yaml', 'chief-executive'],
    ['chief-executive.yaml', 'chief-executive'],
    ['Ford Deal.md', 'ford-deal'],
    ['ford-deal.md', 'ford-deal'],
    ['BYD.yaml', 'byd'],
    ['2026 plan.md', '2026-plan'],
    ['no-extension', 'no-extension'],
    ['archive/Old Report.md', 'archive/old-report'],
    ['v1.2 notes.md', 'v12-notes'],
  ])('%j → %j', (file, id) => {
    expect(entryId(file)).toBe(id);
  });
});

describe('canonicalFileName', () => {
  it('names the file an awkward name should have, and nothing for a good one', () => {
    expect(canonicalFileName('Chief Executive.yaml')).toBe('chief-executive.yaml');
    expect(canonicalFileName('Ford Deal.md')).toBe('ford-deal.md');
    expect(canonicalFileName('chief-executive.yaml')).toBeUndefined();
    expect(canonicalFileName('ford-deal.md')).toBeUndefined();
    expect(canonicalFileName('readme')).toBeUndefined();
    expect(canonicalFileName('README')).toBe('readme');
    expect(canonicalFileName('Read Me')).toBe('read-me');
    expect(canonicalFileName('v1.2 notes.md')).toBe('v12-notes.md');
    expect(canonicalFileName('v1.2-notes.md')).toBe('v12-notes.md');
  });

  it('writes an id to its file with the collection extension', () => {
    expect(fileNameFor('chief-executive', '.yaml')).toBe('chief-executive.yaml');
    expect(fileFor('entities', 'chief-executive')).toBe('content/entities/chief-executive.yaml');
    expect(fileFor('reports', 'r', 'tmp/content')).toBe('tmp/content/reports/r.md');
    expect(Object.keys(COLLECTIONS)).toEqual(['stories', 'sources', 'entities', 'events', 'reports', 'claims']);
    expect(SITE_FILE).toBe('site.yaml');
  });
});

describe('idFromWords', () => {
  it('makes a short, well-formed id from a headline', () => {
    expect(idFromWords('Ford denies the FT report')).toBe('ford-denies-the-ft-report');
    expect(idFromWords('Ford wants to build Chinese cars in America, report says')).toBe(
      'ford-wants-to-build-chinese-cars',
    );
    expect(idFromWords('Ford wants to build Chinese cars', 3)).toBe('ford-wants-to');
    expect(idFromWords('Ford’s — “landmark” deal?')).toBe('fords-landmark-deal');
    expect(idFromWords('  Spaces   everywhere  ')).toBe('spaces-everywhere');
  });

  it('always gives an id the checker accepts', () => {
    for (const text of ['Ford denies the FT report', 'A -- b', '2026: the year', 'What’s next?']) {
      expect(isWellFormedId(idFromWords(text))).toBe(true);
    }
  });
});

describe('isWellFormedId', () => {
  it.each(['ford', 'chief-executive', 'ford-2026', '2026'])('accepts %j', (id) => {
    expect(isWellFormedId(id)).toBe(true);
  });
  it.each(['Ford', 'chief executive', 'chief--executive', '-ford', 'ford-', '', 'ford_deal', 'a/b', 'prefix ford'])(
    'rejects %j',
    (id) => {
      expect(isWellFormedId(id)).toBe(false);
    },
  );
});

describe('readEntityNames', () => {
  const folder = mkdtempSync(join(tmpdir(), 'entity-names-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('gives an awkwardly named file the same id the build gives its page', () => {
    writeFileSync(join(folder, 'Chief Executive.yaml'), 'name: "Jim Farley"\naliases: ["Farley", "the CEO"]\n');
    writeFileSync(join(folder, 'ford.yaml'), 'name: Ford\n');
    writeFileSync(join(folder, 'empty.yaml'), '');
    writeFileSync(join(folder, 'odd.yaml'), 'name: 42\naliases: "not a list"\n');
    writeFileSync(join(folder, 'notes.txt'), 'name: Ignored\n');
    mkdirSync(join(folder, 'sub.yaml.d'));
    expect(readEntityNames(folder)).toEqual([
      { id: 'chief-executive', names: ['Jim Farley', 'Farley', 'the CEO'] },
      { id: 'empty', names: [] },
      { id: 'ford', names: ['Ford'] },
      { id: 'odd', names: [] },
    ]);
  });

  it('gives nothing for a missing folder', () => {
    expect(readEntityNames(join(folder, 'missing'))).toEqual([]);
  });
});

describe('routes', () => {
  it('spells every page path', () => {
    expect({
      home: paths.home(),
      reports: paths.reports(),
      report: paths.report('r'),
      sources: paths.sources(),
      source: paths.source('wire'),
      sourceRss: paths.sourceRss('wire'),
      events: paths.events(),
      event: paths.event('e'),
      entities: paths.entities(),
      entity: paths.entity('chief-executive'),
      entityRss: paths.entityRss('ford'),
      timeline: paths.timeline(),
      claims: paths.claims(),
      claim: paths.claim('c'),
      coverage: paths.coverage(),
      storyJson: paths.storyJson(),
      storySchema: paths.storySchema(),
      search: paths.search(),
      rss: paths.rss(),
      jsonFeed: paths.jsonFeed(),
      manifest: paths.manifest(),
      about: paths.about(),
      corrections: paths.corrections(),
      openData: paths.openData(),
      stories: paths.stories(),
      story: paths.story('s'),
    }).toEqual({
      home: '/',
      reports: '/reports/',
      report: '/reports/r/',
      sources: '/sources/',
      source: '/sources/wire/',
      sourceRss: '/sources/wire/rss.xml',
      events: '/events/',
      event: '/events/e/',
      entities: '/entities/',
      entity: '/entities/chief-executive/',
      entityRss: '/entities/ford/rss.xml',
      timeline: '/timeline/',
      claims: '/claims/',
      claim: '/claims/c/',
      coverage: '/coverage/',
      storyJson: '/story.json',
      storySchema: '/story.schema.json',
      search: '/search/',
      rss: '/rss.xml',
      jsonFeed: '/feed.json',
      manifest: '/manifest.webmanifest',
      about: '/about/',
      corrections: '/corrections/',
      openData: '/open-data/',
      stories: '/stories/',
      story: '/stories/s/',
    });
    // A new path is added here too: nothing else checks how it is spelled.
    expect(Object.keys(paths)).toHaveLength(27);
  });

  it('gives the first page of a timeline period no number, and later pages theirs', () => {
    expect(paths.period('2026-02')).toBe('/timeline/2026-02/');
    expect(paths.period('2026-02', 1)).toBe('/timeline/2026-02/');
    expect(paths.period('2026-02', 2)).toBe('/timeline/2026-02/2/');
    expect(paths.period('2025', 3)).toBe('/timeline/2025/3/');
  });

  it('puts paths under the deploy base and makes them absolute', () => {
    expect(withBase('/reports/r/', '/')).toBe('/reports/r/');
    expect(withBase('/reports/r/', '/jv-story/')).toBe('/jv-story/reports/r/');
    expect(withBase('/', '/jv-story')).toBe('/jv-story/');
    expect(withBase('/', '/jv-story///')).toBe('/jv-story/');
    expect(withBase('/rss.xml')).toBe('/rss.xml');
    expect(absoluteUrl('/feed.json', new URL('https://example.github.io'), '/jv-story/')).toBe(
      'https://example.github.io/jv-story/feed.json',
    );
    expect(absoluteUrl('/feed.json', new URL('https://news.example/'))).toBe('https://news.example/feed.json');
    expect(() => absoluteUrl('/feed.json', undefined)).toThrow(
      'Set SITE_URL (astro.config.mjs `site`) so feeds and metadata can use absolute URLs.',
    );
  });
});

describe('contentDir', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const load = async () => (await import('../../src/lib/content-dir')).contentDir;

  it('is ./content unless CONTENT_DIR points elsewhere', async () => {
    vi.stubEnv('CONTENT_DIR', undefined);
    expect(await load()).toBe('./content');
  });

  it('takes CONTENT_DIR without its trailing slashes', async () => {
    vi.stubEnv('CONTENT_DIR', 'tmp/synthetic//');
    expect(await load()).toBe('tmp/synthetic');
  });
});
