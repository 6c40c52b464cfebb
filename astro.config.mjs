// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import rehypeExternalLinks from 'rehype-external-links';
import { contentDir } from './src/lib/content-dir';
import { readEntityNames } from './src/lib/entity-names';
import { paths } from './src/lib/routes';
import rehypeBaseLinks from './src/plugins/rehype-base-links';
import remarkEntityLinks from './src/plugins/remark-entity-links';

// Operators choose where dist/ is served: SITE_URL for absolute links, BASE_PATH for a sub-path deploy.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  server: { host: 'localhost', port: 4321 },
  markdown: {
    processor: unified({
      remarkPlugins: [
        [remarkEntityLinks, { entities: readEntityNames(`${contentDir}/entities`), href: paths.entity }],
      ],
      rehypePlugins: [
        [
          rehypeExternalLinks,
          {
            rel: ['noopener', 'noreferrer'],
            properties: { className: ['external'] },
            content: { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ' (external site)' }] },
          },
        ],
        [rehypeBaseLinks, { base }],
      ],
    }),
  },
});
