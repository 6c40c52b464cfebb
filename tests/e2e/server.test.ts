import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { findNginx, freePort, serveWithNginx, type RunningServer } from '../helpers/nginx';

const serverUrl = inject('serverUrl');
const site = inject('subpathSite');

// What deploy/nginx.conf promises (README "Deploying"); public/_headers must say the same.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300';
const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'content-security-policy': "frame-ancestors 'none'",
};

/** Status, cache and security headers of one response; a list of what is wrong, empty when all is right. */
async function headerProblems(url: string, status: number, cacheControl: string, type?: RegExp): Promise<string[]> {
  const response = await fetch(url, { redirect: 'manual' });
  await response.arrayBuffer();
  const problems: string[] = [];
  const has = (name: string, value: string | null, ok: boolean) => ok || problems.push(`${url}: ${name} is ${value}`);
  has('status', String(response.status), response.status === status);
  has('cache-control', response.headers.get('cache-control'), response.headers.get('cache-control') === cacheControl);
  for (const [name, value] of Object.entries(SECURITY))
    has(name, response.headers.get(name), response.headers.get(name) === value);
  const permissions = response.headers.get('permissions-policy') ?? '';
  has(
    'permissions-policy',
    permissions,
    /^[a-z-]+=\(\)(, [a-z-]+=\(\))*$/.test(permissions) &&
      /\bcamera=\(\)/.test(permissions) &&
      /\bgeolocation=\(\)/.test(permissions),
  );
  if (type)
    has('content-type', response.headers.get('content-type'), type.test(response.headers.get('content-type') ?? ''));
  return problems;
}

/** The rules of a _headers file: path pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else current!.set(line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim());
  }
  return rules;
}

/** One immutable Pagefind chunk of a build, as a path under the site, e.g. "pagefind/fragment/en_1a2b3c.pf_fragment". */
const pagefindChunk = (dist: string) => `pagefind/fragment/${readdirSync(`${dist}/pagefind/fragment`).sort()[0]}`;

