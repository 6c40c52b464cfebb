// Astro integration: the CMS at /admin/ (Decap CMS; docs/cms.md). It is not an Astro page, so no reader
// page, sitemap, search index or Content Security Policy ever sees it:
//   - `astro dev` (and `npm run edit`) serves /admin/ with the configuration generated from src/schemas/ on every
//     request (never stale), the local backend, and /admin/check.json, the checker's verdict the form shows after a
//     save; it also re-runs the checker whenever a content file changes, into the terminal and the error overlay;
//   - `astro build` writes dist/admin/ only when an operator names the GitHub repository the CMS commits to
//     (CMS_GITHUB_REPO): without a backend, a published /admin/ could do nothing.
//
// What /admin/ is made of is in cms-bundle.ts; how the dev site serves it, in cms-dev-server.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cmsConfigYaml } from '../cms';
import { serveCms } from './cms-dev-server';
import { cmsPage, buildCms, logoSvg, siteName } from './cms-bundle';

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

      'astro:server:setup': ({ server, logger }) => serveCms(server, logger, { root, base, contentDir }),

      'astro:build:done': async ({ dir, logger }) => {
        const repo = process.env.CMS_GITHUB_REPO;
        if (!repo) return;
        const started = performance.now();
        const out = join(fileURLToPath(dir), 'admin');
        const { files } = await buildCms(root);
        for (const [file, contents] of [
          ['index.html', cmsPage(siteName(contentDir))],
          ['logo.svg', logoSvg(siteName(contentDir))],
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
          `wrote the CMS to admin/ (GitHub backend ${repo}) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
