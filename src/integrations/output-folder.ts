// Astro integration: keeps the output folder between builds instead of letting Astro empty it, and afterwards
// removes whatever this build did not write. Astro empties dist/ before every build (its own emptyDir), and an
// incremental build then copies each page it restores back from the cache folder: at 10,000 reports that is
// 22,000 files deleted and 10,000 copied for a build that renders a few dozen pages, seconds of file-system work.
// With `vite.build.emptyOutDir: false` (astro.config.mjs) Astro keeps a restored page that is already in dist/, so
// this integration makes sure dist/ holds only what the previous build of the same cache folder wrote, byte for byte
// as it wrote it (size and modification time), and prunes what the new build left stale: a deleted report's page,
// old asset and search-index files. dist/ then ends each build exactly as an emptied one would.
import { readdirSync, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface OutputState {
  outDir: string;
  /** Every file the last build left in the folder, with its size and modification time. */
  files: Record<string, [number, number]>;
}

/**
 * Every file below `dir` with its stats; entries starting with a dot at the top (.git) are not the build's. The stats
 * are asked for all at once: at 10,000 reports that is 22,000 files, and the file system answers several in parallel.
 */
async function walk(dir: string): Promise<Map<string, Stats>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('.'));
  const stats = await Promise.all(files.map((file) => stat(join(dir, file))));
  return new Map(files.map((file, index) => [file, stats[index]]));
}

/** Removes folders left empty below `dir`. */
function removeEmptyFolders(dir: string, top = true): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (top && entry.name.startsWith('.')) continue; // an operator's (.git), left alone; dist/ itself stays anyway
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name), false))
      rmSync(join(dir, entry.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

export default function outputFolder(): AstroIntegration {
  // Set by astro:config:done, which Astro runs before any build hook.
  let outDir: string;
  let stateFile: string;
  let started = 0;
  return {
    name: 'output-folder',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        stateFile = join(fileURLToPath(config.cacheDir), 'output-folder.json');
      },
      'astro:build:start': async ({ logger }) => {
        started = Date.now();
        let state: OutputState | undefined;
        try {
          state = JSON.parse(readFileSync(stateFile, 'utf8')) as OutputState;
        } catch {
          // no record of the last build: nothing in dist/ can be trusted
        }
        const untrusted = [...(await walk(outDir))].filter(([file, stats]) => {
          const known = state?.outDir === outDir ? state.files[file] : undefined;
          return !known || known[0] !== stats.size || known[1] !== stats.mtimeMs;
        });
        await Promise.all(untrusted.map(([file]) => rm(join(outDir, file), { force: true })));
        const removed = untrusted.length;
        if (removed) logger.info(`removed ${removed} files the last build of this cache did not leave in ${outDir}`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        // What this build wrote: every file changed since it started, and the pages Astro kept as they were.
        const pages = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        const state: OutputState = { outDir, files: {} };
        const stale: string[] = [];
        for (const [file, stats] of await walk(outDir)) {
          if (stats.mtimeMs >= started || pages.has(file)) state.files[file] = [stats.size, stats.mtimeMs];
          else stale.push(file);
        }
        await Promise.all(stale.map((file) => rm(join(outDir, file))));
        const pruned = stale.length;
        if (pruned) {
          removeEmptyFolders(outDir);
          logger.info(`removed ${pruned} files this build did not write`);
        }
        writeFileSync(stateFile, JSON.stringify(state));
      },
    },
  };
}
