// Reading a built site: its HTML pages, parsed, and every internal link they make.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../src/checker/read-files';
import { load, type CheerioAPI } from 'cheerio';

export interface BuiltPage {
  /** The URL path the page is served at, e.g. "/reports/x/" or "/404.html". */
  urlPath: string;
  file: string;
  html: string;
  $: CheerioAPI;
}

export { listFiles };

export function readPages(distDir: string, base = '/'): BuiltPage[] {
  const prefix = base.replace(/\/+$/, '');
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(distDir, file), 'utf8');
      const urlPath = `${prefix}/${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return { urlPath, file, html, $: load(html) };
    });
}

/** Astro's hashed bundles and Pagefind's index take new names with each build; _headers is the host's, never served. */
const NOT_AN_ADDRESS = /^(_astro|pagefind)\/|^_headers$/;

/**
 * The addresses a build answers at, under the base: every page ("/reports/x/", "/404.html") and every file a reader,
 * a feed reader or a crawler may have kept (feeds, /story.json, robots.txt, sitemaps, the manifest and icon).
 */
export function siteUrls(distDir: string, base = '/'): string[] {
  const prefix = base.replace(/\/+$/, '');
  return listFiles(distDir)
    .filter((file) => !NOT_AN_ADDRESS.test(file))
    .map((file) => `${prefix}/${file.replace(/(^|\/)index\.html$/, '$1')}`);
}

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

/**
 * Every internal href/src of every page, resolved against the page and the base: the target file must
 * exist in dist/, and a #fragment must name an id on the target page.
 */
export function findBrokenLinks(distDir: string, base = '/'): { checked: number; broken: BrokenLink[] } {
  const pages = readPages(distDir, base);
  const files = new Set(listFiles(distDir));
  const idsByPath = new Map(
    pages.map((page) => [
      page.urlPath,
      new Set(
        page
          .$('[id]')
          .map((_, el) => page.$(el).attr('id'))
          .get(),
      ),
    ]),
  );
  const prefix = base.replace(/\/+$/, '');
  const broken: BrokenLink[] = [];
  let checked = 0;
  for (const page of pages) {
    const origin = 'http://site.test';
    page.$('[href], [src]').each((_, element) => {
      const raw = page.$(element).attr('href') ?? page.$(element).attr('src')!;
      const url = new URL(raw, origin + page.urlPath);
      if (url.origin !== origin) return;
      checked++;
      if (!url.pathname.startsWith(`${prefix}/`)) {
        broken.push({ page: page.urlPath, url: raw, reason: `outside the base path ${base}` });
        return;
      }
      const inDist = decodeURIComponent(url.pathname.slice(prefix.length + 1));
      const file = inDist === '' || inDist.endsWith('/') ? `${inDist}index.html` : inDist;
      if (!files.has(file)) {
        broken.push({ page: page.urlPath, url: raw, reason: `no file ${file} in dist` });
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) {
        broken.push({ page: page.urlPath, url: raw, reason: `no element with id "${fragment}"` });
      }
    });
  }
  return { checked, broken };
}
