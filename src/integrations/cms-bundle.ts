// What the CMS at /admin/ is made of, for the `cms` integration (src/integrations/cms.ts): the CMS's
// script bundled with Vite (kept across dev-server restarts until one of its sources changes) and its HTML page.
import { readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { build, type Plugin } from 'vite';
import { parse } from 'yaml';
import { SITE_FILE } from '../lib/collections';

/** The CMS's script: src/cms/browser/app.ts with Decap CMS, React and our file writer, as files by name. */
export interface CmsBundle {
  files: Map<string, Uint8Array | string>;
  /** The project's own source files in it (not node_modules): a change to one of them builds it again. */
  sources: string[];
}

/** One change to one of Decap's modules: the text it replaces must be there, or the build stops with what changed. */
interface Patch {
  file: string;
  find: string;
  replace: string;
  why: string;
}

/**
 * Decap's toolbar over the form, made plain for editors (docs/cms.md, "What we change in Decap"): one Save button instead of
 * a menu (Save now / and create another / and duplicate), "not saved yet" instead of "changes saved" on a new empty
 * form, "Saved" without a duplicate menu, and the page's address where "Check for Preview" (which needs a deploy
 * service) did nothing. The CMS draws the link (`globalThis.storyPageLink`). And pickers (relation menus) offer
 * entries that have a date, such as events, newest first rather than in file-name order.
 */
const PATCHES: Patch[] = [
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    why: 'one plain Save button',
    find: `    return _jsx("div", {
      children: _jsxs(ToolbarDropdown, {
        dropdownTopOverlap: "40px",
        dropdownWidth: "max-content",
        renderButton: () => _jsx(PublishButton, {`,
    replace: `    return _jsx("div", {
      children: _jsx(SaveButton, {
        onClick: () => onPersist(),
        disabled: isPersisting,
        children: isPersisting ? t('editor.editorToolbar.publishing') : t('editor.editorToolbar.publish')
      })
    });
    return _jsx("div", {
      children: _jsxs(ToolbarDropdown, {
        dropdownTopOverlap: "40px",
        dropdownWidth: "max-content",
        renderButton: () => _jsx(PublishButton, {`,
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    why: '"Saved" without a duplicate menu',
    find: `      children: [!isNewEntry && !hasChanged ? this.renderExistingEntrySimplePublishControls({
        canCreate
      })`,
    replace: `      children: [!isNewEntry && !hasChanged ? this.renderExistingEntrySimplePublishControls({
        canCreate: false
      })`,
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    why: 'a new, empty form is not "saved"',
    find: `          }) : _jsx(BackStatusUnchanged, {
            children: t('editor.editorToolbar.changesSaved')
          })]`,
    replace: `          }) : _jsx(this.props.isNewEntry ? BackStatusChanged : BackStatusUnchanged, {
            children: t(this.props.isNewEntry ? 'editor.editorToolbar.notSavedYet' : 'editor.editorToolbar.changesSaved')
          })]`,
  },
  {
    file: 'decap-cms-core/dist/esm/components/Editor/EditorToolbar.js',
    why: 'the page’s address instead of "Check for Preview"',
    find: `  renderSimpleDeployPreviewControls = () => {`,
    replace: `  renderSimpleDeployPreviewControls = () => {
    if (globalThis.storyPageLink) return globalThis.storyPageLink(this.props);`,
  },
  {
    file: 'decap-cms-widget-relation/dist/esm/RelationControl.js',
    why: 'entries with a date (events) offered newest first in pickers',
    find: `    const options = hits.reduce((acc, hit) => {`,
    replace: `    const options = [...hits].sort((a, b) => String(b.data?.date ?? '').localeCompare(String(a.data?.date ?? ''))).reduce((acc, hit) => {`,
  },
];

/** Applies PATCHES as Vite loads Decap's modules. */
function patchDecap(): Plugin {
  return {
    name: 'story-tracker:patch-decap',
    transform(code, id) {
      const path = id.split(sep).join('/');
      const patches = PATCHES.filter((patch) => path.endsWith(`/node_modules/${patch.file}`));
      if (!patches.length) return undefined;
      let result = code;
      for (const patch of patches) {
        if (!result.includes(patch.find))
          throw new Error(
            `${patch.file} is not what the CMS's patch "${patch.why}" expects (did decap-cms-core change?): see PATCHES in src/integrations/cms-bundle.ts`,
          );
        result = result.replace(patch.find, patch.replace);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * Bundles the CMS with Vite (Decap's own prebuilt bundle inlines react-dom 19.2.0 and refuses any other React, so
 * Decap is bundled from its ES modules with the project's React instead): admin/cms.js plus the chunks and WebAssembly
 * it loads on demand from admin/cms/. About ten seconds; 5.6 MB, 1.5 MB gzipped, fetched by /admin/ alone.
 */
export async function buildCms(root: string): Promise<CmsBundle> {
  const result = await build({
    root,
    base: './',
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'error',
    plugins: [patchDecap()],
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
        input: join(root, 'src/cms/browser/app.ts'),
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
  if (!files.has('cms.js')) throw new Error('the CMS was not built: no cms.js');
  return { files, sources: [...sources] };
}

/** The last bundle, kept across dev-server restarts (Astro restarts it when its configuration's files change). */
const CACHE = Symbol.for('story-tracker.cms.admin-bundle');
interface CachedBundle {
  root: string;
  startedAt: number;
  bundle: Promise<CmsBundle>;
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

/** The CMS's bundle: the cached one while none of its sources changed, else a new build. */
export async function cmsBundle(root: string): Promise<CmsBundle> {
  const store = globalThis as { [CACHE]?: CachedBundle };
  const cached = store[CACHE];
  if (cached && cached.root === root && !(await isStale(cached))) return cached.bundle;
  const fresh: CachedBundle = { root, startedAt: Date.now(), bundle: buildCms(root) };
  store[CACHE] = fresh;
  return fresh.bundle;
}

/** The site's name from site.yaml, for the CMS's title. */
export function siteName(contentDir: string): string {
  try {
    const name = (parse(readFileSync(join(contentDir, SITE_FILE), 'utf8')) as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? name : 'the site';
  } catch {
    return 'the site';
  }
}

/** The site's name as the CMS's logo: on the login page and above the collections. */
export const logoSvg = (name: string) => {
  const width = Math.max(120, Math.round(name.length * 15 + 24));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="40" viewBox="0 0 ${width} 40" role="img" aria-label="${escapeHtml(name)}">
<title>${escapeHtml(name)}</title>
<text x="${width / 2}" y="28" text-anchor="middle" font-family="system-ui, sans-serif" font-size="24" font-weight="700" fill="#1f2937">${escapeHtml(name)}</text>
</svg>
`;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);

/** The page itself: noindex, and nothing but the CMS's script (all its URLs relative, so any base path works). */
export const cmsPage = (name: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>CMS · ${escapeHtml(name)}</title>
<link rel="icon" href="../favicon.svg" type="image/svg+xml">
<script type="module" src="cms.js"></script>
</head>
<body>
<noscript>The CMS needs JavaScript: turn it on for this site and reload the page.</noscript>
</body>
</html>
`;
