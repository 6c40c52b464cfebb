// Incremental builds (astro.config.mjs, src/lib/views/key.ts): after an edit, a build that restores what it
// can from the previous one writes exactly what a clean build writes — no page keeps an old fact — and it does
// restore the pages the edit did not touch. Also: the search index built from pages' regions while rendering holds
// the same records Pagefind makes from the whole pages.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertNoBrokenLinks, TEST_BUILDS } from '../helpers/build';
import { listFiles } from '../helpers/dist';
import { readSearchIndex } from '../helpers/search-index';

// Not under tmp/test-content/, which another test file removes when it is done.
const content = 'tmp/test-incremental/content';
const dist = `${TEST_BUILDS}/incremental`;
const EDITED = 'drive-farley-trump-officials-met';
const OLD_HEADLINE = 'Ford CEO and Trump administration met to discuss building Chinese cars in the US: report';
const NEW_HEADLINE = 'Ford’s chief met Trump officials over Chinese-built cars, edited';
/** Two reports only their neighbours show: they cover no event, name no one, and come first, one after the other. */
const LONE = 'torque-cafe-lone-report';
const loneReport = (headline: string, published = '2025-06-10') => `---
stories: [ford-chinese-ev-jv]
headline: "${headline}"
source: torque-cafe
attribution: confirmed
published: "${published}"
added: "2026-11-22"
language: en
summary: "A report for the incremental-build test: it covers no event and names no one."
---
Torque Cafe wrote this for a test. It covers no event of the story and names no one in it.
`;

interface Build {
  log: string;
  /** Paths Astro rendered, paths it restored from the previous build, and of those the ones it found in dist/. */
  rendered: string[];
  restored: string[];
  kept: string[];
  /** Every file of the output, as text (gzip files of the search index decompressed). */
  files: Map<string, string>;
  /** Each keyed page's cache key, by output file. */
  keys: Map<string, string>;
}

/** A build of the test content into `outDir`, keeping its cache next to it; `--force` renders every page. */
function build(outDir: string, force: boolean, root = '.'): Build {
  if (force) rmSync(`${outDir}.cache`, { recursive: true, force: true });
  const astro = resolve('node_modules/.bin/astro');
  const result = spawnSync(astro, ['build', ...(force ? ['--force'] : []), '--outDir', resolve(outDir)], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: resolve(content), ASTRO_CACHE_DIR: resolve(`${outDir}.cache`) },
    encoding: 'utf8',
  });
  // Astro colours its log whenever CI is set, even into a pipe.
  const log = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`build failed:\n${log}`);
  assertNoBrokenLinks(outDir);
  const lines = [...log.matchAll(/├─ (\S+) (?:\((cached|restored)\)|\(\+)/g)];
  const manifest = JSON.parse(readFileSync(`${outDir}.cache/incremental-build.json`, 'utf8')) as {
    routes: Record<string, { paths: Record<string, { cacheKey: string; outputFile: string }> }>;
  };
  return {
    log,
    rendered: lines.filter((line) => !line[2]).map((line) => line[1]),
    restored: lines.filter((line) => line[2]).map((line) => line[1]),
    kept: lines.filter((line) => line[2] === 'cached').map((line) => line[1]),
    files: new Map(
      listFiles(outDir).map((file) => {
        const bytes = readFileSync(join(outDir, file));
        return [file, (file.includes('pagefind/') ? gunzipOrSelf(bytes) : bytes).toString('utf8')];
      }),
    ),
    keys: new Map(
      Object.values(manifest.routes).flatMap((route) =>
        Object.values(route.paths).map((path) => [path.outputFile, path.cacheKey] as const),
      ),
    ),
  };
}

const gunzipOrSelf = (bytes: Buffer) => {
  try {
    return gunzipSync(bytes);
  } catch {
    return bytes;
  }
};

