// One measured build: wall time and peak memory from GNU time, phases from Astro's log, then the output.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { listFiles } from '../../src/checker/read-files';
import { gzippedSize } from '../page-weight';

export interface BuildMeasure {
  ok: boolean;
  seconds: number;
  peakMB: number;
  phases: Record<string, number>;
  /** Pages Astro restored from the previous build (incremental builds), and all it generated. */
  restored: number;
  generated: number;
  pages: number;
  files: number;
  outputMB: number;
  largestHtmlKB: number;
  log: string;
}

const number = (log: string, pattern: RegExp) => {
  const match = log.match(pattern);
  return match ? Number(match[1]) : NaN;
};

/** A duration as Astro prints it: "850ms", "12.34s", or from a minute on "1m 16s". */
const ASTRO_TIME = String.raw`(\d+ms|[\d.]+s|\d+m \d+s)`;
export function astroSeconds(log: string, pattern: string): number {
  const time = log.match(new RegExp(pattern.replace('TIME', ASTRO_TIME)))?.[1];
  if (!time) return NaN;
  const [, minutes, rest] = /^(?:(\d+)m )?(.*)$/.exec(time)!;
  const seconds = rest.endsWith('ms') ? Number(rest.slice(0, -2)) / 1000 : Number(rest.slice(0, -1));
  return Number(minutes ?? 0) * 60 + seconds;
}

/** One build; `profileDir` runs it under `node --cpu-prof` (slower: for where the time goes, not for how long). */
export function measureBuild(
  args: string[],
  env: Record<string, string>,
  outDir: string,
  clean = true,
  profileDir?: string,
): BuildMeasure {
  if (clean) rmSync(outDir, { recursive: true, force: true });
  const astro = profileDir
    ? ['node', '--cpu-prof', '--cpu-prof-dir', profileDir, 'node_modules/astro/bin/astro.mjs']
    : ['node_modules/.bin/astro'];
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M', ...astro, 'build', ...args, '--outDir', outDir], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  // Astro colours its log whenever CI is set, even into a pipe.
  const log = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  const [, seconds, kilobytes] = log.match(/BENCH ([\d.]+) (\d+)/) ?? [];
  const files = result.status === 0 ? listFiles(outDir) : [];
  const html = files.filter((file) => file.endsWith('.html'));
  let bytes = 0;
  let largest = 0;
  for (const file of files) {
    const content = readFileSync(join(outDir, file));
    bytes += content.length;
    if (file.endsWith('.html')) largest = Math.max(largest, gzippedSize(content));
  }
  return {
    ok: result.status === 0,
    seconds: Number(seconds),
    peakMB: Math.round(Number(kilobytes) / 1024),
    phases: {
      'content check': number(log, /checked content in (\d+) ms/) / 1000,
      'content sync': astroSeconds(log, String.raw`\[types\] Generated TIME`),
      'page rendering': astroSeconds(log, String.raw`generating static routes[\s\S]*?✓ Completed in TIME\.`),
      // Pagefind indexes while Astro renders: what is left is the time after rendering.
      'search index': number(log, /indexed \d+ pages for search .* finished (\d+) ms after it/) / 1000,
    },
    restored: log.match(/├─ \S+ \((cached|restored)\)/g)?.length ?? 0,
    generated: log.match(/├─ /g)?.length ?? 0,
    pages: html.length,
    files: files.length,
    outputMB: Math.round((bytes / 1024 / 1024) * 10) / 10,
    largestHtmlKB: Math.round((largest / 1024) * 10) / 10,
    log,
  };
}
