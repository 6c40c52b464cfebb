// What the browser editor at /admin/ is made of, for the `cms` integration (src/integrations/cms.ts): the editor's
// script bundled with Vite (kept across dev-server restarts until one of its sources changes) and its HTML page.
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { build } from 'vite';
import { parse } from 'yaml';
import { SITE_FILE } from '../lib/collections';

/** The editor's script: src/pages/admin/_admin.ts with Decap CMS, React and our file writer, as files by name. */
export interface AdminBundle {
  files: Map<string, Uint8Array | string>;
  /** The project's own source files in it (not node_modules): a change to one of them builds it again. */
  sources: string[];
}

/**
 * Bundles the editor with Vite (Decap's own prebuilt bundle inlines react-dom 19.2.0 and refuses any other React, so
 * Decap is bundled from its ES modules with the project's React instead): admin/cms.js plus the chunks and WebAssembly
 * it loads on demand from admin/cms/. About ten seconds; 5.6 MB, 1.5 MB gzipped, fetched by /admin/ alone.
 */
export async function buildAdmin(root: string): Promise<AdminBundle> {
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
export async function adminBundle(root: string): Promise<AdminBundle> {
  const store = globalThis as { [CACHE]?: CachedBundle };
  const cached = store[CACHE];
  if (cached && cached.root === root && !(await isStale(cached))) return cached.bundle;
  const fresh: CachedBundle = { root, startedAt: Date.now(), bundle: buildAdmin(root) };
  store[CACHE] = fresh;
  return fresh.bundle;
}

/** The site's name from site.yaml, for the editor's title. */
export function siteName(contentDir: string): string {
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
export const adminPage = (name: string) => `<!doctype html>
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
