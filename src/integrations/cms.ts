// Astro integration: the browser editor at /admin/ (Decap CMS; docs/cms.md). It is not an Astro page, so no reader
// page, sitemap, search index or Content Security Policy ever sees it:
//   - `astro dev` (and `npm run edit`) serves /admin/ with the configuration generated from src/schemas/ on every
//     request (never stale), the local backend, and /admin/check.json, the checker's verdict the form shows after a
//     save; it also re-runs the checker whenever a content file changes, into the terminal and the error overlay;
//   - `astro build` writes dist/admin/ only when an operator names the GitHub repository the editor commits to
//     (CMS_GITHUB_REPO): without a backend, a published /admin/ could do nothing.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'vite';
import { parse } from 'yaml';
import * as configModule from '../../scripts/cms-config';
import { checkContent } from '../checker/check-content';
import { formatReport, hasErrors } from '../checker/format';
import { SITE_FILE } from '../lib/collections';

// Imported statically: Astro loads this file with a module runner it closes once the configuration is read.
type ConfigModule = typeof configModule;

/** The editor's script: src/pages/admin/_admin.ts with Decap CMS, React and our file writer, as files by name. */
interface AdminBundle {
  files: Map<string, Uint8Array | string>;
  /** The project's own source files in it (not node_modules): a change to one of them builds it again. */
  sources: string[];
}

/**
 * Bundles the editor with Vite (Decap's own prebuilt bundle inlines react-dom 19.2.0 and refuses any other React, so
 * Decap is bundled from its ES modules with the project's React instead): admin/cms.js plus the chunks and WebAssembly
 * it loads on demand from admin/cms/. About ten seconds; 5.6 MB, 1.5 MB gzipped, fetched by /admin/ alone.
 */
