// Builds the seed site three ways and serves the sub-path build with nginx (from deploy/nginx.conf); every site test reads these.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { findNginx, freePort, NGINX_CANDIDATES, serveWithNginx } from '../helpers/nginx';

export const SUBPATH = '/jv-story/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where nginx serves the sub-path build, e.g. "http://127.0.0.1:41234/jv-story/"; null when nginx is missing outside CI. */
    serverUrl: string | null;
    subpathSite: string;
  }
}

/** A copy of a folder whose files are created in reverse name order, so the build cannot lean on directory order. */
function copyInReverseOrder(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort().reverse()) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) copyInReverseOrder(source, join(to, name));
    else cpSync(source, join(to, name));
  }
}

function build(name: string, env: Record<string, string>) {
  const { status, output } = buildSite(`${TEST_BUILDS}/${name}`, env);
  if (status !== 0) throw new Error(`The ${name} build failed:\n${output}`);
}

export default async function setup(project: TestProject) {
  const reversed = 'tmp/test-content/reversed';
  rmSync(reversed, { recursive: true, force: true });
  copyInReverseOrder('content', reversed);

  const port = await freePort();
  const subpathSite = `http://127.0.0.1:${port}`;
  build('la', { TZ: 'America/Los_Angeles' });
  build('tokyo', { TZ: 'Asia/Tokyo', CONTENT_DIR: reversed });
  build('subpath', { BASE_PATH: SUBPATH, SITE_URL: subpathSite });
  project.provide('subpathSite', subpathSite);

  const nginx = findNginx();
  if (!nginx) {
    const message = `nginx not found (tried ${NGINX_CANDIDATES.join(', ')}): install it with "apt-get install -y nginx" or set NGINX_PATH`;
    if (process.env.CI) throw new Error(message);
    console.warn(`⚠ server tests skipped: ${message}`);
    project.provide('serverUrl', null);
    return;
  }
  const server = await serveWithNginx(nginx, `${TEST_BUILDS}/subpath`, SUBPATH, port, 'tmp/nginx');
  project.provide('serverUrl', server.url);
  return () => server.stop();
}
