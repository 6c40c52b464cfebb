// Astro integration: in a build, the pages read Astro's content store from its file in the cache folder when they
// load, instead of carrying it inside the server bundle. Astro bundles the store (data-store.json, some 65 MB at
// 10,000 reports: every entry's data, Markdown and rendered digest) as one JavaScript module that holds the file as a
// string literal. Reading, checking and quoting that file, then bundling the module, was the build's peak memory at
// 10,000 reports: about 1 GB of garbage strings in the V8 heap and about 1 GB more in the bundler, outside the heap,
// which the process kept through the whole render; the bundled source also stayed in the heap while pages rendered.
// The file read here is the one Astro's content sync has just written in the same build; a build without one is left
// to Astro.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The virtual module Astro's content runtime imports the store from, as Vite resolves it. */
const STORE_MODULE = '\0astro:data-layer-content';
/**
 * What Astro's incremental build reads to leave the module out of every page's code hash: content changes reach a
 * page through its cache key, not its code (astro/dist/core/build/incremental-metadata.js).
 */
const CONTENT_DATA = { astroIncremental: { kind: 'content-data' } };

export default function contentStore(): AstroIntegration {
  return {
    name: 'content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return; // the dev server reloads the bundled store when content changes
        // A chunked store is written elsewhere, and a data-store.json left from before would be stale.
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'content-store-from-file',
                // Before Astro's own loader of the module, which would read, check and quote the whole file.
                load: {
                  order: 'pre',
                  filter: { id: /^\0astro:data-layer-content$/ },
                  handler(id) {
                    if (id !== STORE_MODULE || !existsSync(file)) return null;
                    return {
                      code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
                      meta: CONTENT_DATA,
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