describe.skipIf(!serverUrl)('the sub-path build served by nginx', () => {
  const base = serverUrl!;
  const { pathname: prefix } = new URL(base);

  it('answers every page and file the site links to, with no 404', async ({ task }) => {
    const queue = [base];
    const seen = new Set(queue);
    const failures: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) failures.push(`${response.status} ${url}`);
      if (!response.headers.get('content-type')?.includes('text/html')) continue;
      const $ = load(await response.text());
      $('[href], [src]').each((_, element) => {
        const target = new URL($(element).attr('href') ?? $(element).attr('src')!, url);
        target.hash = '';
        if (target.origin !== new URL(base).origin || seen.has(target.href)) return;
        seen.add(target.href);
        queue.push(target.href);
      });
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(80);
    task.meta.counts = { 'URLs crawled on nginx': seen.size };
  });

  it('puts the sub-path in every feed and sitemap URL', async () => {
    const rss = await (await fetch(`${base}rss.xml`)).text();
    const rssLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(rssLinks.length).toBeGreaterThan(1);
    for (const link of rssLinks) expect(link.startsWith(`${site}${prefix}`)).toBe(true);

    const feed = await (await fetch(`${base}feed.json`)).json();
    for (const item of feed.items) expect(item.url.startsWith(`${site}${prefix}`)).toBe(true);

    const index = await (await fetch(`${base}sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(sitemaps).toEqual([`${site}${prefix}sitemap-0.xml`]);
    const pages = [...(await (await fetch(sitemaps[0])).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1],
    );
    expect(pages.length).toBeGreaterThan(60);
    const failing: string[] = [];
    for (const page of pages) {
      const { status } = await fetch(page);
      if (status !== 200) failing.push(`${status} ${page}`);
    }
    expect(failing).toEqual([]);
    expect(await (await fetch(`${base}robots.txt`)).text()).toContain(`Sitemap: ${site}${prefix}sitemap-index.xml`);
  });

  it('serves the site’s 404 page, with status 404, for unknown addresses', async () => {
    const response = await fetch(`${base}reports/no-such-report/`);
    expect(response.status).toBe(404);
    const $ = load(await response.text());
    expect($('h1').text()).toBe('Page not found');
    expect($('a[href="/jv-story/"]').length).toBeGreaterThan(0);
  });
});

describe.skipIf(!serverUrl)('headers from deploy/nginx.conf, on the sub-path build', () => {
  const base = serverUrl!;
  const { origin, pathname: prefix } = new URL(base);

  it('sends short caching and the security headers on pages and feeds, a year on hashed files, and the 404 page with status 404', async () => {
    const home = await (await fetch(base)).text();
    const stylesheet = load(home)('link[rel="stylesheet"][href*="/_astro/"]').attr('href');
    expect(stylesheet).toMatch(new RegExp(`^${prefix}_astro/`));
    const problems = (
      await Promise.all([
        headerProblems(base, 200, SHORT, /^text\/html/),
        headerProblems(`${base}reports/`, 200, SHORT, /^text\/html/),
        headerProblems(new URL(stylesheet!, base).href, 200, IMMUTABLE, /^text\/css/),
        headerProblems(`${base}${pagefindChunk(`${TEST_BUILDS}/subpath`)}`, 200, IMMUTABLE),
        headerProblems(`${base}pagefind/pagefind-entry.json`, 200, SHORT),
        headerProblems(`${base}pagefind/pagefind.js`, 200, SHORT, /javascript/),
        headerProblems(`${base}rss.xml`, 200, SHORT, /xml/),
        headerProblems(`${base}feed.json`, 200, SHORT, /^application\/json/),
        headerProblems(`${base}manifest.webmanifest`, 200, SHORT, /^application\/manifest\+json/),
        headerProblems(`${base}reports/no-such-report/`, 404, SHORT, /^text\/html/),
        headerProblems(`${base}_astro/no-such-file.css`, 404, SHORT, /^text\/html/),
      ])
    ).flat();
    expect(problems).toEqual([]);
    const notFound = await fetch(`${base}_astro/no-such-file.css`);
    expect(load(await notFound.text())('h1').text()).toBe('Page not found');
  });

  it('compresses text responses', async () => {
    for (const url of [base, `${base}rss.xml`, `${base}feed.json`]) {
      const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
      await response.arrayBuffer();
      expect(response.headers.get('content-encoding'), url).toBe('gzip');
    }
  });

  it('redirects a folder address without its slash to the slash form, with a relative Location', async () => {
    for (const [from, to] of [
      [`${base}reports`, `${prefix}reports/`],
      [`${base}timeline/2026-02`, `${prefix}timeline/2026-02/`],
      [`${origin}${prefix.slice(0, -1)}`, prefix],
    ]) {
      const response = await fetch(from, { redirect: 'manual' });
      expect([response.status, response.headers.get('location')], from).toEqual([301, to]);
    }
  });

  it('public/_headers (Netlify, Cloudflare Pages) carries the same policy, and the build ships it', async () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const response = await fetch(base);
    const everywhere = rules.get('/*')!;
    for (const name of [...Object.keys(SECURITY), 'permissions-policy'])
      expect(everywhere.get(name), name).toBe(response.headers.get(name));
    expect(everywhere.has('cache-control')).toBe(false);
    for (const path of ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'])
      expect(rules.get(path)?.get('cache-control'), path).toBe(IMMUTABLE);
    expect(readFileSync(`${TEST_BUILDS}/subpath/_headers`, 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });
});

const nginx = serverUrl ? findNginx() : undefined;

describe.skipIf(!nginx)('deploy/nginx.conf unchanged, at the root of a domain (the root build)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveWithNginx(nginx!, `${TEST_BUILDS}/la`, '/', await freePort(), 'tmp/nginx-root');
  });
  afterAll(() => server?.stop());

  it('serves pages, hashed files and the 404 page with the same headers, and redirects folders to their slash form', async () => {
    const base = server.url;
    const stylesheet = load(await (await fetch(base)).text())('link[rel="stylesheet"][href*="/_astro/"]').attr('href');
    expect(stylesheet).toMatch(/^\/_astro\//);
    const problems = (
      await Promise.all([
        headerProblems(base, 200, SHORT, /^text\/html/),
        headerProblems(`${base}search/`, 200, SHORT, /^text\/html/),
        headerProblems(new URL(stylesheet!, base).href, 200, IMMUTABLE, /^text\/css/),
        headerProblems(`${base}${pagefindChunk(`${TEST_BUILDS}/la`)}`, 200, IMMUTABLE),
        headerProblems(`${base}rss.xml`, 200, SHORT, /xml/),
        headerProblems(`${base}no-such-page/`, 404, SHORT, /^text\/html/),
      ])
    ).flat();
    expect(problems).toEqual([]);
    const notFound = await fetch(`${base}no-such-page/`);
    expect(load(await notFound.text())('h1').text()).toBe('Page not found');
    const redirect = await fetch(`${base}reports`, { redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([301, '/reports/']);
  });
});

describe('npm run preview (what npm start serves with)', () => {
  it('stops serving when npm is stopped by its process id, leaving no server behind', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['run', 'preview', '--', `${TEST_BUILDS}/la`, '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = `http://127.0.0.1:${port}/`;
    await new Promise<void>((ready, fail) => {
      npm.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && ready());
      npm.once('exit', (code) => fail(new Error(`npm run preview exited with ${code}`)));
    });
    expect((await fetch(url)).status).toBe(200);
    npm.kill('SIGTERM');
    await expect
      .poll(
        () =>
          fetch(url).then(
            () => 'serving',
            () => 'stopped',
          ),
        { timeout: 10_000 },
      )
      .toBe('stopped');
  }, 60_000);
});
