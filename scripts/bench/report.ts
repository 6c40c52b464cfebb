// Writes BENCHMARKS.md from a benchmark run: machine, results, targets met or not, the dev server, where the time
// goes (phases, and CPU profiles of the largest story's builds), Lighthouse.
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { ProfileSummary } from './profile';
import { judge, oneStoryOf, type LargestRun, type SizeResult } from './targets';

export type { SizeResult } from './targets';

export interface LighthouseRow {
  page: string;
  scores: Record<string, number>;
  failing: { id: string; title: string; displayValue?: string }[];
}

export interface BenchReport {
  machine: Record<string, string>;
  sizes: SizeResult[];
  largest?: LargestRun;
  seedWeights: { page: string; kilobytes: number; budget: number }[];
  lighthouse?: { rows: LighthouseRow[]; note?: string };
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const bar = (value: number, max: number, width = 40) => '█'.repeat(Math.max(1, Math.round((value / max) * width)));
const count = (value: number) => value.toLocaleString('en');

function phaseRow(label: string, build: { seconds: number; phases: Record<string, number> }) {
  const { phases } = build;
  const known = Object.values(phases)
    .filter(Number.isFinite)
    .reduce((a, b) => a + b, 0);
  return `| ${label} | ${fixed(build.seconds)} | ${fixed(phases['content check'])} | ${fixed(phases['content sync'])} | ${fixed(phases['page rendering'])} | ${fixed(phases['search index'])} | ${fixed(build.seconds - known)} |`;
}

function profileLines(title: string, profile: ProfileSummary): string[] {
  return [
    `**${title}** — ${fixed(profile.totalSeconds)} s of samples (CPU and waiting, main thread; Pagefind works in its own process):`,
    '',
    '| where | s | share |',
    '| --- | ---: | ---: |',
    ...profile.owners.map(
      (row) => `| ${row.owner} | ${fixed(row.seconds)} | ${fixed((100 * row.seconds) / profile.totalSeconds, 0)}% |`,
    ),
    '',
    '| function (self time) | where | owner | s |',
    '| --- | --- | --- | ---: |',
    ...profile.functions.map((row) => `| \`${row.name}\` | ${row.where} | ${row.owner} | ${fixed(row.seconds)} |`),
    '',
  ];
}

/** Writes the report formatted as the repository's Prettier settings say, so `npm run lint` passes after a run. */
export async function writeBenchmarks(file: string, report: BenchReport) {
  const options = { ...(await resolveConfig(file)), filepath: file };
  writeFileSync(file, await format(benchmarkMarkdown(report), options));
}

export function benchmarkMarkdown({ machine, sizes, largest, seedWeights, lighthouse }: BenchReport): string {
  const maxSeconds = Math.max(...sizes.flatMap((size) => [size.ours.seconds, size.baseline?.seconds ?? 0]));
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts): synthetic content of 1,000, 5,000 and 10,000 reports in one story',
    'per 100 reports (digests of ~300 words, 50 outlets, 200 events, 500 entities shared by every story; the generator’s',
    'defaults), each built from a clean cache (`--force`), next to',
    'a baseline — a bare Astro 7 site rendering the same Markdown through the same pipeline, one plain page per report —',
    'in the same run; then the same story rebuilt after one report’s digest gained a sentence, incrementally (same cache',
    'and output folder: unchanged pages are restored, docs in README “Performance”). Times are wall-clock seconds from',
    'GNU time; peak memory is the maximum resident set of the `astro build` process (Pagefind indexes in a child',
    'process, not counted). Timings on this shared 2-core machine vary between runs: compare ratios within one run.',
    '',
    '## Machine',
    '',
    ...Object.entries(machine).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '## Results',
    '',
    '| reports | our build (s) | baseline (s) | ours / baseline | peak memory, ours / baseline (MB) | pages | files | output (MB) | largest page HTML (KB gz) | rebuild, one report edited (s) | rebuild / build | pages restored | search cost (KB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sizes.map(
      (size) =>
        `| ${count(size.reports)} | ${fixed(size.ours.seconds)} | ${fixed(size.baseline?.seconds ?? NaN)} | ${size.baseline ? fixed(size.ours.seconds / size.baseline.seconds, 2) + '×' : '—'} | ${size.ours.peakMB} / ${size.baseline?.peakMB ?? '—'} | ${size.ours.pages} | ${size.ours.files} | ${fixed(size.ours.outputMB)} | ${fixed(size.ours.largestHtmlKB)} | ${fixed(size.warm.seconds)} | ${fixed(size.warm.seconds / size.ours.seconds, 2)}× | ${count(size.warm.restored)} / ${count(size.warm.generated)} | ${size.search ? fixed(size.search.kilobytes) : '—'} |`,
    ),
    '',
    '```text',
    'build time (s)',
    ...sizes.flatMap((size) => [
      `${size.reports.toString().padStart(6)} ours      ${bar(size.ours.seconds, maxSeconds)} ${fixed(size.ours.seconds)}`,
      ...(size.baseline
        ? [`${''.padStart(6)} baseline  ${bar(size.baseline.seconds, maxSeconds)} ${fixed(size.baseline.seconds)}`]
        : []),
      `${''.padStart(6)} rebuild   ${bar(size.warm.seconds, maxSeconds)} ${fixed(size.warm.seconds)}`,
    ]),
    '```',
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...judge(sizes).map(
      (row) => `| ${row.target} | ${row.measured} | ${row.ok ? '✅ met' : `❌ not met: ${row.miss ?? ''}`} |`,
    ),
    '',
  ];
  const storied = sizes.filter((size) => size.oneStory?.length);
  if (storied.length) {
    lines.push(
      '## Many stories and one',
      '',
      'The same reports, events, outlets and entities built from a clean cache split into stories as the generator splits',
      'them (one per 100 reports, a few reports and events in two), and filed under one story (scripts/synthetic/generate.ts,',
      '`asOneStory`) just before and just after. The ratio compares the many-story build with the faster of the two (and',
      'the higher peak), so that noise on this shared machine can only count against many stories. The target: at most 1.1×.',
      '',
      '| reports | stories | build (s) | peak memory (MB) | pages | files | output (MB) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...storied.flatMap((size) => [
        `| ${count(size.reports)} | ${size.stories ?? '—'} | ${fixed(size.ours.seconds)} | ${size.ours.peakMB} | ${size.ours.pages} | ${size.ours.files} | ${fixed(size.ours.outputMB)} |`,
        ...size.oneStory!.map(
          (build, index) =>
            `| ${count(size.reports)} | 1 (${index === 0 ? 'before' : 'after'}) | ${fixed(build.seconds)} | ${build.peakMB} | ${build.pages} | ${build.files} | ${fixed(build.outputMB)} |`,
        ),
      ]),
      '',
      ...storied.map((size) => {
        const one = oneStoryOf(size.oneStory!);
        return `At ${count(size.reports)} reports, ${size.stories} stories take ${fixed(size.ours.seconds / one.seconds, 2)}× the time of one (the faster of its two builds) and ${fixed(size.ours.peakMB / one.peakMB, 2)}× its peak memory; the target is at most 1.1× the time.`;
      }),
      '',
    );
  }
  const dev = largest?.dev;
  if (dev) {
    lines.push(
      `## The dev server (\`npm run dev\`) on ${count(largest.reports)} reports`,
      '',
      'From starting `astro dev` to a report page’s first answer, and from saving an edit of that report’s headline to',
      'the page answering with it (scripts/bench/dev-server.ts, as an editor would: the page asked for until it shows).',
      '',
      '| start | first page (s) | saved edit shown (s) |',
      '| --- | ---: | ---: |',
      `| first start, empty cache | ${fixed(dev.empty.firstPageSeconds)} | ${fixed(dev.empty.editSeconds)} |`,
      `| next start, on the cache the first left | ${fixed(dev.cached.firstPageSeconds)} | ${fixed(dev.cached.editSeconds)} |`,
      '',
    );
  }
  lines.push(
    'Page weights of the seed site (also enforced by `npm test`, tests/build/budgets.test.ts):',
    '',
    '| page | KB gzipped (HTML + CSS + JS) | budget |',
    '| --- | ---: | ---: |',
    ...seedWeights.map((row) => `| ${row.page} | ${fixed(row.kilobytes)} | ${row.budget} |`),
    '',
    '## Where build time goes',
    '',
    'Phases from each build’s log: the content check (our checker, before Astro starts), Astro’s content sync',
    '(reading and rendering the Markdown), generating the pages, and the search index’s work left after the last page',
    '(Pagefind indexes pages as they are generated, in its own process). The rest is start-up, bundling, the sitemap.',
    '',
    '| build | total (s) | content check (s) | content sync (s) | pages (s) | search index after (s) | rest (s) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sizes.flatMap((size) => [
      phaseRow(`${count(size.reports)} ours`, size.ours),
      ...(size.baseline ? [phaseRow(`${count(size.reports)} baseline`, size.baseline)] : []),
      phaseRow(`${count(size.reports)} rebuild`, size.warm),
      ...(size.oneStory ?? []).map((build, index) =>
        phaseRow(`${count(size.reports)} in one story, ${index === 0 ? 'before' : 'after'}`, build),
      ),
    ]),
    '',
  );
  const profiles = largest?.profiles;
  if (largest && (profiles?.cold || profiles?.warm)) {
    lines.push(
      `### CPU profiles at ${count(largest.reports)} reports`,
      '',
      '`node --cpu-prof` of `astro build`, in extra runs after the timed ones (profiling slows a build down), summarised',
      'by scripts/bench/profile.ts: self time by owner, then the functions with the most self time.',
      '',
      ...(profiles?.cold ? profileLines('Cold build', profiles.cold) : []),
      ...(profiles?.warm ? profileLines('Rebuild after one report was edited', profiles.warm) : []),
    );
  }
  if (lighthouse) {
    lines.push('## Lighthouse (mobile, seed site)', '');
    if (lighthouse.note) lines.push(lighthouse.note, '');
    lines.push('| page | Performance | Accessibility | Best Practices | SEO |', '| --- | ---: | ---: | ---: | ---: |');
    for (const row of lighthouse.rows) {
      lines.push(
        `| ${row.page} | ${row.scores.performance} | ${row.scores.accessibility} | ${row.scores['best-practices']} | ${row.scores.seo} |`,
      );
    }
    const failing = lighthouse.rows.flatMap((row) =>
      row.failing.map(
        (audit) => `- ${row.page}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
      ),
    );
    if (failing.length) lines.push('', 'Audits below full marks:', '', ...failing);
    lines.push('');
  }
  return lines.join('\n');
}
