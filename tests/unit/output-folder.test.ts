// The output-folder integration (src/integrations/output-folder.ts) driven through its hooks on a temporary folder:
// it removes what the last build did not leave and what this build did not write, and never an operator's dotfiles.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import outputFolder from '../../src/integrations/output-folder';

let dir: string;
let outDir: string;
let logged: string[];
const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'output-folder-'));
  outDir = join(dir, 'dist');
  mkdirSync(join(dir, 'cache'));
  mkdirSync(outDir);
  logged = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Writes a file below dist/, dated an hour ago when `old` (written before this build), else a minute ahead: the file
 * system's clock is coarser than Date.now(), so a file written just after a build starts can carry an earlier time.
 */
function write(file: string, old = false) {
  const path = join(outDir, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, file);
  const time = new Date(Date.now() + (old ? -3_600_000 : 60_000));
  utimesSync(path, time, time);
}

/** One build: the hooks in Astro's order; `render` writes what the build writes, `kept` are pages Astro left as they were. */
async function build(render: () => void, kept: string[] = [], into = outDir) {
  const integration = outputFolder();
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  await hooks['astro:config:done']({
    config: { outDir: pathToFileURL(`${into}/`), cacheDir: pathToFileURL(`${join(dir, 'cache')}/`) },
  });
  await hooks['astro:build:start']({ logger });
  render();
  const assets = new Map([['/[page]', kept.map((file) => pathToFileURL(join(into, file)))]]);
  await hooks['astro:build:done']({ assets, logger });
}

const files = (path = outDir): string[] =>
  readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(path.length + 1))
    .sort();

describe('the output folder between builds', () => {
  it('keeps the dotfiles and dot-folders an operator keeps in dist/ (.nojekyll, .git/)', async () => {
    write('.nojekyll', true);
    write('.git/HEAD', true);
    write('.well-known/security.txt', true);
    mkdirSync(join(outDir, '.empty'));
    await build(() => write('index.html'));
    // A page the next build does not write, so that it prunes (and removes empty folders) too.
    const pages = ['index.html', 'old/index.html'];
    await build(() => pages.forEach((page) => write(page, true)), pages);
    await build(() => write('index.html'), []);
    expect(files()).toEqual(['.git/HEAD', '.nojekyll', '.well-known/security.txt', 'index.html']);
    expect(existsSync(join(outDir, '.empty'))).toBe(true);
    expect(existsSync(join(outDir, 'old'))).toBe(false);
  });

  it('removes, before a build, every file the last build of the same cache did not leave as it was', async () => {
    write('stray.html', true);
    await build(() => {
      expect(existsSync(join(outDir, 'stray.html'))).toBe(false);
      write('index.html');
    });
    expect(logged).toEqual([`removed 1 files the last build of this cache did not leave in ${outDir}/`]);
    write('index.html', true);
    await build(() => expect(files()).toEqual([]), []);
  });

  it('keeps a page the build restored without writing it, and prunes what the build left stale, with its empty folders', async () => {
    const pages = ['index.html', 'reports/gone/index.html', 'reports/kept/index.html'];
    await build(() => pages.forEach((page) => write(page, true)), pages);
    expect(logged).toEqual([]);
    await build(() => write('index.html'), ['reports/kept/index.html']);
    expect(files()).toEqual(['index.html', 'reports/kept/index.html']);
    expect(existsSync(join(outDir, 'reports/gone'))).toBe(false);
    expect(logged).toEqual(['removed 1 files this build did not write']);
  });

  it('builds into an output folder that does not exist yet', async () => {
    rmSync(outDir, { recursive: true });
    await build(() => write('index.html'));
    expect(files()).toEqual(['index.html']);
    expect(logged).toEqual([]);
  });

  it('does not trust a file whose size changed even if its time did not', async () => {
    await build(() => write('index.html'));
    const path = join(outDir, 'index.html');
    const { mtime } = statSync(path);
    writeFileSync(path, 'edited by hand, longer than before');
    utimesSync(path, mtime, mtime);
    await build(() => expect(files()).toEqual([]), []);
  });

  it('does not trust the record of another output folder kept in the same cache folder', async () => {
    const other = join(dir, 'other');
    await build(() => write('index.html'));
    // The same file, byte for byte and with the same time, in another output folder.
    mkdirSync(other);
    cpSync(join(outDir, 'index.html'), join(other, 'index.html'), { preserveTimestamps: true });
    await build(() => expect(files(other)).toEqual([]), [], other);
    expect(logged).toContain(`removed 1 files the last build of this cache did not leave in ${other}/`);
  });

  it('counts a file written in the very millisecond the build started as written by this build', async () => {
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now);
    try {
      await build(() => {
        writeFileSync(join(outDir, 'index.html'), 'x');
        utimesSync(join(outDir, 'index.html'), new Date(now), new Date(now));
      }, []);
    } finally {
      vi.restoreAllMocks();
    }
    expect(files()).toEqual(['index.html']);
  });

  it('removes the folders of pruned files that only hold an emptied dot-folder; only those at the top are kept', async () => {
    const pages = ['index.html', 'old/.cache/data.json'];
    await build(() => pages.forEach((page) => write(page, true)), pages);
    await build(() => write('index.html'), []);
    expect(files()).toEqual(['index.html']);
    expect(existsSync(join(outDir, 'old'))).toBe(false);
  });

  it('keeps a nested dot-folder that holds a file the build wrote while it prunes', async () => {
    const pages = ['index.html', 'gone.html', 'app/.well-known/kept.json'];
    await build(() => pages.forEach((page) => write(page, true)), pages);
    await build(() => ['index.html', 'app/.well-known/kept.json'].forEach((page) => write(page)), []);
    expect(files()).toEqual(['app/.well-known/kept.json', 'index.html']);
  });

  it('logs under its own name', () => {
    expect(outputFolder().name).toBe('output-folder');
  });
});
