// The content-store integration (src/integrations/content-store.ts) stands in for Astro's own loader of its content
// store module. It leans on two names inside Astro: the module's id and the metadata that keeps the module out of
// pages' code hashes. If an Astro upgrade renames either, these tests fail, instead of the build silently going back
// to bundling the whole store (its peak memory at 10,000 reports).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RESOLVED_DATA_STORE_VIRTUAL_ID } from '../../node_modules/astro/dist/content/consts.js';
import { createContentDataIncrementalMetadata } from '../../node_modules/astro/dist/core/build/incremental-metadata.js';
import contentStore from '../../src/integrations/content-store';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface StorePlugin {
  name: string;
  load: {
    order: string;
    filter: { id: RegExp };
    handler(id: string): { code: string; meta: unknown } | null;
  };
}

/** The Vite plugin the integration adds for a command and a storage setting, or none. */
function pluginFor(command: 'build' | 'dev', cacheDir: string, collectionStorage?: string): StorePlugin | undefined {
  let plugin: StorePlugin | undefined;
  const setup = contentStore().hooks['astro:config:setup'] as (options: unknown) => void;
  setup({
    command,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`), experimental: { collectionStorage } },
    updateConfig: (config: { vite: { plugins: StorePlugin[] } }) => {
      plugin = config.vite.plugins[0];
    },
  });
  return plugin;
}

describe('the content store, read from its file in a build', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'content-store-'));
  dirs.push(cacheDir);

  it('loads Astro’s store module, by the id Astro resolves it to, before Astro does', () => {
    const plugin = pluginFor('build', cacheDir)!;
    expect(plugin.load.order).toBe('pre');
    expect(plugin.load.filter.id.test(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBe(true);
    expect(plugin.load.filter.id.test(`${RESOLVED_DATA_STORE_VIRTUAL_ID}x`)).toBe(false);
  });

  it('reads the file the content sync wrote, marked as content data as Astro marks it', () => {
    const plugin = pluginFor('build', cacheDir)!;
    expect(plugin.load.handler(RESOLVED_DATA_STORE_VIRTUAL_ID)).toBeNull(); // no file yet: Astro's own loader
    const file = join(cacheDir, 'data-store.json');
    writeFileSync(file, '[["Map"]]');
    const loaded = plugin.load.handler(RESOLVED_DATA_STORE_VIRTUAL_ID)!;
    expect(loaded.meta).toEqual(createContentDataIncrementalMetadata());
    expect(loaded.code).toBe(
      `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    );
    expect(plugin.load.handler('\0astro:content')).toBeNull();
  });

  it('leaves the dev server and a chunked store to Astro', () => {
    expect(pluginFor('dev', cacheDir)).toBeUndefined();
    expect(pluginFor('build', cacheDir, 'chunked')).toBeUndefined();
    expect(pluginFor('build', cacheDir, 'single-file')).toBeDefined();
  });
});
