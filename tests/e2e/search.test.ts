// The search page on Pagefind's JS API, in Chromium on the sub-path build served by nginx: results with who published
// them and when, a shared ?q= link, batches of ten, and filter data fetched only once the reader opens the filters.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPath, launchBrowser } from '../helpers/browser';

const serverUrl = inject('serverUrl');
const executable = serverUrl ? browserPath() : undefined;

/** The search page, with every Pagefind file it requests listed by path below /jv-story/pagefind/. */
async function openSearch(browser: Browser, query = ''): Promise<{ page: Page; fetched: string[] }> {
  const page = await browser.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/jv-story/pagefind/')) fetched.push(path.slice('/jv-story/pagefind/'.length));
  });
  await page.goto(`${serverUrl}search/${query}`);
  return { page, fetched };
}

const results = (page: Page) => page.locator('.search-result');
const status = (page: Page) => page.locator('#search-status').textContent();
const hrefs = (page: Page) =>
  results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search reports, events, claims, outlets and people' });

describe.skipIf(!serverUrl || !executable)('search, in a real browser on the sub-path build', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(executable!);
  });
  afterAll(() => browser?.close());

  it('shows each result as a title link, who published it and when, and an excerpt with the match marked', async () => {
    const { page } = await openSearch(browser);
    await searchBox(page).fill('autoworkers');
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe('1 result for “autoworkers”');
    const result = results(page).first();
    expect(await result.locator('h2 a').getAttribute('href')).toBe(
      '/jv-story/reports/autoguide-ford-wants-to-build-chinese-cars/',
    );
    expect(await result.locator('h2 a').textContent()).toBe(
      'Ford Allegedly Wants To Build Chinese Cars For Americans, In America',
    );
    // The kind of page, then outlet and date (the site's "·" between them is drawn by CSS).
    expect(await result.locator('.search-result__meta > span').allTextContents()).toEqual([
      'Report',
      'AutoGuide, February 2026',
    ]);
    expect((await result.locator('.search-result__excerpt mark').allTextContents()).join(' ')).toMatch(/autoworkers/i);
    // The address follows the box, so the search can be shared or bookmarked.
    expect(new URL(page.url()).search).toBe('?q=autoworkers');
    await page.close();
  });

  it('runs the search of a shared link (?q=farley) on load, and says so when nothing matches', async () => {
    const { page } = await openSearch(browser, '?q=farley');
    await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/^\d+ results for “farley”$/);
    expect(await searchBox(page).inputValue()).toBe('farley');
    expect(await results(page).count()).toBeGreaterThan(1);
    await searchBox(page).fill('zzqxv');
    await expect
      .poll(() => status(page))
      .toBe('Nothing found for “zzqxv”. Check the spelling, or try a name such as Ford, BYD, Xiaomi or Farley.');
    expect(await results(page).count()).toBe(0);
    await page.close();
  });

  it('shows ten results, and "More results" appends the next ten, fetching their data only then', async () => {
    const { page, fetched } = await openSearch(browser, '?q=ford');
    await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/^\d+ results for “ford”$/);
    const total = Number((await status(page))!.split(' ')[0]);
    expect(total).toBeGreaterThan(20); // so that a second batch is full and a third one exists
    expect(await results(page).count()).toBe(10);
    expect(fetched.filter((path) => path.startsWith('fragment/'))).toHaveLength(10);
    const firstBatch = await hrefs(page);

    const more = page.getByRole('button', { name: 'More results' });
    await more.click();
    await expect.poll(() => results(page).count()).toBe(20);
    const bothBatches = await hrefs(page);
    expect(bothBatches.slice(0, 10)).toEqual(firstBatch);
    expect(new Set(bothBatches).size).toBe(20);
    expect(fetched.filter((path) => path.startsWith('fragment/'))).toHaveLength(20);
    // Focus moves to the first new result, where a keyboard reader goes on reading.
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href)).toBe(bothBatches[10]);

    for (let shown = 20; shown < total; shown += 10) {
      await more.click();
      await expect.poll(() => results(page).count()).toBe(Math.min(shown + 10, total));
    }
    expect(await more.isHidden()).toBe(true);
    await page.close();
  });

  it('shows no "More results" when the first batch already holds every result', async () => {
    const { page } = await openSearch(browser, '?q=battery');
    await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/^\d+ results? for “battery”$/);
    const total = Number((await status(page))!.split(' ')[0]);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(10);
    expect(await results(page).count()).toBe(total);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    await page.close();
  });

  it('fetches no filter data until the filters are opened; choosing one narrows the results', async () => {
    const { page, fetched } = await openSearch(browser);
    await searchBox(page).fill('ford');
    await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/^\d+ results for “ford”$/);
    const unfiltered = Number((await status(page))!.split(' ')[0]);
    expect(fetched.some((path) => path.startsWith('fragment/'))).toBe(true);
    expect(fetched.filter((path) => path.startsWith('filter/'))).toEqual([]);

    await page.getByText('Filter by kind, outlet, person or organisation').click();
    const kind = page.getByLabel('Kind');
    await kind.waitFor();
    expect(fetched.filter((path) => path.startsWith('filter/')).length).toBeGreaterThan(0);
    expect(await page.getByLabel('Outlet').locator('option').allTextContents()).toContain('AutoGuide');
    expect(await page.getByLabel('Person or organisation').locator('option').allTextContents()).toContain('Jim Farley');

    await kind.selectOption('Report');
    await expect.poll(() => status(page)).toMatch(/^\d+ results? for “ford” with the chosen filters$/);
    const filtered = Number((await status(page))!.split(' ')[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(unfiltered);
    const kinds = await page.locator('.search-result__meta > span:first-child').allTextContents();
    expect(kinds.length).toBe(Math.min(filtered, 10));
    expect(new Set(kinds)).toEqual(new Set(['Report']));
    // "Any" takes the filter off again.
    await kind.selectOption('');
    await expect.poll(() => status(page)).toBe(`${unfiltered} results for “ford”`);
    await page.close();
  });
});
