import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readPages } from '../helpers/dist';
import { TEST_BUILDS } from '../helpers/build';

const dist = `${TEST_BUILDS}/la`;
const pages = readPages(dist);
const page = (urlPath: string) => {
  const found = pages.find((candidate) => candidate.urlPath === urlPath);
  if (!found) throw new Error(`no page built at ${urlPath}`);
  return found;
};
const idsIn = (folder: string, extension: string) =>
  readdirSync(`content/${folder}`)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length));
const publishedReportIds = idsIn('reports', '.md').filter(
  (id) => parseFrontmatter(readFileSync(`content/reports/${id}.md`, 'utf8')).frontmatter.draft !== true,
);

describe('every entry has its page', () => {
  it.each([
    ['reports', publishedReportIds],
    ['sources', idsIn('sources', '.yaml')],
    ['events', idsIn('events', '.yaml')],
    ['entities', idsIn('entities', '.yaml')],
  ])('/%s/<id>/ for each file', (collection, ids) => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(page(`/${collection}/${id}/`).$('h1').text()).not.toBe('');
  });

  it('builds exactly as many report pages as there are published report files', () => {
    const reportPages = pages.filter((candidate) => /^\/reports\/[^/]+\/$/.test(candidate.urlPath));
    expect(reportPages.length).toBe(publishedReportIds.length);
  });

  it('has the index pages and a 404 page', () => {
    for (const path of [
      '/',
      '/reports/',
      '/sources/',
      '/events/',
      '/entities/',
      '/claims/',
      '/coverage/',
      '/about/',
      '/corrections/',
      '/open-data/',
    ]) {
      expect(page(path).$('h1').length).toBe(1);
    }
    expect(page('/404.html').$('h1').text()).toBe('Page not found');
  });
});

describe('every page', () => {
  it.each(pages.map((candidate) => [candidate.urlPath, candidate]))(
    '%s has a title, a language and a description',
    (_, built) => {
      const { $ } = built;
      expect($('html').attr('lang')).toBe('en');
      expect($('title').text().trim().length).toBeGreaterThan(5);
      expect($('meta[name="description"]').attr('content')?.trim().length).toBeGreaterThan(20);
      expect($('h1')).toHaveLength(1);
      expect($('main#main')).toHaveLength(1);
    },
  );
});

describe('the timeline', () => {
  const { $ } = page('/');
  const periodHeadings = ($page: typeof $) =>
    $page('.timeline .timeline__period')
      .map((_, el) => $page(el).text())
      .get();

  it('runs newest first on the home page, by month and year, items known only to the year after that year’s months', () => {
    const headings = periodHeadings($);
    // What has happened, newest first: plans (the 2027 pickup, the April visit) stand apart, not at the top.
    expect(headings[0]).toBe('February 2026');
    expect(headings.indexOf('January 2026')).toBe(headings.indexOf('February 2026') + 1);
    expect(headings).not.toContain('2027, month not known');
    expect(headings.indexOf('2025, month not known')).toBeGreaterThan(headings.indexOf('January 2026'));
    const plans = $('.home-plans');
    expect(plans.find('h2').text()).toBe('Plans announced in the reports');
    expect(plans.find('.event-card a[href="/events/ford-uev-pickup-2027/"]')).toHaveLength(1);
    expect(plans.find('.event-card a[href="/events/trump-xi-meeting-april/"]')).toHaveLength(1);
    expect(plans.find('.event-card').length).toBe(3);
  });

  it('runs oldest first in the month-by-month archive, and the home page links there', () => {
    const archive = page('/timeline/').$;
    const months = archive('main a[href^="/timeline/"]')
      .map((_, el) => archive(el).text())
      .get();
    expect(months.indexOf('January 2026')).toBeLessThan(months.indexOf('February 2026'));
    expect(months.at(-1)).toBe('2027, month not known');
    expect($('.home-timeline a[href="/timeline/"]').length).toBeGreaterThan(0);
  });

  it('says why reports that share a month are in the order shown', () => {
    const february = $('#period-2026-02').closest('section');
    expect(february.text()).toContain(
      '3 reports are dated only “February 2026”: their order is not known, so they are listed by outlet name.',
    );
  });

  it('puts the Financial Times report before Ford’s denial of it, and both before Bloomberg’s scoop (reversed on the home page)', () => {
    const archive = page('/timeline/2026-02/').$;
    const oldestFirst = archive('.timeline__item h3 a')
      .map((_, el) => archive(el).attr('href'))
      .get();
    const newestFirst = $('.timeline__item h4 a')
      .map((_, el) => $(el).attr('href'))
      .get();
    for (const [order, sign] of [
      [oldestFirst, 1],
      [newestFirst, -1],
    ] as const) {
      const at = (path: string) => order.indexOf(path);
      expect(at('/events/ft-reports-xiaomi-byd-talks/')).toBeGreaterThan(-1);
      expect(Math.sign(at('/events/ford-denies-ft-report/') - at('/events/ft-reports-xiaomi-byd-talks/'))).toBe(sign);
      expect(Math.sign(at('/events/bloomberg-reports-jv-talks/') - at('/events/ford-denies-ft-report/'))).toBe(sign);
    }
  });

  it('labels each date with its precision and a machine-readable datetime', () => {
    const time = (datetime: string) => $(`time[datetime="${datetime}"]`).first().text();
    expect(
      $('time[datetime="2026-02"]')
        .map((_, el) => $(el).text())
        .get(),
    ).toContain('February 2026');
    expect(time('2026-01-13')).toBe('13 January 2026');
    expect(time('2026-02-16T15:45Z')).toBe('16 February 2026, 15:45 UTC');
    expect(
      $('time')
        .filter((_, el) => $(el).text() === '13 or 14 February 2026')
        .attr('datetime'),
    ).toBe('2026-02');
    expect($('main').text()).not.toMatch(/13–14 February/);
  });

  it('lists under each event the reports that cover it', () => {
    const bloomberg = $('.timeline a[href="/events/bloomberg-reports-jv-talks/"]').closest('.event-card');
    expect(bloomberg.find('.event-card__coverage a').length).toBe(4);
  });
});

