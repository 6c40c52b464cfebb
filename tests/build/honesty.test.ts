// No output states more than the content knows: every page, feed, JSON-LD block and story.json of the seed
// build and of a fixture built from month-only, approximate, one-of-two-days and exact dates.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';
import { honestyViolations } from '../helpers/honesty';

const FIXTURE = 'tests/fixtures/precision-content';
const CONTENT = 'tmp/test-content/precision';
const DIST = `${TEST_BUILDS}/precision`;
/** More than a timeline page holds (100), so April really has a second page. */
const APRIL_REPORTS = 105;

/** The fixture plus a long April of wire reports, each known to the day. */
function writeFixture() {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(FIXTURE, CONTENT, { recursive: true });
  for (let index = 1; index <= APRIL_REPORTS; index++) {
    const day = String(1 + (index % 28)).padStart(2, '0');
    const id = `wire-april-${String(index).padStart(3, '0')}`;
    writeFileSync(
      `${CONTENT}/reports/${id}.md`,
      `---\nheadline: "Wire April note ${index}"\nstories: [fixture-story]\nsource: wire\nattribution: confirmed\npublished: "2026-04-${day}"\nadded: "2026-11-22"\nlanguage: en\nsummary: "Routine April note number ${index} of the fixture wire."\n---\nNote ${index}.\n`,
    );
  }
}

describe('the seed build', () => {
  it('states no day, instant, first, publisher or bare claim that the content does not know', () => {
    const { violations, checked } = honestyViolations(`${TEST_BUILDS}/la`);
    expect(violations).toEqual([]);
    expect(checked.feedItems).toBeGreaterThan(10);
    expect(checked.claimLinks).toBeGreaterThan(10);
    expect(checked.outletLinks).toBeGreaterThan(3);
    expect(checked.probableReportLinks).toBeGreaterThan(0);
    expect(checked.jsonLd).toBeGreaterThan(5);
  });
});

