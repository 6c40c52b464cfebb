// Runs a production build of the site into a folder under tmp/, with its own environment.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

export const TEST_BUILDS = 'tmp/test-builds';

export interface BuildResult {
  status: number | null;
  output: string;
}

export function buildSite(outDir: string, env: Record<string, string> = {}): BuildResult {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}.cache`, { recursive: true, force: true });
  const result = spawnSync('node_modules/.bin/astro', ['build', '--force', '--outDir', outDir], {
    env: { ...process.env, ASTRO_CACHE_DIR: `${outDir}.cache`, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