function edit(file: string, change: (text: string) => string, folder = content) {
  const path = join(folder, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The incremental build and a clean build of the same content write the same files, byte for byte. */
function expectSameOutput(incremental: Build, clean: Build) {
  expect([...incremental.files.keys()].sort()).toEqual([...clean.files.keys()].sort());
  const differing = [...clean.files].filter(([file, text]) => incremental.files.get(file) !== text);
  expect(differing.map(([file]) => file)).toEqual([]);
}

/** Every keyed page whose output an edit changed got a new key: the key missed nothing that page shows. */
function expectKeysCoverOutput(before: Build, after: Build) {
  const missed = [...after.keys].filter(
    ([file, key]) =>
      before.keys.get(file) === key && before.files.has(file) && before.files.get(file) !== after.files.get(file),
  );
  expect(missed.map(([file]) => file)).toEqual([]);
}

describe('an incremental build after editing one report’s headline', () => {
  let first: Build;
  let incremental: Build;
  let clean: Build;

  beforeAll(() => {
    rmSync(content, { recursive: true, force: true });
    mkdirSync('tmp/test-incremental', { recursive: true });
    cpSync('content', content, { recursive: true });
    writeFileSync(join(content, `reports/${LONE}.md`), loneReport('A lone report before the story'));
    writeFileSync(join(content, `reports/${LONE}-2.md`), loneReport('Another lone report', '2025-07-10'));
    rmSync(dist, { recursive: true, force: true });
    first = build(dist, true);
    edit(`reports/${EDITED}.md`, (text) => text.replace(`headline: "${OLD_HEADLINE}"`, `headline: "${NEW_HEADLINE}"`));
    writeFileSync(join(content, `reports/${LONE}.md`), loneReport('A lone report, renamed'));
    incremental = build(dist, false);
    clean = build(`${dist}-clean`, true);
  }, 300_000);

  it('writes what a clean build writes, every file', () => expectSameOutput(incremental, clean));

  it('changed the key of every page whose output changed', () => expectKeysCoverOutput(first, clean));

  it('shows the new headline wherever the old one was, and the old one nowhere', () => {
    const before = [...first.files].filter(([, text]) => text.includes(OLD_HEADLINE)).map(([file]) => file);
    expect(before).toEqual(
      expect.arrayContaining([
        `reports/${EDITED}/index.html`,
        'sources/drive/index.html',
        'sources/drive/rss.xml',
        'entities/jim-farley/index.html',
        'events/bloomberg-reports-jv-talks/index.html',
        'timeline/2026-02/index.html',
        'index.html',
        'rss.xml',
        'feed.json',
        'story.json',
      ]),
    );
    const prevNext = [...first.files].filter(
      ([file, text]) => file.startsWith('reports/') && text.includes(`rel="next" href="/reports/${EDITED}/"`),
    );
    expect(prevNext).toHaveLength(1);
    before.push(prevNext[0][0]);
    for (const file of before) {
      if (file.startsWith('pagefind/')) continue; // compressed word lists: checked record by record below
      expect(incremental.files.get(file), file).toContain(NEW_HEADLINE);
    }
    const stale = [...incremental.files].filter(([, text]) => text.includes(OLD_HEADLINE)).map(([file]) => file);
    expect(stale).toEqual([]);
    const record = readSearchIndex(dist).find((page) => page.url === `/reports/${EDITED}/`);
    expect(record?.meta.title).toBe(NEW_HEADLINE);
  });

  it('shows a report’s new headline on the page after it, which shows it nowhere else (a neighbour alone)', () => {
    const next = [...first.files].filter(
      ([file, text]) => file.startsWith('reports/') && text.includes(`rel="prev" href="/reports/${LONE}/"`),
    );
    expect(next).toHaveLength(1);
    expect(next[0][1]).toContain('A lone report before the story');
    expect(incremental.files.get(next[0][0])).toContain('A lone report, renamed');
    expect(
      [...incremental.files].filter(([, text]) => text.includes('A lone report before')).map(([file]) => file),
    ).toEqual([]);
  });

  it('rendered the edited report, and restored every page whose key did not change', () => {
    expect(incremental.rendered).toContain(`/reports/${EDITED}/index.html`);
    const sameKey = [...incremental.keys].filter(([file, key]) => first.keys.get(file) === key);
    expect(incremental.restored.sort()).toEqual(sameKey.map(([file]) => `/${file}`).sort());
    expect(incremental.restored).toContain('/sources/autopapo/index.html');
    expect(incremental.restored.length).toBeGreaterThan(40);
    // dist/ is kept between builds (src/integrations/output-folder.ts): a restored page is left where it is.
    expect(incremental.restored.filter((path) => !incremental.kept.includes(path))).toEqual([]);
    // A restored page is the previous build's, unchanged — and, by the first test, what a clean build writes.
    for (const path of incremental.restored)
      expect(incremental.files.get(path.slice(1))).toBe(first.files.get(path.slice(1)));
  });
});

describe('an incremental build after deleting a report and renaming an outlet', () => {
  let before: Build;
  let incremental: Build;
  let clean: Build;

  beforeAll(() => {
    before = build(dist, false);
    rmSync(join(content, 'reports/autoguide-ford-wants-to-build-chinese-cars.md'));
    edit('sources/bloomberg.yaml', (text) => text.replace(/^name: .*$/m, 'name: Bloomberg Newsroom'));
    incremental = build(dist, false);
    clean = build(`${dist}-clean`, true);
  }, 300_000);

  it('writes what a clean build writes: the deleted report’s page is gone, the new name everywhere', () => {
    expectSameOutput(incremental, clean);
    expect(incremental.files.has('reports/autoguide-ford-wants-to-build-chinese-cars/index.html')).toBe(false);
    expect(incremental.files.get('sources/bloomberg/index.html')).toContain('Bloomberg Newsroom');
  });

  it('changed the key of every page whose output changed', () => expectKeysCoverOutput(before, clean));
});

describe('an incremental build after a component changes', () => {
  // A copy of the project, so a component can change without touching the one other tests build.
  const project = 'tmp/test-incremental/project';
  let incremental: Build;
  let clean: Build;

  beforeAll(() => {
    rmSync(project, { recursive: true, force: true });
    for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
      cpSync(path, join(project, path), { recursive: true });
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
    const dist = `${TEST_BUILDS}/incremental-project`;
    build(dist, true, project);
    edit(
      'src/components/ReportFacts.astro',
      (text) => text.replace('<dt>Our digest</dt>', '<dt>Our own digest</dt>'),
      project,
    );
    incremental = build(dist, false, project);
    clean = build(`${dist}-clean`, true, project);
  }, 300_000);

  it('renders again every page that uses it (Astro hashes each page’s code), and only those', () => {
    expectSameOutput(incremental, clean);
    expect(incremental.rendered).toContain(`/reports/${EDITED}/index.html`);
    expect(incremental.rendered.filter((path) => path.startsWith('/sources/'))).toEqual(['/sources/index.html']);
    expect(incremental.files.get(`reports/${EDITED}/index.html`)).toContain('Our own digest');
  });

  it('indexes the pages afresh when a page searched went to Pagefind ahead of Astro and then rendered differently', () => {
    expect(incremental.log).toContain('indexed this build’s pages afresh');
    expect(
      readSearchIndex(`${TEST_BUILDS}/incremental-project`).find((page) => page.url === `/reports/${EDITED}/`)?.content,
    ).toContain('Our own digest');
  });
});

describe('the search index, built from each page’s region while the site renders', () => {
  it('holds the records Pagefind makes from the whole pages', async () => {
    const whole = `${dist}-pagefind`;
    rmSync(whole, { recursive: true, force: true });
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addDirectory({ path: `${dist}-clean` });
      expect(added.errors).toEqual([]);
      await index!.writeFiles({ outputPath: join(whole, 'pagefind') });
    } finally {
      await pagefind.close();
    }
    const records = (dir: string) =>
      readSearchIndex(dir)
        .map((record) => JSON.stringify(record))
        .sort();
    expect(records(`${dist}-clean`)).toEqual(records(whole));
    expect(records(whole).length).toBeGreaterThan(50);
  });
});