describe('a report page', () => {
  const { $ } = page('/reports/electrek-ford-asks-administration-chinese-ev-tech/');
  const middle = page('/reports/drive-farley-trump-officials-met/').$;

  it('names its outlet, dates and the original, and links the entities in its digest', () => {
    expect($('.facts a[href="/sources/electrek/"]').text()).toBe('Electrek');
    expect($('.facts time').attr('datetime')).toBe('2026-02-16T15:45Z');
    expect($('.facts a[href^="https://electrek.co/2026/02/16/"]').attr('rel')).toBe('noopener noreferrer');
    expect($('.digest a[href="/entities/jim-farley/"]')).toHaveLength(1);
    expect($('.facts a[href="/sources/bloomberg/"]').text()).toBe('Bloomberg');
  });

  it('offers reports sharing its events, and the previous and next report', () => {
    expect($('#also').find('.report-card').length).toBeGreaterThan(0);
    // Drive (probable), dated only February: between AutoGuide and Torque Cafe (probable), by outlet name.
    expect(middle('a[rel="prev"]').attr('href')).toBe('/reports/autoguide-ford-wants-to-build-chinese-cars/');
    expect(middle('a[rel="next"]').attr('href')).toBe('/reports/torque-cafe-ford-pushing-landmark-deal/');
    expect(middle('a[rel="next"]').text()).toContain('(probable)');
    // Both neighbours are dated only to February, like Drive: the links say their order is not known.
    expect(middle('a[rel="prev"] .tag--unknown').text()).toBe('Order not known');
    expect(middle('a[rel="next"] .tag--unknown').text()).toBe('Order not known');
    // AutoPapo (4 February) is proved earlier than the reports that followed the 13-or-14 February scoop.
    const autoguide = page('/reports/autoguide-ford-wants-to-build-chinese-cars/').$;
    expect(autoguide('a[rel="prev"]').attr('href')).toBe('/reports/autopapo-ford-denies-byd-xiaomi-talks/');
    expect(autoguide('a[rel="prev"] .tag--unknown')).toHaveLength(0);
    // Electrek's 16 February report is the last in story order: no later report to link.
    expect($('a[rel="next"]')).toHaveLength(0);
  });

  it('keeps uncertainty visible: month-only dates, unknown addresses and probable outlets', () => {
    const drive = page('/reports/drive-farley-trump-officials-met/').$;
    expect(drive('.facts time').first().text()).toBe('February 2026');
    expect(drive('.facts').text()).toContain('Address not known');
    expect(drive('.facts .tag--warn').text()).toBe('probable');
    expect(drive('.notice li').length).toBeGreaterThan(0);
  });

  it('says what a translation was translated from', () => {
    const autopapo = page('/reports/autopapo-ford-denies-byd-xiaomi-talks/').$;
    expect(autopapo('.facts [lang="pt"]').text()).toContain('Ford nega');
    expect(autopapo('.facts').text()).toContain('Updated');
  });
});

