// The system Chromium for browser tests: found or, under CI, a clear failure instead of a silent skip.
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/browser.mjs';

/** The browser's path, or undefined outside CI when none is installed (those tests are then skipped, loudly). */
export function browserPath(): string | undefined {
  try {
    return chromiumPath();
  } catch (error) {
    if (process.env.CI) throw error;
    console.warn(`⚠ browser tests skipped: ${(error as Error).message}`);
    return undefined;
  }
}

export function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * A folder served on 127.0.0.1 at a free port, every file read afresh on each request (no compression, no
 * cache), so a test can rebuild the site into the same folder and visit it again at the same origin
 * (localStorage is kept per origin). Unknown paths get 404.html.
 */
export async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import('node:http');
  const { existsSync, readFileSync, statSync } = await import('node:fs');
  const { extname, join, resolve, sep } = await import('node:path');
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml' };
  const base = resolve(root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) file = join(base, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(base, '404.html');
    response.writeHead(found ? 200 : 404, { 'Content-Type': types[extname(served)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    response.end(readFileSync(served));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}
