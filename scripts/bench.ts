// `npm run bench`: builds 1,000 / 5,000 / 10,000 synthetic reports (one story per 100) next to a bare-Astro baseline,
// builds the largest's content filed under one story before and after it, rebuilds each after a one-report edit, profiles the largest
// content's builds and runs the dev server on it, and writes BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateContent, type GenerateOptions } from './synthetic/generate';
import { writeBaselineProject } from './bench/baseline';
import { firstReport, measureDevServer } from './bench/dev-server';
import { measureBuild } from './bench/measure';
import { summariseProfile } from './bench/profile';
import { writeBenchmarks, type LighthouseRow, type SizeResult } from './bench/report';
import { measureSearchCost } from './bench/search-cost';
import type { LargestRun } from './bench/targets';
import { chromiumPath } from './browser';
import { pageWeight } from './page-weight';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    lighthouse: { type: 'boolean', default: true },
    /** CPU profiles of the largest story's cold build and rebuild (two more builds). */
    profile: { type: 'boolean', default: true },
    /** `npm run dev` on the largest story: first page and saved edit, on an empty cache and then on its own. */
    dev: { type: 'boolean', default: true },
    /** The largest size's content filed under one story, built before and after ours: many stories beside one. */
    stories: { type: 'boolean', default: true },
    /** Rewrite the Markdown from an earlier run's results.json, without building anything. */
    from: { type: 'string' },
  },
});
if (values.from) {
  const saved = JSON.parse(readFileSync(values.from, 'utf8'));
  await writeBenchmarks(values.out, { ...saved, sizes: saved.sizes ?? saved.results });
  console.log(`[bench] wrote ${values.out} from ${values.from}`);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const work = resolve('tmp/bench');
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;
const log = (message: string) => console.log(`[bench] ${message}`);

/** Writes the generator's content; returns how many stories it holds. */
function writeContent(dir: string, options: GenerateOptions): number {
  rmSync(dir, { recursive: true, force: true });
  const files = generateContent(options);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return [...files.keys()].filter((path) => path.startsWith('stories/')).length;
}

function firstReportPath(dist: string) {
  return `/reports/${readdirSync(join(dist, 'reports'), { withFileTypes: true }).filter((entry) => entry.isDirectory())[0].name}/`;
}

function fail(what: string, log: string): never {
  console.error(log.slice(-4000));
  throw new Error(`${what} failed`);
}

/** The largest story, after its timed builds: CPU profiles of a cold build and a rebuild, then the dev server. */
function largestRun(reports: number, content: string, env: Record<string, string>, dist: string) {
  const run: LargestRun = { reports };
  if (values.profile) {
    const profiles = join(work, `profiles-${reports}`);
    rmSync(profiles, { recursive: true, force: true });
    const profiled = (name: string, build: () => ReturnType<typeof measureBuild>) => {
      log(`${reports} reports: ${name}, profiled`);
      if (!build().ok) throw new Error(`the profiled ${name} failed`);
      const file = readdirSync(join(profiles, name)).find((entry) => entry.endsWith('.cpuprofile'))!;
      return summariseProfile(join(profiles, name, file));
    };
    const coldEnv = { ...env, ASTRO_CACHE_DIR: join(work, `cache-profile-${reports}`) };
    rmSync(coldEnv.ASTRO_CACHE_DIR, { recursive: true, force: true });
    const cold = profiled('cold', () =>
      measureBuild(['--force'], coldEnv, join(work, `dist-profile-${reports}`), true, join(profiles, 'cold')),
    );
    appendFileSync(firstReport(content), '\nAnother sentence, for the profiled rebuild.\n');
    const warm = profiled('warm', () => measureBuild([], env, dist, false, join(profiles, 'warm')));
    run.profiles = { cold, warm };
    rmSync(join(work, `dist-profile-${reports}`), { recursive: true, force: true });
  }
  return run;
}

const baselineRoot = writeBaselineProject(join(work, 'baseline'));
const results: SizeResult[] = [];
let largest: LargestRun | undefined;
for (const reports of sizes) {
  const content = join(work, `content-${reports}`);
  const dist = join(work, `dist-${reports}`);
  const stories = writeContent(content, { reports });
  const isLargest = reports === Math.max(...sizes);

  // The same content filed under one story, built cold before and after ours (A B A), so that a machine that slows
  // down or speeds up during the run does not favour one story: ours is compared with the faster of the two.
  const compare = values.stories && isLargest && stories > 1;
  const oneContent = join(work, `content-${reports}-one-story`);
  const oneStoryBuild = (when: string) => {
    log(`${reports} reports in one story, ${when}: our build of the same content`);
    const oneCache = join(work, `cache-${reports}-one-story`);
    rmSync(oneCache, { recursive: true, force: true });
    const oneDist = join(work, `dist-${reports}-one-story`);
    const build = measureBuild(['--force'], { CONTENT_DIR: oneContent, ASTRO_CACHE_DIR: oneCache }, oneDist);
    if (!build.ok) fail(`our build of ${reports} in one story`, build.log);
    rmSync(oneDist, { recursive: true, force: true });
    return build;
  };
  if (compare) writeContent(oneContent, { reports, asOneStory: true });
  const before = compare ? oneStoryBuild('before') : undefined;

  log(`${reports} reports in ${stories} ${stories === 1 ? 'story' : 'stories'}: our build`);
  const oursEnv = { CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, `cache-${reports}`) };
  rmSync(oursEnv.ASTRO_CACHE_DIR, { recursive: true, force: true });
  const ours = measureBuild(['--force'], oursEnv, dist);
  if (!ours.ok) fail(`our build of ${reports}`, ours.log);

  const oneStory = before && [before, oneStoryBuild('after')];

  const search = await measureSearchCost(dist, 'talks');
  const reportPageKB = kilobytes(pageWeight(dist, firstReportPath(dist)).total);
  const homePageKB = kilobytes(pageWeight(dist, '/').total);

  log(`${reports} reports: rebuild after editing one report`);
  appendFileSync(firstReport(content), '\nAn editor added this sentence to measure a rebuild.\n');
  const warm = measureBuild([], oursEnv, dist, false);
  if (!warm.ok) fail(`warm rebuild of ${reports}`, warm.log);

  log(`${reports} reports: baseline`);
  const baseCache = join(work, `baseline-cache-${reports}`);
  rmSync(baseCache, { recursive: true, force: true });
  const baseline = measureBuild(
    ['--force', '--root', baselineRoot],
    { CONTENT_DIR: content, ASTRO_CACHE_DIR: baseCache },
    join(work, `baseline-dist-${reports}`),
  );
  if (!baseline.ok) fail(`baseline build of ${reports}`, baseline.log);

  results.push({ reports, stories, ours, baseline, warm, reportPageKB, homePageKB, search, oneStory });
  log(
    `${reports}: ours ${ours.seconds}s / ${ours.peakMB} MB, baseline ${baseline.seconds}s, rebuild ${warm.seconds}s (${warm.restored} of ${warm.generated} restored), search ${search.kilobytes} KB` +
      (oneStory
        ? `; in one story ${oneStory.map((build) => `${build.seconds}s / ${build.peakMB} MB`).join(', ')}`
        : ''),
  );
  rmSync(join(work, `baseline-dist-${reports}`), { recursive: true, force: true });
  if (isLargest) largest = largestRun(reports, content, oursEnv, dist);
}

