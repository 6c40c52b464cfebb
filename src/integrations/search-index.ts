// Astro integration: the search index (Pagefind, into dist/pagefind/), built while the site renders. Each page goes
// to Pagefind as soon as Astro has it, reduced to what Pagefind indexes (search-region.ts): Pagefind runs in its own
// process, so it indexes on the second core while Astro renders on the first, instead of re-reading every page after
// the build. Pages go in the order Astro generates them — Pagefind numbers pages in the order they arrive — so a build
// writes the same index whichever pages it renders and which the incremental build restores. A restored page is
// indexed from the copy of its region kept in the cache folder (search-regions.json), written by the same build as
// Astro's incremental manifest; when the two do not match, from the restored page itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { searchRegion } from './search-region';

interface RegionCache {
  /** The hash of Astro's incremental manifest written by the build that wrote these regions. */
  manifest: string;
  /** The region of every indexed page, by its URL in the index ("/reports/x/"). */
  regions: Record<string, string>;
}

const hashOf = (file: string) => {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
};

/** Pagefind names these files by a hash of what they hold: one that exists already holds the same. */
const HASHED = /_[0-9a-f]{7,}\.pf_(fragment|index|filter|meta)$/;

/**
 * Writes Pagefind's files, leaving a hash-named file that is already there alone (a page unchanged since the last
 * build keeps its fragment): only touched, so the output folder's pruning (output-folder.ts) sees it as this build's.
 */
function writeBundle(folder: string, files: pagefind.IndexFile[]) {
  const now = new Date();
  for (const file of files) {
    const path = join(folder, file.path);
    if (HASHED.test(file.path) && existsSync(path)) utimesSync(path, now, now);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
  }
}

/** "/reports/x/" for a page, whatever the base path and trailing slash: URLs in the index leave the base out. */
const urlOf = (pathname: string) => `/${pathname.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let outDir = '';
  let index: pagefind.PagefindIndex | undefined;
  let previous = new Map<string, string>();
  const regions = new Map<string, string>();
  const pending: Promise<{ errors: string[] }>[] = [];
  /** Page URLs in the order Astro generates them, and how far Astro has got. */
  let order: string[] = [];
  let next = 0;
  let reused = 0;

  const add = (url: string, region: string | undefined) => {
    if (region === undefined || regions.has(url)) return 0;
    regions.set(url, region);
    pending.push(index!.addHTMLFile({ url, content: region }));
    return 1;
  };
  /** Pages before `end` that Astro did not render were restored: index them from the cache, else from dist/. */
  const restoredUpTo = (end: number) => {
    for (; next < end; next++) {
      const url = order[next];
      if (previous.size > 0) reused += add(url, previous.get(url));
      else if (url.endsWith('/')) {
        try {
          add(url, searchRegion(readFileSync(join(outDir, url, 'index.html'), 'utf8')));
        } catch {
          // not a page (a feed, a JSON file): nothing to index
        }
      }
    }
  };

  const wrap = (astro: AstroPrerenderer): AstroPrerenderer => ({
    name: `${astro.name}+search-index`,
    setup: astro.setup && (() => astro.setup!()),
    collectStaticImages: astro.collectStaticImages && (() => astro.collectStaticImages!()),
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      order = paths.map((path) => urlOf(path.pathname));
      return paths;
    },
    async render(request, options) {
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const url = urlOf(new URL(request.url).pathname.slice(base.length));
      const at = order.indexOf(url, next);
      if (at !== -1) {
        restoredUpTo(at);
        next = at + 1;
      }
      if (response.status !== 200) return result;
      const html = await response.text();
      add(url, searchRegion(html));
      const copy = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    async teardown() {
      restoredUpTo(order.length);
      await astro.teardown?.();
    },
  });

  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        try {
          const cache = JSON.parse(readFileSync(join(cacheDir, 'search-regions.json'), 'utf8')) as RegionCache;
          if (cache.manifest === hashOf(join(cacheDir, 'incremental-build.json')))
            previous = new Map(Object.entries(cache.regions));
        } catch {
          // no index from an earlier build: restored pages are read from dist/
        }
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        setPrerenderer(wrap);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        restoredUpTo(order.length);
        const errors = (await Promise.all(pending)).flatMap((response) => response.errors);
        if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
        const bundle = await index!.getFiles();
        if (bundle.errors.length) throw new Error(`Pagefind could not write its index: ${bundle.errors.join('; ')}`);
        await pagefind.close();
        writeBundle(join(fileURLToPath(dir), 'pagefind'), bundle.files);
        const manifest = hashOf(join(cacheDir, 'incremental-build.json'));
        if (manifest) {
          const cache: RegionCache = { manifest, regions: Object.fromEntries(regions) };
          writeFileSync(join(cacheDir, 'search-regions.json'), JSON.stringify(cache));
        }
        logger.info(
          `indexed ${regions.size} pages for search (${reused} from the cache) while rendering; finished ${Math.round(performance.now() - started)} ms after it`,
        );
      },
    },
  };
}