describe('a build of imprecise dates', () => {
  let pages: ReturnType<typeof readPages>;
  const page = (path: string) => {
    const found = pages.find((candidate) => candidate.urlPath === path);
    if (!found) throw new Error(`no page at ${path}`);
    return found.$;
  };
  const rssLinks = (file: string) => {
    const $ = load(readFileSync(`${DIST}/${file}`, 'utf8'), { xml: true });
    return $('item link')
      .map((_, link) => new URL($(link).text()).pathname)
      .get();
  };

  beforeAll(() => {
    writeFixture();
    const { status, output } = buildSite(DIST, { CONTENT_DIR: CONTENT });
    if (status !== 0) throw new Error(`fixture build failed:\n${output}`);
    pages = readPages(DIST);
  });

  it('passes the whole-output walk', () => {
    const { violations, checked } = honestyViolations(DIST);
    expect(violations).toEqual([]);
    expect(checked.outletLinks).toBeGreaterThan(0);
    expect(checked.probableReportLinks).toBeGreaterThan(0);
  });

  it('shows one of two days as a choice, never a span', () => {
    expect(page('/events/scoop/')('main').text()).toContain('9 or 10 March 2026');
  });

  it('says "first here" only where the dates prove it, and never "first to cover"', () => {
    const remarks = page('/events/remarks/')('main').text();
    expect(remarks).toMatch(/First here/);
    expect(remarks).not.toMatch(/first to cover/i);
    const summit = page('/events/summit/')('main').text();
    expect(summit).not.toMatch(/First here|[Ff]irst to cover/);
    expect(summit).toMatch(/Among the first here — order unknown/);
  });

  it('shows a local time whose offset is inferred as local time, and never as an instant in feeds or JSON-LD', () => {
    const $ = page('/reports/paper-rumour-local/');
    expect($('.facts time').first().text()).toBe('20 March 2026, 08:00 local time (probably UTC−3)');
    expect($('.facts time').first().attr('datetime')).toBe('2026-03-20T08:00');
    const rss = readFileSync(`${DIST}/sources/paper/rss.xml`, 'utf8');
    const item = rss.split('<item>').find((text) => text.includes('paper-rumour-local'))!;
    expect(item).not.toContain('<pubDate>');
    expect(item).toContain('08:00 local time (probably UTC−3)');
  });

  it('dates a claim first reported elsewhere by its carrying here, saying it was reported earlier', () => {
    expect(page('/claims/second-partner/')('main').text().replace(/\s+/g, ' ')).toContain(
      'Reported without a source, first by an outlet not known · first carried here by Daily Paper',
    );
  });

  it('never enumerates an approximate date as days, and bounds it by its earliest report', () => {
    const summit = page('/events/summit/')('main').text();
    expect(summit).toContain('early March 2026');
    expect(summit).toContain('By 4 March 2026, when Daily Paper reported it.');
  });

  it('titles a denied claim as denied', () => {
    const $ = page('/claims/talks-held/');
    expect($('h1').text().trim()).toMatch(/^Denied: Example Motors held talks/);
    expect($('title').text()).toMatch(/^Denied: /);
  });

  it('links previous and next reports in story order, ties by outlet name', () => {
    // March: a month-only report at the start of the month, one known to follow the 9-or-10 scoop just after it.
    const $ = page('/reports/paper-talks-month/');
    expect($('a[rel="prev"]').attr('href')).toBe('/reports/wire-summit-exact/');
    expect($('a[rel="next"]').attr('href')).toBe('/reports/wire-talks-exact/');
    expect(page('/reports/blog-talks-month/')('a[rel="next"]').attr('href')).toBe('/reports/paper-summit-day/');
  });

  it('pages a long month, with both pager links and no item twice', () => {
    const first = page('/timeline/2026-04/');
    const second = page('/timeline/2026-04/2/');
    expect(first('a[rel="next"]').attr('href')).toBe('/timeline/2026-04/2/');
    expect(second('a[rel="prev"]').attr('href')).toBe('/timeline/2026-04/');
    // Nothing before the first page or after the last.
    expect(first('.pager a[rel="prev"]')).toHaveLength(0);
    expect(second('.pager a[rel="next"]')).toHaveLength(0);
    expect(second('.pager a')).toHaveLength(1);
    const linksOn = ($: typeof first) =>
      $('.timeline a[href^="/reports/"]')
        .map((_, a) => $(a).attr('href'))
        .get();
    const onFirst = new Set(linksOn(first));
    const onSecond = linksOn(second);
    expect(onFirst.size).toBe(100);
    expect(onSecond.length).toBe(APRIL_REPORTS - 100);
    for (const link of onSecond) expect(onFirst.has(link)).toBe(false);
  });

  it('serves outlet and entity feeds newest first, cut at 50', () => {
    const wire = rssLinks('sources/wire/rss.xml');
    expect(wire).toHaveLength(50);
    expect(wire[0]).toMatch(/^\/reports\/wire-april-\d{3}\/$/);
    expect(wire).not.toContain('/reports/wire-talks-exact/');
    expect(rssLinks('entities/example-motors/rss.xml')).toEqual([
      '/reports/paper-rumour-local/',
      '/reports/wire-talks-exact/',
      '/reports/paper-talks-month/',
      '/reports/blog-talks-month/',
    ]);
  });

  it('writes partial dates into story.json and JSON-LD', () => {
    const story = JSON.parse(readFileSync(`${DIST}/story.json`, 'utf8'));
    const month = story.reports.find((report: { id: string }) => report.id === 'paper-talks-month');
    expect(month.published).toMatchObject({ value: '2026-03', precision: 'month', iso: '2026-03' });
    const scoop = story.events.find((event: { id: string }) => event.id === 'scoop');
    expect(scoop.date).toMatchObject({ precision: 'days', iso: '2026-03' });
    const claim = story.claims.find((entry: { id: string }) => entry.id === 'talks-held');
    expect(claim.status).toBe('denied');
    const jsonLd = JSON.parse(page('/reports/paper-talks-month/')('script[type="application/ld+json"]').text());
    expect(jsonLd.isBasedOn.datePublished).toBe('2026-03');
  });
});
