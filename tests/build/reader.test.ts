import { existsSync, readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { readPages, type BuiltPage } from '../helpers/dist';
import { readSearchIndex } from '../helpers/search-index';

const dist = `${TEST_BUILDS}/la`;
const pages = readPages(dist);
const page = (urlPath: string) => pages.find((candidate) => candidate.urlPath === urlPath)!;
const read = (file: string) => readFileSync(`${dist}/${file}`, 'utf8');
const SITE = 'http://localhost:4321';
const jsonLd = ({ $ }: BuiltPage) =>
  $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get();

describe('feeds', () => {
  const main = parseFeed(read('rss.xml'));

  it('offer the whole story as RSS, newest first, every item complete', () => {
    expect(main.title).toBe('JV Watch');
    expect(main.items.map((item) => item.url!.replace(`${SITE}/reports/`, ''))).toEqual([
      // Electrek (16 Feb) and the three dated only "February 2026" (after the 13-or-14 scoop) may come in any
      // order: each says so; the three tie, so they come by outlet name. AutoPapo (4 Feb) is proved older.
      'electrek-ford-asks-administration-chinese-ev-tech/',
      'autoguide-ford-wants-to-build-chinese-cars/',
      'drive-farley-trump-officials-met/',
      'torque-cafe-ford-pushing-landmark-deal/',
      'autopapo-ford-denies-byd-xiaomi-talks/',
    ]);
    const unproven = main.items.filter((item) => /Order not known: /.test(item.description ?? ''));
    expect(unproven).toHaveLength(4);
    expect(main.items.at(-1)!.description).not.toMatch(/Order not known/);
    for (const item of main.items) {
      expect(item.title).toBeTruthy();
      expect(item.id).toBe(item.url);
      expect(item.description).toBeTruthy();
      expect(item.categories.length).toBeGreaterThan(1);
    }
  });

  it('date an item only when its report is known to the minute, and say the date in words otherwise', () => {
    const dated = main.items.filter((item) => item.published).map((item) => item.url);
    // AutoPapo gives 08:00 local time with no zone: its offset is our inference, so no instant is stated.
    expect(dated).toEqual([`${SITE}/reports/electrek-ford-asks-administration-chinese-ev-tech/`]);
    const drive = main.items.find((item) => item.url?.includes('drive-farley'))!;
    expect(drive.description).toMatch(
      /^Drive \(probable\), February 2026 \(known only to the month; the day is not known\)\./,
    );
    expect(read('rss.xml')).not.toMatch(/T00:00|00:00:00 GMT/);
  });

  it('give a local time whose offset is inferred no instant, and say it in words with the inference marked', () => {
    const autopapo = main.items.find((item) => item.url?.includes('autopapo'))!;
    expect(autopapo.published).toBeFalsy();
    expect(autopapo.updated).toBeFalsy();
    expect(autopapo.description).toMatch(
      /^AutoPapo, 4 February 2026, 08:00 local time \(probably UTC−3\) \(known to the minute in the local time the source gives; its time zone is our inference/,
    );
    expect(read('rss.xml')).not.toMatch(/11:00:00 GMT|T11:00/);
  });

  it('exist per outlet (its own reports, or those citing it) and per entity', () => {
    expect(parseFeed(read('sources/electrek/rss.xml')).items.map((item) => item.title)).toEqual([
      'Ford is asking the Trump Administration to allow Chinese EV tech in the US',
    ]);
    expect(parseFeed(read('sources/bloomberg/rss.xml')).items).toHaveLength(4);
    expect(parseFeed(read('entities/john-moolenaar/rss.xml')).items.map((item) => item.url)).toEqual([
      `${SITE}/reports/autopapo-ford-denies-byd-xiaomi-talks/`,
    ]);
  });

  it('include a JSON Feed 1.1 with the same items', () => {
    const feed = JSON.parse(read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(main.items.map((item) => item.url));
    for (const item of feed.items) {
      expect(item).toEqual(
        expect.objectContaining({ id: item.url, title: expect.any(String), summary: expect.any(String) }),
      );
      if (item.url.includes('electrek')) expect(Date.parse(item.date_published)).not.toBeNaN();
      else expect(item).not.toHaveProperty('date_published');
    }
  });

  it('are announced with <link rel="alternate"> where they apply', () => {
    const alternates = (path: string) =>
      page(path)
        .$('link[rel="alternate"]')
        .map((_, el) => page(path).$(el).attr('href'))
        .get();
    expect(alternates('/')).toEqual(['/rss.xml', '/feed.json']);
    expect(alternates('/sources/drive/')).toContain('/sources/drive/rss.xml');
    expect(alternates('/entities/byd/')).toContain('/entities/byd/rss.xml');
    expect(alternates('/reports/drive-farley-trump-officials-met/')).toContain('/sources/drive/rss.xml');
  });

  it('carry one title, the same in the feed and on every link announcing it, "(probable)" included', () => {
    const titleOn = (path: string, href: string) => page(path).$(`link[rel="alternate"][href="${href}"]`).attr('title');
    const drive = parseFeed(read('sources/drive/rss.xml')).title;
    expect(drive).toBe('Drive (probable) — JV Watch');
    expect(titleOn('/sources/drive/', '/sources/drive/rss.xml')).toBe(drive);
    expect(titleOn('/reports/drive-farley-trump-officials-met/', '/sources/drive/rss.xml')).toBe(drive);
    const byd = parseFeed(read('entities/byd/rss.xml')).title;
    expect(titleOn('/entities/byd/', '/entities/byd/rss.xml')).toBe(byd);
  });
});

describe('sharing and discovery metadata', () => {
  it.each(pages.filter(({ urlPath }) => urlPath !== '/404.html').map((built) => [built.urlPath, built]))(
    '%s has a canonical URL, Open Graph and Twitter tags',
    (urlPath, { $ }) => {
      expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}${urlPath}`);
      expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}${urlPath}`);
      expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
      expect($('meta[property="og:description"]').attr('content')).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content')).toBe('summary');
    },
  );

  it('describes a report page as our digest, based on the original as far as we know it', () => {
    const [article] = jsonLd(page('/reports/autopapo-ford-denies-byd-xiaomi-talks/'));
    const us = { '@type': 'Organization', name: 'JV Watch', url: `${SITE}/` };
    expect(article).toMatchObject({
      '@type': 'Article',
      headline: 'Ford denies it, but newspaper reveals talks about partnerships with BYD and Xiaomi',
      author: us,
      publisher: us,
      isBasedOn: {
        '@type': 'NewsArticle',
        url: 'https://autopapo.com/en/curta/ford-denies-it-but-newspaper-reveals-talks-about-partnerships-with-byd-and-xiaomi',
        datePublished: '2026-02-04',
        dateModified: '2026-02-04',
        author: [{ '@type': 'Person', name: 'Júlia Haddad' }],
        publisher: { '@type': 'Organization', name: 'AutoPapo', url: 'https://autopapo.com/' },
      },
    });
    expect(article).not.toHaveProperty('datePublished');
    const [probable] = jsonLd(page('/reports/drive-farley-trump-officials-met/'));
    expect(probable.isBasedOn).not.toHaveProperty('url');
    expect(probable.isBasedOn).not.toHaveProperty('publisher');
    expect(probable.isBasedOn.datePublished).toBe('2026-02');
  });

  it('describes the timeline, outlets and entities', () => {
    const [list] = jsonLd(page('/'));
    expect(list['@type']).toBe('ItemList');
    expect(list.itemListElement.length).toBe(list.numberOfItems);
    expect(list.itemListElement[0]).toMatchObject({
      '@type': 'ListItem',
      position: 1,
      url: expect.stringMatching(/^http/),
    });
    expect(jsonLd(page('/sources/financial-times/'))[0]).toMatchObject({
      '@type': 'Organization',
      name: 'Financial Times',
    });
    expect(jsonLd(page('/entities/jim-farley/'))[0]).toMatchObject({ '@type': 'Person', name: 'Jim Farley' });
    expect(jsonLd(page('/entities/epa/'))[0]['@type']).toBe('GovernmentOrganization');
  });

  it('has a sitemap that robots.txt points to, a manifest and a favicon', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`<loc>${SITE}/reports/drive-farley-trump-officials-met/</loc>`);
    expect(sitemap).not.toContain('404');
    const manifest = JSON.parse(read('manifest.webmanifest'));
    expect(manifest).toMatchObject({ name: 'JV Watch', start_url: '/', icons: [{ src: '/favicon.svg' }] });
    expect(existsSync(`${dist}/favicon.svg`)).toBe(true);
  });
});

