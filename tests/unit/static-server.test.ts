// The static server behind `npm start` and `npm run preview`, on a tiny site in a temporary folder: what a static
// host answers, and nothing outside the site's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server';

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

const get = (path: string) => fetch(new URL(path, server.url), { redirect: 'manual' });

describe('the static server', () => {
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
});
