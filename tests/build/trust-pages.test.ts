// The front page (news first, in the order a reader needs it), the claims board, the coverage page's source
// diversity, and the trust pages: /about/ from site.yaml and the site's own constants, /corrections/ from every
// entry's corrections, and each corrected entry saying so on its own page.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATE_KNOWLEDGE, precisionNote } from '../../src/lib/dates';
import { PROBABLE_MEANING } from '../../src/lib/graph';
import { CLAIM_STATUSES } from '../../src/schemas/claims';
import { TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const dist = `${TEST_BUILDS}/la`;
const pages = readPages(dist);
const page = (urlPath: string) => {
  const found = pages.find((candidate) => candidate.urlPath === urlPath);
  if (!found) throw new Error(`no page built at ${urlPath}`);
  return found.$;
};
const text = (value: string) => value.replace(/\s+/g, ' ').trim();

interface StoryJson {
  outlets: { id: string; country: string | null }[];
  reports: { id: string; outlet: string }[];
  claims: { id: string; status: string; titled: string; statement: string }[];
  events: { id: string }[];
}
const story = JSON.parse(readFileSync(`${dist}/story.json`, 'utf8')) as StoryJson;
const site = parse(readFileSync('content/site.yaml', 'utf8')) as { about: Record<string, string[] | string> };

/** Every correction in the content: which page it is on, its date and its note. */
const corrections = [
  ...readdirSync('content/reports').map((file) => ({
    path: `/reports/${file.replace(/\.md$/, '')}/`,
    data: parseFrontmatter(readFileSync(`content/reports/${file}`, 'utf8')).frontmatter,
  })),
  ...readdirSync('content/events').map((file) => ({
    path: `/events/${file.replace(/\.yaml$/, '')}/`,
    data: parse(readFileSync(`content/events/${file}`, 'utf8')),
  })),
  ...readdirSync('content/claims').map((file) => ({
    path: `/claims/${file.replace(/\.yaml$/, '')}/`,
    data: parse(readFileSync(`content/claims/${file}`, 'utf8')),
  })),
].flatMap(({ path, data }) =>
  ((data.corrections ?? []) as { date: string; note: string }[]).map((correction) => ({ path, ...correction })),
);

describe('the front page', () => {
  const $ = page('/');

  it('puts the news first: title and dek, latest development, where things stand, what’s new, follow, who covers it, then the timeline', () => {
    const order = [
      'h1',
      '.story-head__dek',
      '#latest',
      '#standing',
      '#whats-new',
      '#follow',
      '#who-covers',
      '.home-timeline',
    ];
    const all = $('*').toArray();
    const positions = order.map((selector) => {
      expect($(selector), selector).toHaveLength(1);
      return all.indexOf($(selector)[0]);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect($('.coverage svg, figure.coverage')).toHaveLength(0);
  });

  it('opens the timeline with the newest item that has happened, the one its month in the archive ends with', () => {
    const february = page('/timeline/2026-02/');
    const newestInArchive = february('.timeline__item').last().find('h3 a').attr('href');
    expect($('.timeline__item').first().find('h4 a').attr('href')).toBe(newestInArchive);
    // Its order against the reports known only to February is not proven, and it says so.
    expect($('.timeline__item').first().find('.tag--unknown').text()).toBe('Order not known');
  });

  it('says which developments may be the latest, and that their order is not known', () => {
    const latest = $('#latest');
    expect(latest.find('h2').text()).toBe('Latest developments');
    expect(latest.text()).toContain('Which of these came last is not known.');
    expect(
      latest
        .find('h3 a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/events/ford-talks-byd-geely-reported/', '/events/bloomberg-reports-jv-talks/']);
  });

  it('shows where every claim stands, each once, grouped by status, linked with its status and who moved it there', () => {
    const board = $('#standing');
    const statusOrder = ['denied', 'disputed', 'retracted', 'reported', 'on-record', 'confirmed'];
    const groups = board
      .find('.board__group')
      .map(
        (_, el) =>
          $(el)
            .attr('class')!
            .match(/board__group--([a-z-]+)/)![1],
      )
      .get();
    expect(groups).toEqual(statusOrder.filter((status) => story.claims.some((claim) => claim.status === status)));
    const linked = board
      .find('a[href^="/claims/"]')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(linked.filter((href) => href !== '/claims/').sort()).toEqual(
      story.claims.map((claim) => `/claims/${claim.id}/`).sort(),
    );
    for (const claim of story.claims) {
      const link = board.find(`a[href="/claims/${claim.id}/"]`);
      expect(text(link.text())).toBe(claim.titled);
      expect(link.closest('.board__group').hasClass(`board__group--${claim.status}`)).toBe(true);
    }
    const xiaomi = board.find('a[href="/claims/ford-xiaomi-us-talks/"]').closest('li');
    expect(text(xiaomi.find('.board__by').text())).toBe('— denied by Ford and Xiaomi');
    expect(
      xiaomi
        .find('.board__by a')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/entities/ford/', '/entities/xiaomi/']);
    expect(text(board.find('.board__group--denied .board__meaning').text())).toBe(CLAIM_STATUSES.denied.meaning);
  });

  it('says when the site was last updated and lists the newest additions, each with the instant its day began', () => {
    const news = $('#whats-new');
    expect(text(news.find('.whats-new__updated').text())).toBe('Last updated 23 November 2026');
    const items = news.find('[data-added]');
    expect(items.length).toBe(5);
    for (const item of items.toArray()) {
      expect($(item).attr('data-added')).toBe(String(Date.UTC(2026, 10, 22)));
      expect(story.reports.map((report) => report.id)).toContain($(item).attr('data-id'));
    }
    expect($('#since-visit').attr('hidden')).toBeDefined();
    // Every report in the timeline carries the same marks, for "new since your last visit".
    expect($('.timeline__item--report[data-added][data-id]').length).toBe(story.reports.length);
    expect($('.timeline__item--event[data-added]').length).toBe(0);
  });

  it('offers every way to follow the story', () => {
    const hrefs = $('#follow a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/rss.xml',
        '/feed.json',
        '/sources/',
        '/entities/',
        '/story.json',
        '/story.schema.json',
        '/open-data/',
      ]),
    );
  });

  it('says who covers it in one place, by country (with the outlets whose country is not known), language and kind', () => {
    const who = text($('#who-covers').text());
    const reporting = new Set(story.reports.map((report) => report.outlet));
    expect(who).toContain(`${reporting.size} outlets`);
    expect(who).toMatch(/Countries: United States \d/);
    if (story.outlets.some((outlet) => reporting.has(outlet.id) && outlet.country === null))
      expect(who).toContain('country not known');
    // Two of the English-language outlets are only probably attributed: the count says so.
    expect(who).toMatch(/Languages: English \d \(2 probable\), Portuguese \d/);
    expect($('#who-covers a[href="/coverage/"]')).toHaveLength(1);
  });
});

describe('the coverage page', () => {
  const $ = page('/coverage/');

  it('counts outlets by country, language and kind, and each development’s outlets and countries', () => {
    expect(
      $('.mix-lists h3')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['By country', 'By language', 'By kind']);
    expect($('.mix-lists').text()).toContain('country not known');
    expect($('.reach li')).toHaveLength(story.events.length);
    const scoop = text(
      $('.reach a[href="/events/bloomberg-reports-jv-talks/"]').closest('li').find('.reach__line').text(),
    );
    expect(scoop).toMatch(/^4 outlets · 2 countries: Australia \(probable\), United States · country not known for 1$/);
  });

  it('defines a blind spot in words and lists them', () => {
    const section = $('#blind-spots').closest('section');
    expect(text(section.text())).toContain('only one country’s press carried');
    expect(section.find('li, p.muted').length).toBeGreaterThan(0);
  });

  it('keeps the matrices and draws the citation graph with HTML names, not SVG text', () => {
    expect($('.matrix table')).toHaveLength(2);
    expect($('.citations svg text')).toHaveLength(0);
    expect(
      $('.citations__names--cited li')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(['Bloomberg', 'Financial Times']);
  });
});

describe('the about page', () => {
  const $ = page('/about/');
  const main = text($('main').text());

  it('is written from site.yaml: what the site is, how reports are chosen, how digests are written, corrections, contact', () => {
    for (const field of ['purpose', 'selection', 'digests', 'corrections'] as const) {
      for (const paragraph of site.about[field] as string[]) expect(main).toContain(text(paragraph));
    }
    expect(text($('#contact').closest('section').text())).toContain(text(site.about.contact as string));
  });

  it('explains “probable”, every date precision and every claim status from the constants the site uses', () => {
    expect(main).toContain(PROBABLE_MEANING);
    const rows = $('#dates').closest('section').find('tbody tr');
    expect(rows).toHaveLength(DATE_KNOWLEDGE.length);
    expect(
      rows
        .find('th')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(DATE_KNOWLEDGE.map(precisionNote));
    const terms = $('#statuses').closest('section').find('dt');
    expect(terms.map((_, el) => $(el).text()).get()).toEqual(
      Object.values(CLAIM_STATUSES).map((status) => status.label),
    );
    for (const { meaning } of Object.values(CLAIM_STATUSES)) expect(main).toContain(meaning);
    expect(main).not.toMatch(/\bAI\b|artificial intelligence|machine[- ]written|human[- ]written/i);
  });
});

describe('corrections', () => {
  it('logs every correction newest first, each linked to the entry it corrected', () => {
    const $ = page('/corrections/');
    const entries = $('.corrections-log > li');
    expect(corrections.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(corrections.length);
    const dates = entries.map((_, el) => $(el).find('time').first().attr('datetime')).get();
    expect(dates).toEqual([...dates].sort().reverse());
    for (const { path, note } of corrections) {
      const entry = entries.filter(
        (_, el) => $(el).find(`a[href="${path}"]`).length > 0 && text($(el).text()).includes(text(note)),
      );
      expect(entry, `${path}: ${note}`).toHaveLength(1);
    }
    const claim = story.claims.find((candidate) =>
      corrections.some((correction) => correction.path === `/claims/${candidate.id}/`),
    )!;
    expect(text($(`.corrections-log a[href="/claims/${claim.id}/"]`).text())).toBe(claim.titled);
  });

  it('are said on the corrected page itself', () => {
    for (const { path, note, date } of corrections) {
      const box = page(path)('.corrections-box');
      expect(box, path).toHaveLength(1);
      expect(text(box.text())).toContain(text(note));
      expect(box.find(`time[datetime="${date}"]`).length).toBeGreaterThan(0);
      expect(box.find('a[href="/corrections/"]')).toHaveLength(1);
    }
    expect(page('/reports/drive-farley-trump-officials-met/')('.corrections-box')).toHaveLength(0);
  });

  it('are linked, with the about page, from the footer of every page', () => {
    for (const { urlPath, $ } of pages) {
      expect($('footer a[href="/about/"]'), urlPath).toHaveLength(1);
      expect($('footer a[href="/corrections/"]'), urlPath).toHaveLength(1);
    }
  });
});

describe('a report page on a phone', () => {
  it('folds the long tail (events, claims, names, related reports) behind headings that say how many', () => {
    const $ = page('/reports/electrek-ford-asks-administration-chinese-ev-tech/');
    const folds = $('details.fold--section');
    expect(folds.map((_, el) => text($(el).find('summary h2').text())).get()).toEqual([
      expect.stringMatching(/^Events this report covers \(\d+\)$/),
      expect.stringMatching(/^Claims it carries \(\d+\)$/),
      expect.stringMatching(/^People and organisations named \(\d+\)$/),
      expect.stringMatching(/^Also covering these events \(\d+\)$/),
    ]);
    expect($('details.fold--section[open]')).toHaveLength(0);
    expect($('#covers .event-card').length).toBe(Number(text($('#covers summary').text()).match(/\((\d+)\)/)![1]));
    // The digest and the corrections come before every fold.
    const all = $('*').toArray();
    expect(all.indexOf($('.digest')[0])).toBeLessThan(all.indexOf(folds[0]));
    expect(all.indexOf($('.corrections-box')[0])).toBeLessThan(all.indexOf(folds[0]));
  });
});
