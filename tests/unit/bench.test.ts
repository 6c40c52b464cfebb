// The benchmark's reading of Astro's log and its verdicts on the targets (scripts/bench/): what BENCHMARKS.md says
// is only as true as these.
import { describe, expect, it } from 'vitest';
import { astroSeconds, type BuildMeasure } from '../../scripts/bench/measure';
import { judge, type SizeResult } from '../../scripts/bench/targets';

describe('astroSeconds', () => {
  const sync = String.raw`\[types\] Generated TIME`;

  it('reads every form Astro prints a duration in', () => {
    expect(astroSeconds('12:00:01 [types] Generated 850ms', sync)).toBe(0.85);
    expect(astroSeconds('12:00:01 [types] Generated 12.34s', sync)).toBe(12.34);
    // From a minute on, as the 10,000-report content sync takes.
    expect(astroSeconds('12:00:01 [types] Generated 1m 16s', sync)).toBe(76);
  });

  it('is NaN when the log has no such line, never 0', () => {
    expect(astroSeconds('12:00:01 [build] Complete!', sync)).toBeNaN();
  });
});

const build = (seconds: number, more: Partial<BuildMeasure> = {}): BuildMeasure => ({
  ok: true,
  seconds,
  peakMB: 1000,
  phases: {},
  restored: 0,
  generated: 0,
  pages: 0,
  files: 1000,
  outputMB: 0,
  largestHtmlKB: 50,
  log: '',
  ...more,
});
const size = (reports: number, ours: BuildMeasure, rest: Partial<SizeResult> = {}): SizeResult => ({
  reports,
  ours,
  baseline: build(ours.seconds / 1.2),
  warm: build(ours.seconds / 5, { restored: 9, generated: 10 }),
  reportPageKB: 12,
  homePageKB: 16,
  ...rest,
});

describe('judge', () => {
  it('meets a target at its limit and misses it just over, saying by how much', () => {
    const rows = judge([
      size(1000, build(10)),
      size(10000, build(100, { peakMB: 2050 }), { baseline: build(100 / 1.3), warm: build(25) }),
    ]);
    const row = (start: string) => rows.find((each) => each.target.startsWith(start))!;
    expect(row('cold build').ok).toBe(true);
    expect(row('rebuild').ok).toBe(true);
    expect(row('10,000 / 1,000').ok).toBe(true);
    expect(row('peak memory')).toMatchObject({ ok: false, measured: '2050 MB (baseline 1000 MB)' });
    // 2,050 MB is 0.1% over 2,048: not rounded to a "0% over" that reads as met.
    expect(row('peak memory').miss).toMatch(/^0\.1% over the target\. Why: /);
    const justOver = judge([size(10000, build(100, { peakMB: 2049 }))]);
    expect(justOver.find((each) => each.target.startsWith('peak memory'))!.miss).toMatch(/^0\.05% over the target/);
  });

  it('misses the rebuild target when an edit costs more than a quarter of a cold build, naming the restored pages', () => {
    const rows = judge([size(10000, build(100), { warm: build(40, { restored: 11012, generated: 11157 }) })]);
    expect(rows.find((row) => row.target.startsWith('rebuild'))).toMatchObject({
      ok: false,
      measured: '0.40× (40.0 s / 100.0 s; 11,012 of 11,157 pages restored)',
      miss: expect.stringMatching(/^60% over the target\. Why: /),
    });
  });

  it('judges many stories against one story of the same reports: met at 1.1×, missed above, saying by how much', () => {
    const storied = (many: number) =>
      judge([
        size(10000, build(many, { peakMB: 1900 }), {
          stories: 100,
          // Before and after: compared as the faster time and the higher peak.
          oneStory: [build(130, { peakMB: 1700 }), build(100, { peakMB: 1800 })],
        }),
      ]);
    const row = (rows: ReturnType<typeof judge>) => rows.find((each) => each.target.includes('stories'))!;
    expect(row(storied(110))).toMatchObject({
      target: '10,000 reports in 100 stories cost ≤ 1.1× the single-story build of the same reports',
      measured: '1.10× (110.0 s / 100.0 s; peak 1900 / 1800 MB)',
      ok: true,
    });
    expect(row(storied(121))).toMatchObject({ ok: false, miss: expect.stringMatching(/^10% over the target\. Why/) });
    // Without the one-story build (--no-stories, or an older results.json) there is no such row.
    expect(judge([size(10000, build(100))]).some((each) => each.target.includes('stories'))).toBe(false);
  });
});
