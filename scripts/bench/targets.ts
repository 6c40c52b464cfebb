// The benchmark's targets (issue 13), each judged from one run: the figure, met or not, by how much, and for a
// miss why and what next. The reasons come from the profiles in the same BENCHMARKS.md (scripts/bench/profile.ts).
import type { DevMeasure } from './dev-server';
import type { BuildMeasure } from './measure';
import type { ProfileSummary } from './profile';
import type { SearchCost } from './search-cost';

export interface SizeResult {
  reports: number;
  /** How many stories the reports are split among in `ours` (the generator's default: one per 100 reports). */
  stories?: number;
  ours: BuildMeasure;
  baseline?: BuildMeasure;
  /** Our build again after one report's digest gained a sentence: incremental, same cache and output folder. */
  warm: BuildMeasure;
  reportPageKB: number;
  homePageKB: number;
  search?: SearchCost;
  /**
   * The same content filed under one story, built cold just before and just after `ours` (in many stories), which is
   * measured against the faster of the two.
   */
  oneStory?: BuildMeasure[];
}

export interface LargestRun {
  reports: number;
  profiles?: { cold?: ProfileSummary; warm?: ProfileSummary };
  /** `npm run dev`: first start on an empty cache, then a start on the cache it left. */
  dev?: { empty: DevMeasure; cached: DevMeasure };
}

