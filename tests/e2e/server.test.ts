import { load } from 'cheerio';
import { describe, expect, inject, it } from 'vitest';

const serverUrl = inject('serverUrl');
const site = inject('subpathSite');

describe.skipIf(!serverUrl)('the sub-path build served by nginx', () => {
  const base = serverUrl!;
  const { pathname: prefix } = new URL(base);

  it('answers every page and file the site links to, with no 404', async ({ task }) => {
    const queue = [base];
    const seen = new Set(queue);
    const failures: string[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      const response = await fetch(url);
      if (response.status !== 200) failures.push(`${response.status} ${url}`);
      if (!response.headers.get('content-type')?.includes('text/html')) continue;
      const $ = load(await response.text());
      $('[href], [src]').each((_, element) => {
        const target = new URL($(element).attr('href') ?? $(element).attr('src')!, url);
        target.hash = '';
        if (target.origin !== new URL(base).origin || seen.has(target.href)) return;
        seen.add(target.href);
        queue.push(target.href);
      });
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(80);
    task.meta.counts = { 'URLs crawled on nginx': seen.size };
  });

  it('puts the sub-path in every feed and sitemap URL', async () => {
    const rss = await (await fetch(`${base}rss.xml`)).text();
    const rssLinks = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => match[1]);
    expect(rssLinks.length).toBeGreaterThan(1);
    for (const link of rssLinks) expect(link.startsWith(`${site}${prefix}`)).toBe(true);

    const feed = await (await fetch(`${base}feed.json`)).json();
    for (const item of feed.items) expect(item.url.startsWith(`${site}${prefix}`)).toBe(true);

    const index = await (await fetch(`${base}sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(sitemaps).toEqual([`${site}${prefix}sitemap-0.xml`]);
    const pages = [...(await (await fetch(sitemaps[0])).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(pages.length).toBeGreaterThan(60);
    const failing: string[] = [];
    for (const page of pages) {
      const { status } = await fetch(page);
      if (status !== 200) failing.push(`${status} ${page}`);
    }
    expect(failing).toEqual([]);
    expect(await (await fetch(`${base}robots.txt`)).text()).toContain(`Sitemap: ${site}${prefix}sitemap-index.xml`);
  });

  it('serves the site’s 404 page, with status 404, for unknown addresses', async () => {
    const response = await fetch(`${base}reports/no-such-report/`);
    expect(response.status).toBe(404);
    const $ = load(await response.text());
    expect($('h1').text()).toBe('Page not found');
    expect($('a[href="/jv-story/"]').length).toBeGreaterThan(0);
  });
});
