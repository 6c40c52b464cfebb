import { readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight';
import { generateContent } from '../../scripts/synthetic/generate';
import { buildSite, TEST_BUILDS, type BuildResult } from '../helpers/build';
import { findBrokenLinks, readPages, type BuiltPage } from '../helpers/dist';
import { readSearchIndex } from '../helpers/search-index';

const content = 'tmp/test-content/synthetic-1000';
const dist = `${TEST_BUILDS}/synthetic-1000`;
let build: BuildResult;
let pages: BuiltPage[];
let publishedReports: number;

beforeAll(() => {
  rmSync(content, { recursive: true, force: true });
  for (const [path, text] of generateContent({ reports: 1000 })) {
    mkdirSync(`${content}/${path}`.replace(/\/[^/]+$/, ''), { recursive: true });
    writeFileSync(`${content}/${path}`, text);
  }
  publishedReports = readdirSync(`${content}/reports`).filter(
    (file) => !/^draft: true$/m.test(readFileSync(`${content}/reports/${file}`, 'utf8')),
  ).length;
  build = buildSite(dist, { CONTENT_DIR: content });
  pages = build.status === 0 ? readPages(dist) : [];
}, 300_000);

describe('a site of 1,000 generated reports', () => {
  it('builds, with one page per published report', () => {
    expect(build.status, build.output).toBe(0);
    expect(pages.filter(({ urlPath }) => /^\/reports\/[^/]+\/$/.test(urlPath))).toHaveLength(publishedReports);
    expect(publishedReports).toBeGreaterThan(900);
  });

  it('never lists an unbounded number of items on a page', () => {
    const itemsPerPage = pages.map(({ urlPath, $ }) => ({
      urlPath,
      timeline: $('.timeline__item').length,
      reports: $('.report-card').length,
    }));
    // 1,000 reports in 10 stories: the home page lists the stories, each story's front its latest 50 items.
    expect(pages.find(({ urlPath }) => urlPath === '/')!.$('.stories__item')).toHaveLength(10);
    const fronts = itemsPerPage.filter(({ urlPath }) => /^\/stories\/[^/]+\/$/.test(urlPath));
    expect(fronts).toHaveLength(10);
    expect(Math.max(...fronts.map((front) => front.timeline))).toBe(50);
    expect(Math.max(...itemsPerPage.map((page) => page.timeline))).toBeLessThanOrEqual(100);
    expect(Math.max(...itemsPerPage.map((page) => page.reports))).toBeLessThanOrEqual(100);
    expect(itemsPerPage.find(({ urlPath }) => urlPath === '/reports/')!.reports).toBe(50);
  });

  it('splits long months into pages that link to each other', () => {
    const later = pages.filter(({ urlPath }) => /^\/timeline\/\d{4}(-\d{2})?\/\d+\/$/.test(urlPath));
    const monthsWithoutPages = pages.filter(({ urlPath }) => /^\/timeline\/\d{4}(-\d{2})?\/$/.test(urlPath));
    expect(monthsWithoutPages.length).toBeGreaterThan(12);
    for (const page of later) expect(page.$('a[rel="prev"]').length).toBe(1);
  });

  it('caps every feed at the 50 newest reports', () => {
    const feed = parseFeed(readFileSync(`${dist}/rss.xml`, 'utf8'));
    expect(feed.items).toHaveLength(50);
    // Only reports known to the minute carry an item date; those that do are newest first.
    const dates = feed.items.flatMap((item) => (item.published ? [item.published.getTime()] : []));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(JSON.parse(readFileSync(`${dist}/feed.json`, 'utf8')).items).toHaveLength(50);
  });

  it('indexes every published report, event, outlet and entity for search', () => {
    const detailPages = pages.filter(({ urlPath }) =>
      /^\/(reports|events|sources|entities|claims)\/[^/]+\/$/.test(urlPath),
    );
    expect(readSearchIndex(dist)).toHaveLength(detailPages.length);
  });

  it('keeps every page within its byte budget', () => {
    const weights = pages.map(({ urlPath }) => ({ urlPath, ...pageWeight(dist, urlPath) }));
    const heaviest = weights.reduce((max, page) => (page.html > max.html ? page : max));
    expect(heaviest.html, heaviest.urlPath).toBeLessThanOrEqual(100 * 1024);
    const reports = weights.filter(({ urlPath }) => /^\/reports\/[^/]+\/$/.test(urlPath));
    expect(Math.max(...reports.map((page) => page.total))).toBeLessThanOrEqual(30 * 1024);
    expect(weights.find(({ urlPath }) => urlPath === '/')!.total).toBeLessThanOrEqual(60 * 1024);
  });

  it('keeps every internal link working', () => {
    const { checked, broken } = findBrokenLinks(dist);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
  });
});
