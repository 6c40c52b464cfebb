// @ts-check
import { relative } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check';
import editorPreview from './src/integrations/editor-preview';
import searchIndex from './src/integrations/search-index';
import { contentDir } from './src/lib/content-dir';
import { readEntityNames } from './src/lib/entity-names';
import { paths } from './src/lib/routes';
import { markdownPipeline } from './src/plugins/markdown-pipeline';

// Operators choose where dist/ is served: SITE_URL for absolute links, BASE_PATH for a sub-path deploy.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // Builds that run side by side (the tests) each keep their content cache apart.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  base,
  trailingSlash: 'always',
  // One cacheable stylesheet per bundle instead of the same CSS inlined into every page.
  build: { inlineStylesheets: 'never' },
  vite: { build: { cssCodeSplit: false } },
  server: { host: 'localhost', port: 4321 },
  integrations: [
    contentCheck(contentDir),
    editorPreview(),
    sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/404.html') }),
    searchIndex(),
  ],
  markdown: {
    processor: unified(
      markdownPipeline({
        base,
        entities: readEntityNames(`${contentDir}/entities`),
        entityHref: paths.entity,
        reportUnsafe: (file, finding) =>
          console.warn(`[content] ${relative(process.cwd(), file.path)}: removed ${finding} (unsafe HTML is never published)`),
      }),
    ),
  },
});
