// The CMS on the dev site (`astro dev`, `npm run edit`), for the `cms` integration (src/integrations/cms.ts):
// /admin/ with the configuration generated from src/schemas/ on every request (never stale) and the local backend,
// /admin/check.json (the checker's verdict the form shows after a save), and the checker re-run whenever a content
// file changes, into the terminal and the error overlay.
import type { ServerResponse } from 'node:http';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import * as configModule from '../cms';
import { checkContent } from '../checker/check-content';
import { formatReport, hasErrors } from '../checker/format';
import { cmsBundle, cmsPage, logoSvg, siteName } from './cms-bundle';

// Imported statically: Astro loads the integration with a module runner it closes once the configuration is read.
type ConfigModule = typeof configModule;

/** Where the site is and what it edits, as the integration learns it from Astro's configuration. */
export interface CmsSite {
  /** The project's root folder. */
  root: string;
  /** The site's base path, ending in "/". */
  base: string;
  /** The content folder, as the integration was given it. */
  contentDir: string;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
};

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

/** Shows the checker's errors in the overlay of every page while they last, and re-checks when content changes. */
function checkContentChanges(server: ViteDevServer, logger: AstroIntegrationLogger, { root, contentDir }: CmsSite) {
  const contentRoot = resolve(root, contentDir);
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
}

/** Serves /admin/ on the dev site, and checks content as it changes. */
export function serveCms(server: ViteDevServer, logger: AstroIntegrationLogger, cmsSite: CmsSite) {
  const { root, base, contentDir } = cmsSite;
  const admin = `${base}admin/`;
  const localBackend = process.env.CMS_LOCAL_BACKEND;
  // Built on the first request (under `npm run edit`, in the background as the site starts, so the CMS opens
  // at once), and again on the next request after a file it is made of changes.
  if (localBackend)
    cmsBundle(root).catch((error: Error) => logger.error(`the CMS could not be built: ${error.message}`));

  checkContentChanges(server, logger, cmsSite);

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
        return send(response, 200, 'text/html; charset=utf-8', cmsPage(siteName(contentDir)));
      if (file === 'logo.svg')
        return send(response, 200, 'image/svg+xml; charset=utf-8', logoSvg(siteName(contentDir)));
      if (file === 'config.yml') {
        // Loaded through Vite, so a schema edited while the site runs shows in the form on the next load.
        const module = (await server
          .ssrLoadModule(join(root, 'src/cms/index.ts'))
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
      const built = (await cmsBundle(root)).files.get(file);
      if (built !== undefined)
        return send(response, 200, CONTENT_TYPES[file.split('.').pop()!] ?? 'application/octet-stream', built);
      send(response, 404, 'text/plain; charset=utf-8', `${path}: not part of the CMS`);
    };
    answer().catch((error: Error) => {
      logger.error(`${path}: ${error.message}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', error.message);
    });
  });
  logger.info(
    `the CMS is at ${admin} (local backend ${localBackend ?? configModule.DEFAULT_LOCAL_BACKEND}: start both with "npm run edit")`,
  );
}
