// `npm run dev` as an editor meets it: how long from starting it to a report page on screen, and from saving an
// edit of that report to the page showing it. Run by `npm run bench` on its largest story; alone:
//   tsx scripts/bench/dev-server.ts --content tmp/bench/content-10000 [--cache DIR]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { entryId } from '../../src/lib/ids';

/** The report file that sorts first in a content folder: the one the benchmark edits. */
export const firstReport = (content: string) =>
  join(content, 'reports', readdirSync(join(content, 'reports')).sort()[0]);

export interface DevMeasure {
  /** From starting `astro dev` to the report page's first successful response. */
  firstPageSeconds: number;
  /** From writing the edited report file to the page answering with the edit. */
  editSeconds: number;
  report: string;
}

/** Asks for `url` until `accept` takes the answer; the seconds since `since`. */
async function waitFor(url: string, accept: (body: string) => boolean, since: number, limitSeconds: number) {
  for (;;) {
    const seconds = (performance.now() - since) / 1000;
    if (seconds > limitSeconds) throw new Error(`no answer from ${url} within ${limitSeconds} s`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (response.ok && accept(await response.text())) return (performance.now() - since) / 1000;
    } catch {
      // not listening yet, or the page failed while content was syncing
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Starts the dev server on `contentDir`, opens the page of `reportFile`, edits its headline, waits for the edit.
 * The server takes its host and port from astro.config.mjs, as `npm run dev` does (the next free port if 4321 is
 * taken): a --port flag would change the config Astro keys its content cache by, and make it sync everything again.
 */
export async function measureDevServer(contentDir: string, cacheDir: string, reportFile: string): Promise<DevMeasure> {
  const started = performance.now();
  const server = spawn('node_modules/.bin/astro', ['dev'], {
    env: { ...process.env, CONTENT_DIR: resolve(contentDir), ASTRO_CACHE_DIR: resolve(cacheDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const id = entryId(reportFile.split('/').at(-1)!);
  const original = readFileSync(reportFile, 'utf8');
  try {
    while (!/Local\s+http:\/\/\S+/.test(log)) {
      if (server.exitCode !== null || performance.now() - started > 900_000) throw new Error('astro dev did not start');
      await new Promise((done) => setTimeout(done, 100));
    }
    const url = `${/Local\s+(http:\/\/\S+?)\/?\s/.exec(log)![1]}/reports/${id}/`;
    const firstPageSeconds = await waitFor(url, () => true, started, 900);
    const marker = `Edited at ${Date.now()}`;
    const saved = performance.now();
    writeFileSync(reportFile, original.replace(/^headline: "/m, `headline: "${marker}: `));
    const editSeconds = await waitFor(url, (body) => body.includes(marker), saved, 600);
    return { firstPageSeconds, editSeconds, report: id };
  } catch (error) {
    console.error(log.slice(-4000));
    throw error;
  } finally {
    writeFileSync(reportFile, original);
    process.kill(-server.pid!, 'SIGTERM');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { content: { type: 'string' }, cache: { type: 'string' } } });
  if (!values.content) throw new Error('usage: tsx scripts/bench/dev-server.ts --content DIR [--cache DIR]');
  const result = await measureDevServer(
    values.content,
    values.cache ?? 'tmp/bench/cache-dev',
    firstReport(values.content),
  );
  console.log(
    `first page ${result.firstPageSeconds.toFixed(1)} s, edit shown ${result.editSeconds.toFixed(1)} s (${result.report})`,
  );
}
