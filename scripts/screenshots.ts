// Screenshots of built pages at desktop and phone widths, light and dark, into tmp/screenshots/.
// Usage: npm run screenshots -- [--out DIR] [baseUrl] [path ...]   (serve dist/ first, e.g. `npm start`)
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath, chromiumArgs } from './browser';

const usage = 'Usage: npm run screenshots -- [--out DIR] [baseUrl (default http://localhost:4321)] [path ...]';
const { values, positionals } = parseArgs({
  options: { out: { type: 'string', default: 'tmp/screenshots' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const [baseUrl = 'http://localhost:4321', ...requested] = positionals;
if (!URL.canParse(baseUrl)) {
  console.error(`screenshots: "${baseUrl}" is not a URL\n${usage}`);
  process.exit(2);
}
const pagePaths = requested.length ? requested : ['/'];
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const outDir = values.out;
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
for (const [device, viewport] of Object.entries(viewports)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme });
    for (const path of pagePaths) {
      // Network idle, not just load: the search page fetches its results after loading (/search/?q=ford).
      await page.goto(new URL(path.replace(/^\//, ''), `${baseUrl.replace(/\/?$/, '/')}`).href, {
        waitUntil: 'networkidle',
      });
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      const file = `${outDir}/${name}-${device}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
