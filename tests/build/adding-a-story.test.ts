// docs/authoring.md, "Adding a story", followed step by step on a copy of the content: `npm run new:story`, the
// story's fields filled in, a report filed under it with `new:report --story`, `npm run check`, a build. The new
// story is then on the home page, in its own feed and in search.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { readSearchIndex } from '../helpers/search-index';

const CONTENT = 'tmp/test-content/adding-a-story';
const DIST = `${TEST_BUILDS}/adding-a-story`;
const ID = 'port-of-easthaven-strike';
const TITLE = 'The strike at the port of Easthaven';
const HEADLINE = 'Easthaven dock workers walk out';
const REPORT = `electrek-${'easthaven-dock-workers-walk-out'}`;

/** An npm script of the guide, run as `npm run <script> -- <args>` runs it, on the copy of the content. */
function npmRun(script: string, args: string[]) {
  const command = JSON.parse(readFileSync('package.json', 'utf8')).scripts[script] as string;
  const [program, ...fixed] = command.split(' ');
  const result = spawnSync(`node_modules/.bin/${program}`, [...fixed, ...args], {
    env: { ...process.env, CONTENT_DIR: CONTENT },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(`${CONTENT}/${file}`, change(readFileSync(`${CONTENT}/${file}`, 'utf8')));

describe('adding a story, as docs/authoring.md says', () => {
  beforeAll(() => {
    rmSync(CONTENT, { recursive: true, force: true });
    cpSync('content', CONTENT, { recursive: true });

    // 1. The story's file, made by new:story.
    const story = npmRun('new:story', [
      '--title',
      TITLE,
      '--description',
      'How a dispute over shift patterns at the port of Easthaven became a strike.',
      '--started',
      '2026-03',
      '--id',
      ID,
    ]);
    expect(story.status, story.output).toBe(0);
    // 2. Its fields: the story so far in our words, and the date it speaks for.
    edit(
      `stories/${ID}.yaml`,
      (text) =>
        `${text.replace(/soFar:\n.*\n/, 'soFar:\n  - "Dock workers walked out on 9 March 2026, their union said."\n')}soFarAsOf: "2026-03-09"\n`,
    );
    // 3. A report filed under it.
    const report = npmRun('new:report', [
      '--source',
      'electrek',
      '--headline',
      HEADLINE,
      '--published',
      '2026-03-09',
      '--story',
      ID,
    ]);
    expect(report.status, report.output).toBe(0);
    edit(`reports/${REPORT}.md`, (text) =>
      text
        .replace(/summary: ".*"/, 'summary: "Electrek says the dock workers of Easthaven walked out."')
        .replace('draft: true\n', '')
        .replace(/---\n[^\n]*\n$/, '---\nThe dock workers walked out, Electrek reports.\n'),
    );
    // 4. The checker passes.
    const check = npmRun('check', []);
    expect(check.status, check.output).toBe(0);

    const built = buildSite(DIST, { CONTENT_DIR: CONTENT, SITE_URL: 'https://news.example.test' });
    expect(built.status, built.output).toBe(0);
  }, 600_000);

  it('writes the story and the report as the guide says', () => {
    expect(readFileSync(`${CONTENT}/stories/${ID}.yaml`, 'utf8')).toContain(`title: "${TITLE}"`);
    expect(readFileSync(`${CONTENT}/reports/${REPORT}.md`, 'utf8')).toMatch(
      /stories:\n {2}- "port-of-easthaven-strike"/,
    );
  });

  it('lists the new story on the home page, beside the one the site followed, linking its front', () => {
    const home = readFileSync(`${DIST}/index.html`, 'utf8');
    expect(home).toContain(TITLE);
    expect(home).toContain('Ford and the idea of Chinese EV makers building cars in the US');
    expect(home).toContain(`href="/stories/${ID}/"`);
    expect(readFileSync(`${DIST}/stories/${ID}/index.html`, 'utf8')).toContain(HEADLINE);
  });

  it('carries the report in the story’s own feed, and not in the other story’s', () => {
    expect(readFileSync(`${DIST}/stories/${ID}/rss.xml`, 'utf8')).toContain(`<title>${HEADLINE}</title>`);
    expect(readFileSync(`${DIST}/stories/ford-chinese-ev-jv/rss.xml`, 'utf8')).not.toContain(HEADLINE);
  });

  it('finds the report in search, filed under the new story', () => {
    const record = readSearchIndex(DIST).find((page) => page.url === `/reports/${REPORT}/`);
    expect(record?.filters.story).toEqual([TITLE]);
  });
});