describe('outlet, event and entity pages', () => {
  it('lists the reports citing an outlet that is only cited', () => {
    const { $ } = page('/sources/bloomberg/');
    expect($('#own').parent().text()).toContain('None of its own articles');
    expect($('#citing').parent().find('.report-card').length).toBe(4);
  });

  it('marks the first report to cover an event only when the dates prove it', () => {
    const { $ } = page('/events/ft-reports-xiaomi-byd-talks/');
    const cards = $('#reports').parent().find('.report-card');
    // AutoPapo (4 February) is known to precede reports that followed Bloomberg's 13-or-14 February scoop.
    expect(cards.first().find('a[href="/reports/autopapo-ford-denies-byd-xiaomi-talks/"]')).toHaveLength(1);
    expect(cards.first().find('.tag').first().text()).toBe('First here');
    expect(cards.slice(1).find('.tag:contains("First here")')).toHaveLength(0);
    // Electrek (16 February) may or may not precede three reports dated only to February.
    const bloomberg = page('/events/bloomberg-reports-jv-talks/').$;
    expect(bloomberg('main').text()).not.toMatch(/First here|[Ff]irst to cover/);
    expect(bloomberg('#reports').parent().find('.tag:contains("Among the first here — order unknown")').length).toBe(4);
    // An event years before any report we hold: its one report is the only one we hold, not its first coverage.
    const oldRule = page('/events/china-drops-jv-requirement/').$;
    expect(oldRule('#reports').parent().find('.tag').first().text()).toBe('The only report we hold');
    for (const id of readdirSync(`${dist}/events`).filter((name) => !name.includes('.')))
      expect(page(`/events/${id}/`).$('main').text()).not.toMatch(/first to cover/i);
  });

  it('marks every item of every list whose place its dates do not prove: events, an entity’s and an outlet’s lists', () => {
    const unknownIn = ($: ReturnType<typeof page>['$'], selector: string) =>
      $(selector)
        .filter((_, card) => $(card).find('.tag--unknown').text().includes('Order not known'))
        .map((_, card) => $(card).find('h2 a, h3 a').first().attr('href'))
        .get();
    const events = page('/events/').$;
    // "2024" (the podcast) and 27 September 2024 (the tariff) may come in either order.
    expect(unknownIn(events, '.event-card')).toEqual(
      expect.arrayContaining(['/events/farley-fully-charged-xiaomi/', '/events/us-tariff-chinese-evs/']),
    );
    expect(unknownIn(events, '.event-card')).not.toContain('/events/china-drops-jv-requirement/');
    const coverage = page('/coverage/').$;
    expect(
      coverage('.reach li')
        .filter((_, item) => coverage(item).find('.tag--unknown').length > 0)
        .find('a')
        .map((_, a) => coverage(a).attr('href'))
        .get(),
    ).toContain('/events/duffy-warns-canada-ohio/');
    // Australia is known only through Drive, which we probably attribute: its count and reach say so.
    expect(coverage('main').text()).toContain('Australia (probable)');
    expect(page('/').$('.mix-line').text()).toMatch(/Australia 1 \(probable\)/);
    const duffy = page('/entities/sean-duffy/').$;
    expect(unknownIn(duffy, '#events ~ ol .event-card').length).toBeGreaterThan(1);
    const bloomberg = page('/sources/bloomberg/').$;
    expect(unknownIn(bloomberg, '#citing ~ ol .report-card')).toEqual([
      '/reports/autoguide-ford-wants-to-build-chinese-cars/',
      '/reports/drive-farley-trump-officials-met/',
      '/reports/torque-cafe-ford-pushing-landmark-deal/',
      '/reports/electrek-ford-asks-administration-chinese-ev-tech/',
    ]);
  });

  it('shows an entity’s events and the reports naming it', () => {
    const { $ } = page('/entities/jim-farley/');
    expect($('#events').parent().find('.event-card').length).toBeGreaterThan(0);
    expect($('#reports').parent().find('.report-card').length).toBe(5);
  });
});
