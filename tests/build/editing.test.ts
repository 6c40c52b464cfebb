import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS, type BuildResult } from '../helpers/build';
import { readPages } from '../helpers/dist';
import { freePort } from '../helpers/nginx';

const FIXTURES = 'tests/fixtures';
const contentRoot = 'tmp/test-content';
afterAll(() => rmSync(contentRoot, { recursive: true, force: true }));

function fixtureContent(name: string, extraReports: string[], badFiles: string[] = []): string {
  const dir = `${contentRoot}/${name}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(contentRoot, { recursive: true });
  cpSync(`${FIXTURES}/valid-content`, dir, { recursive: true });
  for (const report of extraReports) cpSync(`${FIXTURES}/${report}`, `${dir}/reports/${report}`);
  for (const file of badFiles) cpSync(`${FIXTURES}/bad-content/${file}`, `${dir}/${file}`);
  return dir;
}

describe('a build of bad content', () => {
  let build: BuildResult;
  beforeAll(() => {
    const content = fixtureContent(
      'bad',
      [],
      [
        'reports/unknown-source.md',
        'reports/misspelled-key.md',
        'events/backwards-range.yaml',
        'reports/placeholder-left-in.md',
        'reports/published-in-the-future.md',
      ],
    );
    build = buildSite(`${TEST_BUILDS}/bad`, { CONTENT_DIR: content });
  });

  it('fails before rendering, listing every problem with its file and field', () => {
    const { status, output } = build;
    expect(status).not.toBe(0);
    expect(output).toContain('Content check failed');
    expect(output).toMatch(
      /unknown-source\.md:\d+ source: unknown outlet "wyre" — did you mean "wire"\? Add .*sources\/wyre\.yaml or fix the id/,
    );
    expect(output).toMatch(/misspelled-key\.md:\d+ heading: unknown field — did you mean "headline"\?/);
    expect(output).toMatch(/backwards-range\.yaml:\d+ end: ends before it begins/);
    expect(output).toMatch(/placeholder-left-in\.md:\d+ summary: still holds a placeholder/);
    expect(output).toMatch(/published-in-the-future\.md:\d+ published: is 2030-01-01, after now/);
    expect(existsSync(`${TEST_BUILDS}/bad/index.html`)).toBe(false);
  });

  it('prints our messages alone, not as a crash: no "unhandled error", no stack trace', () => {
    expect(build.status).toBe(1);
    expect(build.output).not.toMatch(/unhandled error/i);
    expect(build.output).not.toMatch(/Stack trace|Location:|^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('a sub-path build with unsafe HTML and a draft', () => {
  const dist = `${TEST_BUILDS}/editing`;
  let build: BuildResult;
  let digest: string;

  beforeAll(() => {
    const content = fixtureContent('editing', ['unsafe-report.md', 'draft-report.md']);
    build = buildSite(dist, { CONTENT_DIR: content, BASE_PATH: '/jv-story/' });
    const page = readPages(dist, '/jv-story/').find((built) => built.urlPath === '/jv-story/reports/unsafe-report/');
    digest = page?.$('.digest').html() ?? '';
  });

  it('builds, warning about each removal with the file it came from', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toMatch(/unsafe-report\.md: removed <script> element/);
    expect(build.output).toMatch(/unsafe-report\.md: removed onclick attribute on <p>/);
  });

  it('publishes no script, frame, event handler or script URL', () => {
    expect(digest).not.toBe('');
    expect(digest).not.toMatch(/<script|<iframe|onclick|javascript:|vbscript:|data:text/i);
    expect(digest).not.toContain('alert(');
  });

  it('leaves no debris: no text of a removed style, no dead link where an unsafe address was dropped', () => {
    expect(digest).not.toMatch(/<style|display: none|color: red/);
    expect(digest).toContain('Styled  text and a Read the original link.');
    expect(digest).not.toMatch(/<a(?![^>]*\shref=)[\s>]/);
    expect(digest).toContain('A script link, a data link and a vbscript link.');
  });

  it('keeps ordinary Markdown as written', () => {
    for (const tag of ['<h2', '<em>', '<strong>', '<ul>', '<blockquote>', '<table>', '<th>'])
      expect(digest).toContain(tag);
    expect(digest).toContain('Click me');
  });

  it('marks external links and keeps internal ones under the sub-path', () => {
    expect(digest).toMatch(
      /<a href="https:\/\/example\.org\/page" class="external" rel="noopener noreferrer">outside link<span class="visually-hidden"> \(external site\)<\/span><\/a>/,
    );
    expect(digest).toContain('href="/jv-story/entities/chief-executive/"');
  });

  it('never publishes a draft, and builds one page per published report', () => {
    const reportPages = readdirSync(`${dist}/reports`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(reportPages.map((entry) => entry.name).sort()).toEqual(['unsafe-report', 'valid-report']);
    expect(existsSync(`${dist}/reports/draft-report/index.html`)).toBe(false);
  });
});

describe('the dev server', () => {
  it('shows drafts, marked as drafts', async () => {
    const content = fixtureContent('dev', ['draft-report.md']);
    // As an editor runs it: with Vitest's NODE_ENV=test and VITEST* variables it serves no pages.
    const editorEnv = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')),
    );
    // A free port, never a fixed one: two runs of the suite side by side must not collide.
    const port = await freePort();
    const server = spawn(
      'node_modules/.bin/astro',
      ['dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
      {
        env: { ...editorEnv, CONTENT_DIR: content },
        stdio: 'pipe',
      },
    );
    let log = '';
    server.stdout.on('data', (chunk) => (log += chunk));
    server.stderr.on('data', (chunk) => (log += chunk));
    try {
      let html = '';
      let lastAttempt = '';
      for (let attempt = 0; attempt < 60 && !html; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        html = await fetch(`http://127.0.0.1:${port}/reports/draft-report/`)
          .then(async (response) => {
            lastAttempt = `HTTP ${response.status}`;
            return response.ok ? response.text() : '';
          })
          .catch((error) => {
            lastAttempt = String(error.cause ?? error);
            return '';
          });
      }
      expect(html, `last attempt: ${lastAttempt}\ndev server output:\n${log}`).toContain(
        'A draft the public must not see',
      );
      expect(html).toContain('Draft — not published');
    } finally {
      server.kill();
    }
  });
});
