// Builds a content folder incrementally (keeping the cache next to the output) or cleanly (`--force`, no cache), and
// reads what came out: every file as text (the search index's gzip files decompressed, so a difference in them can
// be shown) and which pages Astro restored from the previous build. As tests/build/incremental.test.ts builds, but
// asynchronous, so two builds can run side by side.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { assertNoBrokenLinks } from './build';
import { listFiles } from './dist';

export interface OutputBuild {
  log: string;
  /** Paths Astro rendered, and paths it restored from the previous build (its "(cached)" lines). */
  rendered: string[];
  restored: string[];
  /** Every file of the output, as text (gzip files of the search index decompressed). */
  files: Map<string, string>;
  /** How long the build took, in milliseconds. */
  ms: number;
}

const gunzipOrSelf = (bytes: Buffer) => {
  try {
    return gunzipSync(bytes);
  } catch {
    return bytes;
  }
};

function readOutput(outDir: string): Map<string, string> {
  return new Map(
    listFiles(outDir).map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return [file, (file.includes('pagefind/') ? gunzipOrSelf(bytes) : bytes).toString('utf8')];
    }),
  );
}

/** A build of `contentDir` into `outDir`, its cache in `${outDir}.cache`; `force` removes the cache and renders every page. */
export async function buildContent(contentDir: string, outDir: string, force: boolean): Promise<OutputBuild> {
  if (force) rmSync(`${outDir}.cache`, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    resolve('node_modules/.bin/astro'),
    ['build', ...(force ? ['--force'] : []), '--outDir', resolve(outDir)],
    {
      env: { ...process.env, CONTENT_DIR: resolve(contentDir), ASTRO_CACHE_DIR: resolve(`${outDir}.cache`) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const ms = performance.now() - started;
  // Astro colours its log whenever CI is set, even into a pipe.
  const log = stripVTControlCharacters(output);
  if (status !== 0) throw new Error(`build of ${contentDir} into ${outDir} failed:\n${log}`);
  assertNoBrokenLinks(outDir);
  const lines = [...log.matchAll(/├─ (\S+) (?:\((cached|restored)\)|\(\+)/g)];
  return {
    log,
    rendered: lines.filter((line) => !line[2]).map((line) => line[1]),
    restored: lines.filter((line) => line[2]).map((line) => line[1]),
    files: readOutput(outDir),
    ms,
  };
}

/**
 * Where two outputs differ: every differing file, and for the first page (the search index's files, named by their
 * content's hash, come last) the text around its first difference; undefined when they are the same.
 */
export function firstDifference(actual: Map<string, string>, expected: Map<string, string>): string | undefined {
  const differing = [...new Set([...actual.keys(), ...expected.keys()])]
    .filter((file) => actual.get(file) !== expected.get(file))
    .sort((a, b) => Number(a.startsWith('pagefind/')) - Number(b.startsWith('pagefind/')) || a.localeCompare(b));
  if (differing.length === 0) return undefined;
  const list = `${differing.length} file(s) differ: ${differing.slice(0, 10).join(', ')}${differing.length > 10 ? ', …' : ''}`;
  const [file] = differing;
  const a = actual.get(file);
  const e = expected.get(file);
  if (a === undefined)
    return `${list}
${file}: written by the clean build only`;
  if (e === undefined)
    return `${list}
${file}: written by the incremental build only`;
  // Pages are minified onto few lines: show the characters around the first difference.
  let at = 0;
  while (at < a.length && a[at] === e[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 160), at + 120));
  return [
    list,
    `${file}, from character ${at}:`,
    `  incremental: …${around(a)}…`,
    `  clean:       …${around(e)}…`,
  ].join('\n');
}
