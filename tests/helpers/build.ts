// Runs a production build of the site into a folder under tmp/, with its own environment, and checks its links.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findBrokenLinks } from './dist';

export const TEST_BUILDS = 'tmp/test-builds';

export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Throws, listing them, when a page of the build links to a file or fragment the build did not write: every build a
 * test makes is checked, so a fixture that reaches a case the seed does not (a month's last page, a lone report)
 * cannot hide a link to a page that does not exist.
 */
export function assertNoBrokenLinks(outDir: string, base = '/') {
  const { broken } = findBrokenLinks(outDir, base);
  if (broken.length === 0) return;
  const list = broken.slice(0, 20).map(({ page, url, reason }) => `  ${page} → ${url}: ${reason}`);
  const more = broken.length > 20 ? `\n  … and ${broken.length - 20} more` : '';
  throw new Error(`The build in ${outDir} links to what it did not write:\n${list.join('\n')}${more}`);
}

export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}.cache`, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', outDir], {
    env: { ...process.env, ASTRO_CACHE_DIR: `${outDir}.cache`, ...env },
    encoding: 'utf8',
  });
  if (result.status === 0) assertNoBrokenLinks(outDir, env.BASE_PATH);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
