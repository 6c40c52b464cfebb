// Astro integration: the search index (Pagefind, into dist/pagefind/), built while the site renders. Each page goes
// to Pagefind as soon as Astro has it, reduced to what Pagefind indexes (search-region.ts): Pagefind runs in its own
// process, so it indexes on the second core while Astro renders on the first, instead of re-reading every page after
// the build. Pages go in the order Astro generates them — Pagefind numbers pages in the order they arrive — so a build
// writes the same index whichever pages it renders and which the incremental build restores.
//
// A restored page is indexed from the copy of its region kept in the cache folder (search-regions.json, written by the
// same build as Astro's incremental manifest, else read from the restored page). A page whose cache key is the one
// recorded with its region will be restored, so its region goes to Pagefind before Astro gets to it: Pagefind works
// through the unchanged pages while Astro is still loading content. Should such a page be rendered after all (its
// code changed) and differ, the index is built again from this build's regions: slower, never stale.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';
import { searchRegion } from './search-region';

interface RegionCache {
  /** The hash of Astro's incremental manifest written by the build that wrote these regions. */
  manifest: string;
  /** Every keyed page's cache key, and every indexed page's region, by its URL in the index ("/reports/x/"). */
  keys: Record<string, string>;
  regions: Record<string, string>;
}

function readCache(cacheDir: string): { keys: Map<string, string>; regions: Map<string, string> } | undefined {
  try {
    const cache = JSON.parse(readFileSync(join(cacheDir, 'search-regions.json'), 'utf8')) as RegionCache;
    if (cache.manifest !== hashOf(join(cacheDir, 'incremental-build.json'))) return undefined;
    return { keys: new Map(Object.entries(cache.keys)), regions: new Map(Object.entries(cache.regions)) };
  } catch {
    return undefined; // no index from an earlier build: restored pages are read from dist/
  }
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
 * All at once: at 10,000 reports a first build writes some 10,000 files, and the file system takes several at a time.
 */
async function writeBundle(folder: string, files: pagefind.IndexFile[]) {
  const now = new Date();
  const folders = [...new Set(files.map((file) => dirname(join(folder, file.path))))];
  await Promise.all(folders.map((path) => mkdir(path, { recursive: true })));
  await Promise.all(
    files.map((file) => {
      const path = join(folder, file.path);
      return HASHED.test(file.path) && existsSync(path) ? utimes(path, now, now) : writeFile(path, file.content);
    }),
  );
}

/** "/reports/x/" for a page, whatever the base path and trailing slash: URLs in the index leave the base out. */
const urlOf = (pathname: string) => `/${pathname.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let outDir = '';
  let index: pagefind.PagefindIndex | undefined;
  let cached: ReturnType<typeof readCache>;
  /** This build's regions, in the order they went to Pagefind. */
  const regions = new Map<string, string>();
  const pending: Promise<{ errors: string[] }>[] = [];
  /** Page URLs and cache keys in the order Astro generates them; pages before `next` are with Pagefind. */
  let order: string[] = [];
  let keys: (string | undefined)[] = [];
  let positions = new Map<string, number>();
  let next = 0;
  let reused = 0;
  let ahead = 0;
  /** A page went to Pagefind ahead of Astro, then rendered differently: the index is built again at the end. */
  let spoiled = false;
  /** Pagefind builds the index from the moment the last page is in, while Astro finishes (sitemap, manifest). */
  let bundle: Promise<pagefind.GetFilesResponse> | undefined;

  const add = (url: string, region: string | undefined) => {
    if (region === undefined || regions.has(url)) return 0;
    regions.set(url, region);
    pending.push(index!.addHTMLFile({ url, content: region }));
    return 1;
  };
  const fromCacheOrDist = (url: string) => {
    if (cached) return cached.regions.get(url);
    try {
      return url.endsWith('/') ? searchRegion(readFileSync(join(outDir, url, 'index.html'), 'utf8')) : undefined;
    } catch {
      return undefined; // not a page (a feed, a JSON file): nothing to index
    }
  };
  /** Pages before `end` that Astro did not render were restored. */
  const restoredUpTo = (end: number) => {
    for (; next < end; next++) reused += add(order[next], fromCacheOrDist(order[next]));
  };
  /** Pages from `next` on that Astro will restore, up to the next one it will render. */
  const runAhead = () => {
    if (!cached) return;
    for (; next < order.length && keys[next] && cached.keys.get(order[next]) === keys[next]; next++) {
      const added = add(order[next], cached.regions.get(order[next]));
      reused += added;
      ahead += added;
    }
  };

  const wrap = (astro: AstroPrerenderer): AstroPrerenderer => ({
    name: `${astro.name}+search-index`,
    setup: astro.setup && (() => astro.setup!()),
    collectStaticImages: astro.collectStaticImages && (() => astro.collectStaticImages!()),
    async getStaticPaths() {
      const paths = await astro.getStaticPaths();
      order = paths.map((path) => urlOf(path.pathname));
      keys = paths.map((path) => path.cacheKey);
      positions = new Map(order.map((url, at) => [url, at]));
      runAhead();
      return paths;
    },
    async render(request, options) {
      const result = await astro.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const url = urlOf(new URL(request.url).pathname.slice(base.length));
      const html = response.status === 200 ? await response.text() : undefined;
      const region = html === undefined ? undefined : searchRegion(html);
      const at = positions.get(url);
      if (at !== undefined && at < next) {
        // Already with Pagefind (ahead of Astro): it must be what this render gives.
        if (regions.get(url) !== region) spoiled = true;
        if (region === undefined) regions.delete(url);
        else regions.set(url, region);
      } else {
        if (at !== undefined) restoredUpTo(at);
        add(url, region);
        if (at !== undefined) next = at + 1;
        runAhead();
      }
      if (html === undefined) return result;
      const copy = new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    async teardown() {
      restoredUpTo(order.length);
      if (!spoiled) {
        bundle = index!.getFiles();
        bundle.catch(() => undefined); // a failed build never reaches build:done, which reports a failure there
      }
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
        cached = readCache(cacheDir);
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        setPrerenderer(wrap);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        restoredUpTo(order.length);
        const errors = (await Promise.all(pending)).flatMap((response) => response.errors);
        if (spoiled) {
          await index!.deleteIndex();
          index = (await pagefind.createIndex({})).index!;
          const inOrder = [...regions].sort(
            ([a], [b]) => (positions.get(a) ?? Infinity) - (positions.get(b) ?? Infinity),
          );
          const added = await Promise.all(inOrder.map(([url, content]) => index!.addHTMLFile({ url, content })));
          errors.push(...added.flatMap((response) => response.errors));
          logger.info('a page rendered differently from the region kept for it: indexed this build’s pages afresh');
        }
        if (errors.length) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
        const { files, errors: failed } = await (bundle ?? index!.getFiles());
        if (failed.length) throw new Error(`Pagefind could not write its index: ${failed.join('; ')}`);
        await pagefind.close();
        await writeBundle(join(fileURLToPath(dir), 'pagefind'), files);
        const manifest = hashOf(join(cacheDir, 'incremental-build.json'));
        if (manifest) {
          const cache: RegionCache = {
            manifest,
            keys: Object.fromEntries(order.flatMap((url, at) => (keys[at] ? [[url, keys[at]]] : []))),
            regions: Object.fromEntries(regions),
          };
          writeFileSync(join(cacheDir, 'search-regions.json'), JSON.stringify(cache));
        }
        logger.info(
          `indexed ${regions.size} pages for search (${reused} from the cache, ${ahead} of them ahead of Astro) while rendering; finished ${Math.round(performance.now() - started)} ms after it`,
        );
      },
    },
  };
}
