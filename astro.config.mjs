// @ts-check
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import cms from './src/integrations/cms';
import contentCheck from './src/integrations/content-check';
import contentStore from './src/integrations/content-store';
import editorPreview from './src/integrations/editor-preview';
import outputFolder from './src/integrations/output-folder';
import searchIndex from './src/integrations/search-index';
import { contentDir } from './src/lib/content-dir';
import { readEntityNames } from './src/lib/entity-names';
import { paths } from './src/lib/routes';
import { markdownPipeline } from './src/plugins/markdown-pipeline';

// Operators choose where dist/ is served: SITE_URL for absolute links, BASE_PATH for a sub-path deploy.
const base = process.env.BASE_PATH ?? '/';
// import.meta.env.BASE_URL must come from `base` alone: Astro lets a BASE_URL in the environment (vitest sets one
// for its own runs, and so may a shell) replace it in page code, and every link would then miss the sub-path.
delete process.env.BASE_URL;
if (!process.env.SITE_URL && process.argv.includes('build')) {
  console.warn(
    '[site] SITE_URL is not set: feeds, the sitemap, robots.txt and JSON-LD will point at http://localhost:4321. ' +
      'Set SITE_URL (e.g. SITE_URL=https://news.example.com npm run build) for a build you deploy.',
  );
}

/**
 * The sha256 of every `<script is:inline>` written in a component under src/, for the Content Security Policy.
 * Astro hashes the scripts it bundles itself, not inline ones; these are rendered byte for byte as written, so
 * hashing the source text is exact (tests/e2e/csp.test.ts checks every inline script of every built page).
 * An inline script must be literal text: `define:vars` or `set:html` on a script could not be hashed here.
 */
function inlineScriptHashes(dir = 'src') {
  const hashes = new Set();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .sort();
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const [, attributes, code = ''] of source.matchAll(/<script\b([^>]*?)(?:\/>|>([\s\S]*?)<\/script>)/g)) {
      if (/\bsrc=/.test(attributes) || !/\bis:inline\b/.test(attributes)) continue; // files are 'self'; Astro hashes bundled ones
      const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
      if (type && !/^(module|text\/javascript)$/.test(type)) continue; // data blocks (JSON-LD) never run
      if (/\b(define:vars|set:html|set:text)\b/.test(attributes)) {
        throw new Error(
          `${join(dir, file)}: an inline <script> must be literal text to be allowed by the Content Security Policy (no define:vars or set:html); pass data in data-* attributes`,
        );
      }
      hashes.add(`sha256-${createHash('sha256').update(code).digest('base64')}`);
    }
  }
  return /** @type {`sha256-${string}`[]} */ ([...hashes]);
}

/**
 * What the dev server does not watch: the tools' output folders. Vite watches the whole project, and a project
 * that has run the tests or the benchmark holds hundreds of thousands of files under tmp/ (built sites, their caches,
 * synthetic content): crawling them made `npm run dev` take 35 s or more to start before a page was served. The
 * content folder is watched wherever it is, even under tmp/ (the benchmark's).
 * @param {string} path
 */
function outsideTheSite(path) {
  const absolute = resolve(path);
  const content = resolve(contentDir);
  if (absolute === content || absolute.startsWith(content + sep) || content.startsWith(absolute + sep)) return false;
  return ['tmp', 'dist', 'test-results', 'reports', '.git'].some((folder) => {
    const root = resolve(folder);
    return absolute === root || absolute.startsWith(root + sep);
  });
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Builds that run side by side (the tests) each keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  base,
  trailingSlash: 'always',
  // A Content Security Policy in a <meta> on every page (README "Deploying"): scripts and styles only from this
  // site or by hash, nothing else loaded. connect-src lets tools read robots.txt from a page (Lighthouse does);
  // /search/ adds what Pagefind needs (src/pages/search.astro).
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self'",
        "manifest-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
      scriptDirective: { resources: ["'self'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // One cacheable stylesheet per bundle instead of the same CSS inlined into every page.
  build: { inlineStylesheets: 'never' },
  // A page whose getStaticPaths cacheKey (the hash of its view, src/lib/views/key.ts) and code are unchanged is restored from the
  // previous build's copy in the cache folder instead of rendered (`astro build --force` renders every page). It
  // needs build.concurrency 1, the default.
  experimental: { incrementalBuild: true },
  // emptyOutDir: dist/ is kept between builds and pruned afterwards (src/integrations/output-folder.ts), so pages the
  // incremental build restores are not deleted and copied back.
  vite: { build: { cssCodeSplit: false, emptyOutDir: false }, server: { watch: { ignored: outsideTheSite } } },
  server: { host: 'localhost', port: 4321 },
  integrations: [
    contentCheck(contentDir),
    editorPreview(),
    contentStore(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') && !page.includes('/admin/') }),
    searchIndex(),
    cms(contentDir),
    // Last: it keeps what the integrations before it wrote and removes what no one wrote this time.
    outputFolder(),
  ],
  markdown: {
    // Shiki colours code with inline style attributes, which the Content Security Policy refuses; digests are prose.
    syntaxHighlight: false,
    processor: unified(
      markdownPipeline({
        base,
        entities: readEntityNames(`${contentDir}/entities`),
        entityHref: paths.entity,
        reportUnsafe: (file, finding) =>
          console.warn(
            `[content] ${relative(process.cwd(), file.path)}: removed ${finding} (unsafe HTML is never published)`,
          ),
      }),
    ),
  },
});
