// The benchmark's baseline: a bare Astro site rendering the same Markdown through the same pipeline, one plain page per report.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writeBaselineProject(dir: string): string {
  const root = resolve(dir);
  const repo = resolve('.');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readEntityNames } from '${repo}/src/lib/entity-names';
import { paths } from '${repo}/src/lib/routes';
import { markdownPipeline } from '${repo}/src/plugins/markdown-pipeline';

export default defineConfig({
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  markdown: {
    processor: unified(markdownPipeline({ base: '/', entities: readEntityNames(process.env.CONTENT_DIR + '/entities'), entityHref: paths.entity })),
  },
});
`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  reports: defineCollection({ loader: glob({ pattern: '*.md', base: process.env.CONTENT_DIR + '/reports' }) }),
};
`,
  );
  writeFileSync(
    join(root, 'src/pages/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{String(entry.data.headline)}</title></head>
<body><h1>{String(entry.data.headline)}</h1><Content /></body></html>
`,
  );
  return root;
}