describe('search', () => {
  const indexed = readSearchIndex(dist);
  const byUrl = new Map(indexed.map((record) => [record.url, record]));

  it('indexes every report, event, outlet, entity and claim page, and nothing else', () => {
    const detailPages = pages.filter(({ urlPath }) =>
      /^\/(reports|events|sources|entities|claims)\/[^/]+\/$/.test(urlPath),
    );
    expect([...byUrl.keys()].sort()).toEqual(detailPages.map(({ urlPath }) => urlPath).sort());
  });

  it('indexes the digest text, with outlet, entity and type filters and result metadata', () => {
    const report = byUrl.get('/reports/autoguide-ford-wants-to-build-chinese-cars/')!;
    expect(report.content).toContain('Lightning');
    expect(report.filters).toMatchObject({ type: ['Report'], outlet: ['AutoGuide'] });
    expect(report.filters.entity).toContain('Jim Farley');
    expect(report.meta).toMatchObject({
      title: 'Ford Allegedly Wants To Build Chinese Cars For Americans, In America',
      outlet: 'AutoGuide',
      date: 'February 2026',
    });
    expect(byUrl.get('/events/ford-denies-ft-report/')!.filters.type).toEqual(['Event']);
  });

  it('gives every report, event and claim its story as a filter, and keeps the "Part of" line out of the text', () => {
    const story = 'Ford and the idea of Chinese EV makers building cars in the US';
    const scoped = indexed.filter(({ url }) => /^\/(reports|events|claims)\//.test(url));
    expect(scoped.length).toBeGreaterThan(20);
    for (const record of scoped) {
      expect(record.filters.story, record.url).toEqual([story]);
      expect(record.content, record.url).not.toContain('Part of');
    }
    // Outlets and people are shared by every story: no story filter.
    for (const record of indexed.filter(({ url }) => /^\/(sources|entities)\//.test(url)))
      expect(record.filters.story, record.url).toBeUndefined();
    expect(
      page('/reports/autoguide-ford-wants-to-build-chinese-cars/').$('.part-of').text().replace(/\s+/g, ' ').trim(),
    ).toBe(`Part of: ${story}`);
  });

  it('leaves navigation and footers out of the indexed text', () => {
    for (const record of indexed) {
      expect(record.content).not.toContain('People & organisations');
      expect(record.content).not.toContain('follows one developing story');
    }
  });

  it('has a search page whose form, results region and no-script note are in the HTML, before any script runs', () => {
    const { $ } = page('/search/');
    const form = $('main form[role="search"]');
    expect(form.attr('method')).toBe('get');
    expect(form.attr('action')).toBe('/search/');
    expect(form.attr('data-base')).toBe('/');
    const box = form.find('input[type="search"][name="q"]');
    expect($(`label[for="${box.attr('id')}"]`).text()).toBe('Search reports, events, claims, outlets and people');
    expect(form.find('button[type="submit"]').text()).toBe('Search');
    expect(form.find('details.search-filters summary').text()).toContain('Filter by kind, outlet');
    expect($('main [aria-live="polite"]')).toHaveLength(1);
    expect($('#search-results').children()).toHaveLength(0);
    expect($('noscript').text()).toContain('Search needs JavaScript');
    // Pagefind's own UI (its script, stylesheet and every filter file up front) is gone: the page's module uses the API.
    expect($('[src*="pagefind"], [href*="pagefind"]')).toHaveLength(0);
  });
});

describe('archives', () => {
  it('bound the home page and link to every period it does not show in full', () => {
    const items = page('/').$('.timeline__item');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(50);
  });

  it('give every period its own page, listed in the archive index', () => {
    const { $ } = page('/timeline/');
    const links = $('main a[href^="/timeline/"]')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links).toContain('/timeline/2026-02/');
    expect(links).toContain('/timeline/2025/');
    for (const link of links) expect(page(link).$('.timeline__item').length).toBeGreaterThan(0);
  });
});

describe('reading', () => {
  it('needs no script but the theme switch, the print note, the home page’s "new since your last visit", and search', () => {
    for (const built of pages) {
      const scripts = built.$('script:not([type="application/ld+json"])');
      const inline = scripts
        .filter((_, el) => !built.$(el).attr('src'))
        .map((_, el) => built.$(el).text())
        .get()
        .join('');
      const external = scripts.map((_, el) => built.$(el).attr('src')).get();
      // The search page's one module, bundled by Astro from src/scripts/search.ts; it imports Pagefind when needed.
      if (built.urlPath === '/search/') expect(external).toEqual([expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/)]);
      else expect(external).toEqual([]);
      expect(inline).toContain("localStorage.setItem('theme'");
      expect(inline).toContain("addEventListener('beforeprint'");
      // A few hundred bytes each, shipped as formatted in the source; the home page and a story's front add the "new
      // since your last visit" marker, and the list of stories its count per story too.
      const budget = built.urlPath === '/stories/' ? 3200 : /^\/(stories\/[^/]+\/)?$/.test(built.urlPath) ? 2600 : 1600;
      expect(Buffer.byteLength(inline), built.urlPath).toBeLessThan(budget);
    }
  });

  it('hides the theme switch until its script shows it, and offers a skip link', () => {
    const { $ } = page('/reports/drive-farley-trump-officials-met/');
    expect($('button.theme-toggle').attr('hidden')).toBeDefined();
    expect($('a.skip-link').attr('href')).toBe('#main');
    expect($('.facts').text()).toMatch(/\d+ min read/);
  });
});
