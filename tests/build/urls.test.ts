// No address of today breaks (issue item 5): every URL the seed site answered at before there were stories
// (tests/fixtures/seed-urls.txt, listed from a build of that commit) still answers 200, from the project's own
// static server (scripts/static-server.ts, what `npm start` runs) at the root and under the sub-path, and from nginx
// with deploy/nginx.conf under the sub-path. The builds are the ones every site test reads (global-setup.ts).
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { TEST_BUILDS } from '../helpers/build';
import { siteUrls } from '../helpers/dist';
import { SUBPATH } from './global-setup';

const SEED_URLS = readFileSync('tests/fixtures/seed-urls.txt', 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'));

/**
 * Addresses that moved, each answered by a redirect to where it went (path under the root → path under the root).
 * A move is documented here, in the commit that makes it, and in docs/ for operators; any other redirect fails.
 * None so far. The static server's and nginx's redirect of a slash-less folder to its slash form is not a move:
 * every address above is written in the form a build links to, so it is never asked.
 */
const MOVED = new Map<string, string>();

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A page that redirects the way a static build can: `<meta http-equiv="refresh" content="0;url=…">`. */
const META_REFRESH = /<meta\s+http-equiv="refresh"\s+content="\d+;\s*url=([^"]+)"/i;

interface Answer {
  url: string;
  status: number;
  /** The redirects followed, as "from → to" paths under the base. */
  hops: string[];
  problem?: string;
}

/** Asks for one address and follows documented redirects (HTTP or meta refresh) to the page they land on. */
async function crawl(origin: string, base: string, path: string): Promise<Answer> {
  const prefix = base.replace(/\/+$/, '');
  const hops: string[] = [];
  let current = path;
  for (;;) {
    const response = await fetch(`${origin}${prefix}${current}`, { redirect: 'manual' });
    const body = await response.text();
    const location = REDIRECTS.has(response.status)
      ? response.headers.get('location')
      : response.status === 200 && (response.headers.get('content-type') ?? '').startsWith('text/html')
        ? (META_REFRESH.exec(body)?.[1] ?? null)
        : null;
    if (location === null) {
      const problem = response.status === 200 ? undefined : `answers ${response.status}`;
      return { url: path, status: response.status, hops, problem };
    }
    const target = new URL(location, `${origin}${prefix}${current}`);
    const next = target.pathname.startsWith(`${prefix}/`) ? target.pathname.slice(prefix.length) : undefined;
    if (target.origin !== origin || next === undefined || MOVED.get(current) !== next || hops.length > 3)
      return { url: path, status: response.status, hops, problem: `redirects to ${location}, not a documented move` };
    hops.push(`${current} → ${next}`);
    current = next;
  }
}

async function crawlAll(origin: string, base: string): Promise<Answer[]> {
  const answers: Answer[] = [];
  // A few at a time: the server is on this machine, and so are the other tests.
  for (let start = 0; start < SEED_URLS.length; start += 8)
    answers.push(...(await Promise.all(SEED_URLS.slice(start, start + 8).map((path) => crawl(origin, base, path)))));
  return answers;
}

const servers: StaticServer[] = [];
let root: StaticServer;
let subpath: StaticServer;

beforeAll(async () => {
  root = await serveStatic(`${TEST_BUILDS}/la`);
  // The static server serves a folder at the root; a host serving the sub-path build puts it at /jv-story/.
  const host = `${TEST_BUILDS}/subpath-host`;
  rmSync(host, { recursive: true, force: true });
  mkdirSync(host, { recursive: true });
  symlinkSync(resolve(`${TEST_BUILDS}/subpath`), `${host}${SUBPATH.replace(/\/$/, '')}`, 'dir');
  subpath = await serveStatic(host);
  servers.push(root, subpath);
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

describe('every address of the seed site before stories', () => {
  it('is listed: pages, feeds, /story.json, sitemaps, robots.txt; no hashed asset or search-index file', () => {
    expect(SEED_URLS.length).toBeGreaterThan(100);
    expect(SEED_URLS).toEqual(expect.arrayContaining(['/', '/reports/', '/rss.xml', '/feed.json', '/story.json']));
    expect(SEED_URLS.filter((url) => /^\/(_astro|pagefind)\//.test(url))).toEqual([]);
    expect(new Set(SEED_URLS).size).toBe(SEED_URLS.length);
  });

  it('has its file in the root build (the list is what siteUrls() read from a build of the seed then)', () => {
    const written = new Set(siteUrls(`${TEST_BUILDS}/la`));
    expect(SEED_URLS.filter((url) => !written.has(url))).toEqual([]);
  });

  const origin = (server: StaticServer) => server.url.replace(/\/$/, '');
  it.for([
    ['at the root, from the static server', () => origin(root), '/'],
    [`under ${SUBPATH}, from the static server`, () => origin(subpath), SUBPATH],
  ] as const)('answers 200 %s', async ([, serverOrigin, base], { task }) => {
    const answers = await crawlAll(serverOrigin(), base);
    expect(answers.filter((answer) => answer.problem).map(({ url, problem }) => `${url}: ${problem}`)).toEqual([]);
    task.meta.counts = { 'addresses answered': answers.length };
  });

  const nginx = inject('serverUrl');
  it.skipIf(!nginx)(`answers 200 under ${SUBPATH}, from nginx with deploy/nginx.conf`, async () => {
    const answers = await crawlAll(new URL(nginx!).origin, SUBPATH);
    expect(answers.filter((answer) => answer.problem).map(({ url, problem }) => `${url}: ${problem}`)).toEqual([]);
  });
});