async function buildAdmin(root: string): Promise<AdminBundle> {
  const result = await build({
    root,
    base: './',
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'error',
    mode: 'production',
    // `astro dev` sets NODE_ENV=development, which would bundle React's slow development build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: {
        input: join(root, 'src/pages/admin/_admin.ts'),
        output: {
          entryFileNames: 'cms.js',
          chunkFileNames: 'cms/[name]-[hash].js',
          assetFileNames: 'cms/[name]-[hash][extname]',
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) =>
    'output' in output ? output.output : [],
  );
  const files = new Map<string, Uint8Array | string>();
  const sources = new Set<string>();
  for (const output of outputs) {
    if (output.type === 'chunk') {
      files.set(output.fileName, output.code);
      for (const id of output.moduleIds)
        if (id.startsWith(root) && !id.includes(`${sep}node_modules${sep}`)) sources.add(id);
    } else files.set(output.fileName, output.source);
  }
  if (!files.has('cms.js')) throw new Error('the editor was not built: no cms.js');
  return { files, sources: [...sources] };
}

/** The last bundle, kept across dev-server restarts (Astro restarts it when its configuration's files change). */
const CACHE = Symbol.for('story-tracker.cms.admin-bundle');
interface CachedBundle {
  root: string;
  startedAt: number;
  bundle: Promise<AdminBundle>;
}

async function isStale(cached: CachedBundle): Promise<boolean> {
  const built = await cached.bundle.catch(() => undefined);
  if (!built) return true;
  return built.sources.some((file) => {
    try {
      return statSync(file).mtimeMs > cached.startedAt;
    } catch {
      return true;
    }
  });
}

/** The editor's bundle: the cached one while none of its sources changed, else a new build. */
async function adminBundle(root: string): Promise<AdminBundle> {
  const store = globalThis as { [CACHE]?: CachedBundle };
  const cached = store[CACHE];
  if (cached && cached.root === root && !(await isStale(cached))) return cached.bundle;
  const fresh: CachedBundle = { root, startedAt: Date.now(), bundle: buildAdmin(root) };
  store[CACHE] = fresh;
  return fresh.bundle;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
};

/** The site's name from site.yaml, for the editor's title. */
function siteName(contentDir: string): string {
  try {
    const name = (parse(readFileSync(join(contentDir, SITE_FILE), 'utf8')) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : 'the site';
  } catch {
    return 'the site';
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

/** The page itself: noindex, and nothing but the editor's script (all its URLs relative, so any base path works). */
const adminPage = (name: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Editor · ${escapeHtml(name)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<script type="module" src="cms.js"></script>
</head>
<body>
<noscript>The editor needs JavaScript. Every file it edits can also be edited by hand: see docs/authoring.md.</noscript>
</body>
</html>
`;

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

/**
 * Runs the checker after content files change (debounced), into the terminal and the dev site's error overlay. The
 * overlay is shown again to every page that connects while the errors last: the save that caused them also reloads
 * the page.
 */
function recheckOnChange(
  contentDir: string,
  logger: AstroIntegrationLogger,
  overlay: (message: string | undefined) => void,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = Promise.resolve();
  /** `quietly`: as the server starts, when content-check has just printed the same report. */
  const recheck = async (quietly: boolean) => {
    const problems = await checkContent(contentDir, { scanMarkup: false });
    const report = formatReport(problems);
    overlay(
      hasErrors(problems)
        ? `Content check failed (the site will not build until this is fixed; "npm run check" shows it again):\n${report}`
        : undefined,
    );
    if (quietly) return;
    if (problems.length === 0) logger.info('content checked after a change: no problems');
    else if (hasErrors(problems)) logger.error(`content check after a change:\n${report}`);
    else logger.warn(`content check after a change:\n${report}`);
  };
  return (quietly = false) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(() => recheck(quietly))
        .catch((error: Error) => logger.error(`content check could not run: ${error.message}`));
    }, 300);
  };
}

export default function cms(contentDir: string): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;

  return {
    name: 'cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },

      'astro:server:setup': ({ server, logger }) => {
        const admin = `${base}admin/`;
        const contentRoot = resolve(root, contentDir);
        const localBackend = process.env.CMS_LOCAL_BACKEND;
        // Built on the first request (under `npm run edit`, in the background as the site starts, so the editor opens
        // at once), and again on the next request after a file it is made of changes.
        if (localBackend)
          adminBundle(root).catch((error: Error) => logger.error(`the editor could not be built: ${error.message}`));

        let failing: string | undefined;
        const showOverlay = () =>
          failing && server.ws.send({ type: 'error', err: { message: failing, stack: '', plugin: 'content-check' } });
        server.ws.on('connection', showOverlay);
        const onContent = recheckOnChange(contentDir, logger, (message) => {
          failing = message;
          showOverlay();
        });
        // Once as the server starts too: it restarts when its configuration's files change, and the overlay must last.
        onContent(true);
        server.watcher.add(contentRoot);
        for (const event of ['add', 'change', 'unlink'] as const) {
          server.watcher.on(event, (file: string) => {
            if (resolve(file).startsWith(contentRoot + sep) || resolve(file) === contentRoot) onContent();
          });
        }

        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          if (path === admin.slice(0, -1)) {
            response.statusCode = 301;
            response.setHeader('Location', admin);
            response.end();
            return;
          }
          if (!path.startsWith(admin)) return next();
          const file = path.slice(admin.length);
          const answer = async () => {
            if (file === '' || file === 'index.html')
              return send(response, 200, 'text/html; charset=utf-8', adminPage(siteName(contentDir)));
            if (file === 'config.yml') {
              // Loaded through Vite, so a schema edited while the site runs shows in the form on the next load.
              const module = (await server
                .ssrLoadModule(join(root, 'scripts/cms-config.ts'))
                .catch(() => configModule)) as ConfigModule;
              const text = module.cmsConfigYaml({ backend: { name: 'local', url: localBackend }, contentDir });
              return send(response, 200, 'text/yaml; charset=utf-8', text);
            }
            if (file === 'check.json') {
              const problems = await checkContent(contentDir);
              return send(
                response,
                200,
                'application/json; charset=utf-8',
                JSON.stringify({ problems, report: formatReport(problems) }),
              );
            }
            const built = (await adminBundle(root)).files.get(file);
            if (built !== undefined)
              return send(response, 200, CONTENT_TYPES[file.split('.').pop()!] ?? 'application/octet-stream', built);
            send(response, 404, 'text/plain; charset=utf-8', `${path}: not part of the editor`);
          };
          answer().catch((error: Error) => {
            logger.error(`${path}: ${error.message}`);
            if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', error.message);
          });
        });
        logger.info(
          `the editor is at ${admin} (local backend ${localBackend ?? configModule.DEFAULT_LOCAL_BACKEND}: start both with "npm run edit")`,
        );
      },

      'astro:build:done': async ({ dir, logger }) => {
        const repo = process.env.CMS_GITHUB_REPO;
        if (!repo) return;
        const started = performance.now();
        const out = join(fileURLToPath(dir), 'admin');
        const { cmsConfigYaml } = configModule;
        const { files } = await buildAdmin(root);
        for (const [file, contents] of [
          ['index.html', adminPage(siteName(contentDir))],
          [
            'config.yml',
            cmsConfigYaml({
              backend: { name: 'github', repo, branch: process.env.CMS_BRANCH, baseUrl: process.env.CMS_AUTH_URL },
              contentDir,
              repoRoot: root,
              siteUrl: site ? new URL(base, site).href : undefined,
            }),
          ],
          ...files,
        ] as const) {
          mkdirSync(dirname(join(out, file)), { recursive: true });
          writeFileSync(join(out, file), contents);
        }
        logger.info(
          `wrote the editor to admin/ (GitHub backend ${repo}) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