export interface Target {
  target: string;
  measured: string;
  ok: boolean;
  /** For a miss: by how much, why (with the evidence), and what next. */
  miss?: string;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const over = (value: number, limit: number) => {
  const percent = (value / limit - 1) * 100;
  return `${percent < 1 ? percent.toPrecision(1) : Math.round(percent)}% over the target`;
};

/** Why each target can be missed and what would close the gap, from this project's profiles. */
export const WHY: Record<string, string> = {
  baseline:
    'Why: the baseline renders one bare page per report and stops; we also check the content first, render ~1,400 more pages (outlets, events, entities, claims, archives, feeds), write each rendered page twice (dist/ and the incremental cache), and finish Pagefind’s index after the last page (it indexes on the second core while pages render, but builds its word index only once all pages are in). Next: render the per-entity feeds from prebuilt items in one pass, and cache the checker’s per-file results.',
  warm: 'Why: an incremental rebuild restores every unchanged page, but Astro still starts up, re-reads and re-serialises the whole content store and bundles the site (the profile of the rebuild below: Astro, Vite and Node’s module compiler), and Pagefind has no incremental mode: it re-indexes all ~10,500 searchable pages and rebuilds its word index every time, even when one changed. Next: split the search index by period and merge the parts in the browser (Pagefind’s mergeIndex; a change to the search page).',
  growth10: 'Why: a phase grows faster than the number of reports. Next: profile that phase at both sizes.',
  memory:
    'Why: the peak is where the pages first load the content: parsing Astro’s data-store.json (every entry’s data, Markdown and rendered digest; about 300 MB on its own), then building the story graph and every page’s view for its cache key; the live heap there is under 400 MB, the rest is garbage the V8 heap lets grow to about 1 GB before collecting it. (src/integrations/content-store.ts keeps the store out of the server bundle, which peaked higher.) Not `deferRender`: at 10,000 reports it bundled every report as its own module, and the build took 4 GB and three times as long. Next: keep each report’s Markdown out of the store (only its word count and fingerprint are read), and hash views without writing each whole view out as one string.',
  search:
    'Why: Pagefind loads filter and index chunks by what the query matches. Next: see the search page’s own notes (src/pages/search.astro).',
  growth5: 'Why: a phase grows faster than the number of reports. Next: profile that phase at both sizes.',
  stories:
    'Why (from the code; compare the profiles to confirm): buildSiteGraph builds the site’s graph and then one more per story over that story’s entries (src/lib/graph/stories.ts), so the graph work is done about twice; the story pages, once they land, add each story’s front, timeline and feeds. Next: a CPU profile of each build, and each story’s graph derived from the site’s instead of built again.',
};

/**
 * The one-story builds as one figure: the faster time and the higher peak, so that noise (a busy machine, the first
 * build of a run reading node_modules from disk) can only count against the many-story build.
 */
export function oneStoryOf(builds: BuildMeasure[]): { seconds: number; peakMB: number } {
  return {
    seconds: Math.min(...builds.map((build) => build.seconds)),
    peakMB: Math.max(...builds.map((build) => build.peakMB)),
  };
}

/** A target that `value` meets when it is at most `limit`; a miss says by how much, then `why`. */
const atMost = (target: string, value: number, limit: number, measured: string, why?: string): Target => ({
  target,
  measured,
  ok: value <= limit,
  miss: why && `${over(value, limit)}. ${why}`,
});

export function judge(sizes: SizeResult[]): Target[] {
  const bySize = new Map(sizes.map((size) => [size.reports, size]));
  const one = bySize.get(1000);
  const five = bySize.get(5000);
  const ten = bySize.get(10000);
  const largest = ten ?? sizes.at(-1);
  const rows: Target[] = [];
  if (ten?.baseline) {
    const ratio = ten.ours.seconds / ten.baseline.seconds;
    const measured = `${fixed(ratio, 2)}× (${fixed(ten.ours.seconds)} s / ${fixed(ten.baseline.seconds)} s)`;
    rows.push(
      atMost('cold build of 10,000 reports ≤ 1.3× the bare-Astro baseline', ratio, 1.3, measured, WHY.baseline),
    );
  }
  if (ten) {
    const ratio = ten.warm.seconds / ten.ours.seconds;
    const restored = `${ten.warm.restored.toLocaleString('en')} of ${ten.warm.generated.toLocaleString('en')} pages restored`;
    const measured = `${fixed(ratio, 2)}× (${fixed(ten.warm.seconds)} s / ${fixed(ten.ours.seconds)} s; ${restored})`;
    rows.push(
      atMost('rebuild after a one-report edit ≤ 0.25× our cold build, at 10,000', ratio, 0.25, measured, WHY.warm),
    );
  }
  if (one && ten) {
    const ratio = ten.ours.seconds / one.ours.seconds;
    rows.push(atMost('10,000 / 1,000 build-time ratio ≤ 10 (linear)', ratio, 10, fixed(ratio, 2), WHY.growth10));
  }
  if (five && ten) {
    const growth = ten.ours.seconds / five.ours.seconds;
    rows.push(
      atMost('10,000 reports take at most 2.2× the time of 5,000', growth, 2.2, `${fixed(growth, 2)}×`, WHY.growth5),
    );
    const files = ten.ours.files / five.ours.files;
    rows.push(atMost('output files grow linearly (10,000 / 5,000 ≈ 2×)', files, 2.2, `${fixed(files, 2)}×`));
  }
  if (largest) {
    const peak = largest.ours.peakMB;
    const baseline = largest.baseline ? ` (baseline ${largest.baseline.peakMB} MB)` : '';
    rows.push({
      target: `peak memory at ${largest.reports.toLocaleString('en')} < 2 GB`,
      measured: `${peak} MB${baseline}`,
      ok: peak < 2048,
      miss: `${over(peak, 2048)}. ${WHY.memory}`,
    });
  }
  if (largest?.search) {
    const { kilobytes, requests } = largest.search;
    const target = `a search at ${largest.reports.toLocaleString('en')} reports costs ≤ 300 KB`;
    rows.push(atMost(target, kilobytes, 300, `${fixed(kilobytes)} KB in ${requests} requests`, WHY.search));
  }
  const storied = [...sizes].reverse().find((size) => size.oneStory?.length && size.stories);
  if (storied?.oneStory) {
    const one = oneStoryOf(storied.oneStory);
    const ratio = storied.ours.seconds / one.seconds;
    const count = `${storied.reports.toLocaleString('en')} reports in ${storied.stories} stories`;
    rows.push(
      atMost(
        `${count} cost ≤ 1.1× the single-story build of the same reports`,
        ratio,
        1.1,
        `${fixed(ratio, 2)}× (${fixed(storied.ours.seconds)} s / ${fixed(one.seconds)} s; peak ${storied.ours.peakMB} / ${one.peakMB} MB)`,
        WHY.stories,
      ),
    );
  }
  const html = Math.max(...sizes.map((size) => size.ours.largestHtmlKB));
  rows.push(atMost('no page’s HTML over 100 KB gzipped, at any size', html, 100, `${fixed(html)} KB at most`));
  const report = Math.max(...sizes.map((size) => size.reportPageKB));
  rows.push(atMost('report page ≤ 30 KB gzipped (HTML + CSS + JS)', report, 30, `${fixed(report)} KB`));
  const home = Math.max(...sizes.map((size) => size.homePageKB));
  rows.push(atMost('home page ≤ 60 KB gzipped', home, 60, `${fixed(home)} KB`));
  return rows;
}
