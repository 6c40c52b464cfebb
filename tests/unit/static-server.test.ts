// The static server behind `npm start` and `npm run preview`, on a tiny site in a temporary folder: what a static
// host answers, and nothing outside the site's folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { once } from 'node:events';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

/** A script long enough that compressing it is worth it, and shows. */
const APP = `console.log(${JSON.stringify('a story, '.repeat(200))});\n`;
/** A long text of few words: the gzip levels compress it differently. */
const STORY = (() => {
  const words = ['story', 'report', 'talks', 'ford', 'the', 'a', 'of', 'said', 'joint', 'venture', 'electric', 'car'];
  let seed = 1;
  const next = () => (seed = (seed * 16_807) % 2_147_483_647);
  return Array.from({ length: 20_000 }, () => words[next() % words.length] + (next() % 7 ? ' ' : '.\n')).join('');
})();
/** What a static host says each file is (scripts/static-server.ts must agree with nginx and Netlify). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pagefind': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
};
/** Text types a host compresses; images, fonts and Pagefind's binaries are compressed already. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.wasm', '.webmanifest']);

let parent: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  root = join(parent, 'site');
  mkdirSync(join(root, 'reports'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'reports', 'index.html'), '<h1>reports</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not here</h1>');
  // A folder that happens to be called index.html is not a page.
  mkdirSync(join(root, 'odd', 'index.html'), { recursive: true });
  writeFileSync(join(root, 'story.txt'), STORY);
  mkdirSync(join(root, '_astro'));
  writeFileSync(join(root, '_astro', 'app.1a2b.js'), APP);
  mkdirSync(join(root, 'pagefind'));
  writeFileSync(join(root, 'pagefind', 'pagefind.js'), APP);
  mkdirSync(join(root, 'empty'));
  for (const extension of Object.keys(TYPES)) writeFileSync(join(root, `file${extension}`), 'x');
  writeFileSync(join(root, 'file.unknown'), 'x');
  writeFileSync(join(root, 'FILE.HTML'), 'x');
  // A sibling whose name starts with the site folder's, as the build's cache folder (dist.cache) does.
  mkdirSync(join(parent, 'site.cache'));
  writeFileSync(join(parent, 'site.cache', 'secret.txt'), 'secret');
  writeFileSync(join(parent, 'outside.txt'), 'outside');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server.close();
  rmSync(parent, { recursive: true, force: true });
});
// Nothing here goes wrong: the server logs only a failure (see static-server-failures.test.ts).
const errors = vi.spyOn(console, 'error');
afterEach(() => expect(errors).not.toHaveBeenCalled());

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

/** A raw response (fetch would decompress it), with the headers the client sends. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
    request(new URL(path, server.url), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server', () => {
  it('serves the home page at the root', async () => {
    const response = await get('/');
    expect([response.status, await response.text()]).toEqual([200, '<h1>home</h1>']);
  });

  it('serves a folder’s index page', async () => {
    const response = await get('/reports/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>reports</h1>');
  });

  it('answers an unknown address with the 404 page and status 404', async () => {
    const response = await get('/no/such/page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not here</h1>');
  });

  it('redirects a folder address without its slash to the slash form, keeping the query', async () => {
    const response = await get('/reports?x=1');
    expect([response.status, response.headers.get('location')]).toEqual([301, '/reports/?x=1']);
  });

  it.each([
    ['a parent folder', '/..%2foutside.txt'],
    ['a sibling folder whose name starts with the site folder’s', '/..%2fsite.cache%2fsecret.txt'],
    ['an encoded dot-dot', '/%2e%2e/outside.txt'],
  ])('never serves a file in %s', async (_, path) => {
    expect(basename(root)).toBe('site');
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not here</h1>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(server.url, { method: 'POST' });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it.each(Object.entries(TYPES))('says a %s file is %s, compressed only when it is text', async (extension, type) => {
    const response = await raw(`/file${extension}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-encoding']).toBe(COMPRESSED.has(extension) ? 'gzip' : undefined);
    expect(response.headers.vary).toBe(COMPRESSED.has(extension) ? 'Accept-Encoding' : undefined);
  });

  it('sends a file of a type it does not know as bytes, and reads extensions in any case', async () => {
    expect((await raw('/file.unknown')).headers['content-type']).toBe('application/octet-stream');
    expect((await raw('/FILE.HTML')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0, gzip;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['br;q=nonsense, gzip', 'gzip'],
    ['br;level=5, gzip', 'br'],
    ['identity', undefined],
    ['', undefined],
  ])('with Accept-Encoding "%s" answers in %s', async (accept, encoding) => {
    const response = await raw('/_astro/app.1a2b.js', accept ? { 'accept-encoding': accept } : {});
    expect(response.headers['content-encoding']).toBe(encoding);
    const body =
      encoding === 'br'
        ? brotliDecompressSync(response.body)
        : encoding === 'gzip'
          ? gunzipSync(response.body)
          : response.body;
    expect(body.toString()).toBe(APP);
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    if (encoding) expect(response.body.length).toBeLessThan(APP.length / 4);
  });

  it('compresses a file rebuilt in place afresh', async () => {
    const file = join(root, 'rebuilt.txt');
    writeFileSync(file, 'first version of the file, long enough');
    expect(gunzipSync((await raw('/rebuilt.txt', { 'accept-encoding': 'gzip' })).body).toString()).toBe(
      readFileSync(file, 'utf8'),
    );
    writeFileSync(file, 'second version, a different length from the first one');
    expect(gunzipSync((await raw('/rebuilt.txt', { 'accept-encoding': 'gzip' })).body).toString()).toBe(
      'second version, a different length from the first one',
    );
  });

  it.each([
    ['/_astro/app.1a2b.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind.js', 'public, max-age=31536000, immutable'],
    ['/reports/', 'no-cache'],
    ['/file.json', undefined],
    ['/no/such/page/', 'no-cache'],
  ])('caches %s with %s', async (path, cacheControl) => {
    expect((await raw(path)).headers['cache-control']).toBe(cacheControl);
  });

  it('answers HEAD with the headers of GET and no body, compressed or not', async () => {
    const plain = await raw('/_astro/app.1a2b.js', {}, 'HEAD');
    expect([plain.status, plain.headers['content-length'], plain.body.length]).toEqual([
      200,
      String(Buffer.byteLength(APP)),
      0,
    ]);
    const compressed = await raw('/_astro/app.1a2b.js', { 'accept-encoding': 'gzip' }, 'HEAD');
    const full = await raw('/_astro/app.1a2b.js', { 'accept-encoding': 'gzip' });
    expect([compressed.status, compressed.headers['content-encoding'], compressed.body.length]).toEqual([
      200,
      'gzip',
      0,
    ]);
    expect(compressed.headers['content-length']).toBe(String(full.body.length));
  });

  it('answers a folder whose index.html is a folder, and a missing build file, with the 404 page, never cached', async () => {
    const odd = await raw('/odd/');
    expect([odd.status, odd.body.toString()]).toEqual([404, '<h1>not here</h1>']);
    const missing = await raw('/_astro/missing.js');
    expect([missing.status, missing.headers['cache-control'], missing.body.toString()]).toEqual([
      404,
      'no-cache',
      '<h1>not here</h1>',
    ]);
  });

  it('compresses text as tightly as gzip can', async () => {
    const response = await raw('/story.txt', { 'accept-encoding': 'gzip' });
    expect(gunzipSync(response.body).toString()).toBe(STORY);
    expect(response.body.length).toBeLessThanOrEqual(gzipSync(STORY, { level: constants.Z_BEST_COMPRESSION }).length);
  });

  it('answers a folder without an index page, and an address that is not valid percent-encoding, as a host would', async () => {
    const empty = await get('/empty/');
    expect([empty.status, await empty.text()]).toEqual([404, '<h1>not here</h1>']);
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });
});

describe('a site without a 404 page', () => {
  it('answers an unknown address with a plain "Not found" and status 404', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'static-server-bare-'));
    const plain = await serveStatic(bare);
    try {
      const response = await fetch(new URL('/nothing', plain.url));
      expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
        404,
        'text/plain; charset=utf-8',
        'Not found',
      ]);
    } finally {
      await plain.close();
      rmSync(bare, { recursive: true, force: true });
    }
    await expect(fetch(plain.url)).rejects.toThrow();
  });
});

describe('listening', () => {
  it('refuses a port already taken, and listens on the IPv4 loopback address only', async () => {
    const site = mkdtempSync(join(tmpdir(), 'static-server-port-'));
    const first = await serveStatic(site);
    try {
      const { port } = new URL(first.url);
      expect(first.url).toBe(`http://127.0.0.1:${port}/`);
      await expect(serveStatic(site, Number(port))).rejects.toThrow(/EADDRINUSE/);
      expect((await fetch(first.url)).status).toBe(404);
      await expect(fetch(`http://[::1]:${port}/`)).rejects.toThrow();
    } finally {
      await first.close();
      rmSync(site, { recursive: true, force: true });
    }
  });

  it('closes at once, even while a client is still downloading', async () => {
    const site = mkdtempSync(join(tmpdir(), 'static-server-close-'));
    writeFileSync(join(site, 'big.bin'), Buffer.alloc(32 * 1024 * 1024));
    const busy = await serveStatic(site);
    try {
      const socket = connect(Number(new URL(busy.url).port), '127.0.0.1');
      await once(socket, 'connect');
      socket.write('GET /big.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await once(socket, 'data');
      socket.pause();
      await busy.close();
      socket.destroy();
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