if (values.dev && largest) {
  const content = join(work, `content-${largest.reports}`);
  const cache = join(work, `cache-dev-${largest.reports}`);
  rmSync(cache, { recursive: true, force: true });
  log(`${largest.reports} reports: npm run dev, first start on an empty cache`);
  const empty = await measureDevServer(content, cache, firstReport(content));
  log(`${largest.reports} reports: npm run dev, next start`);
  const cached = await measureDevServer(content, cache, firstReport(content));
  largest.dev = { empty, cached };
  log(
    `dev: first page ${empty.firstPageSeconds.toFixed(1)} s, then ${cached.firstPageSeconds.toFixed(1)} s; edit ${cached.editSeconds.toFixed(1)} s`,
  );
}

log('seed site: page weights and Lighthouse');
const seedDist = join(work, 'dist-seed');
const seed = measureBuild(['--force'], { ASTRO_CACHE_DIR: join(work, 'cache-seed') }, seedDist);
if (!seed.ok) fail('the seed build', seed.log);
const seedReport = firstReportPath(seedDist);
const seedWeights = [
  { page: `report (${seedReport})`, kilobytes: kilobytes(pageWeight(seedDist, seedReport).total), budget: 30 },
  { page: 'home (/)', kilobytes: kilobytes(pageWeight(seedDist, '/').total), budget: 60 },
];

let lighthouse: { rows: LighthouseRow[]; note?: string } | undefined;
if (values.lighthouse) {
  const summary = join(work, 'lighthouse.json');
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/lighthouse.ts', '--dist', seedDist, '--out', summary], {
    encoding: 'utf8',
  });
  lighthouse =
    existsSync(summary) && run.status === 0
      ? {
          rows: (
            JSON.parse(readFileSync(summary, 'utf8')).pages as {
              name: string;
              path: string;
              scores: Record<string, number>;
              failingAudits: LighthouseRow['failing'];
            }[]
          ).map((page) => ({ page: `${page.name} (${page.path})`, scores: page.scores, failing: page.failingAudits })),
        }
      : { rows: [], note: `Lighthouse did not run: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}` };
}

const version = (command: string, args: string[]) =>
  spawnSync(command, args, { encoding: 'utf8' }).stdout.trim().split('\n')[0];
const machine = {
  CPU: `${cpus()[0].model}, ${cpus().length} cores`,
  memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
  Node: process.version,
  Astro: JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version,
  Pagefind: JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')).version,
  Chromium: version(chromiumPath(), ['--version']),
};
writeFileSync(
  join(work, 'results.json'),
  JSON.stringify(
    { machine, sizes: results, largest, seedWeights, lighthouse },
    (key, value) => (key === 'log' ? undefined : value),
    2,
  ),
);
await writeBenchmarks(values.out, { machine, sizes: results, largest, seedWeights, lighthouse });
log(`wrote ${values.out}`);
