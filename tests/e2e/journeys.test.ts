import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPath, launchBrowser } from '../helpers/browser';

const serverUrl = inject('serverUrl');
const executable = serverUrl ? browserPath() : undefined;

describe.skipIf(!serverUrl || !executable)('a reader in a real browser, on the sub-path build', () => {
  const base = serverUrl!;
  let browser: Browser;
  const journeys = (task: { meta: { counts?: Record<string, number> } }) =>
    (task.meta.counts = { 'browser journeys run': 1 });

  beforeAll(async () => {
    browser = await launchBrowser(executable!);
  });
  afterAll(() => browser?.close());

  const open = async (path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> => {
    const page = await (await browser.newContext(options)).newPage();
    await page.goto(new URL(path, base).href);
    return page;
  };

  it('follows the story from the timeline to an event, a report, its outlet, an entity and back', async ({ task }) => {
    const page = await open('');
    await page.locator('.timeline a[href="/jv-story/events/bloomberg-reports-jv-talks/"]').first().click();
    await expect.poll(() => page.url()).toBe(`${base}events/bloomberg-reports-jv-talks/`);
    const firstReport = page.locator('#reports ~ ol .report-card').first();
    await expect
      .poll(() => firstReport.locator('.tag').first().textContent())
      .toBe('Among the first here — order unknown');
    await firstReport.locator('h3 a').click();
    await expect.poll(() => page.url()).toMatch(/\/jv-story\/reports\/[a-z0-9-]+\/$/);
    const reportUrl = page.url();
    await page.locator('.facts a[href^="/jv-story/sources/"]').first().click();
    await expect.poll(() => page.url()).toMatch(/\/jv-story\/sources\/[a-z0-9-]+\/$/);
    await page.goBack();
    await page.locator('.entity-list a', { hasText: 'Jim Farley' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Jim Farley');
    await page.goBack();
    expect(page.url()).toBe(reportUrl);
    await page.close();
    journeys(task);
  });

  it('walks reports in story order with previous and next', async ({ task }) => {
    // Electrek's 16 February report is the last in story order: back one, then forward again.
    const page = await open('reports/electrek-ford-asks-administration-chinese-ev-tech/');
    await page.locator('a[rel="prev"]').click();
    await expect.poll(() => page.url()).not.toContain('electrek');
    await page.locator('a[rel="next"]').click();
    await expect.poll(() => page.url()).toBe(`${base}reports/electrek-ford-asks-administration-chinese-ev-tech/`);
    await page.close();
    journeys(task);
  });

  it('finds a report by a word that only its digest contains', async ({ task }) => {
    const page = await open('search/');
    await page
      .getByRole('searchbox', { name: 'Search reports, events, claims, outlets and people' })
      .fill('autoworkers');
    const result = page.locator('.search-result__title a').first();
    await expect
      .poll(() => result.getAttribute('href'), { timeout: 10_000 })
      .toBe('/jv-story/reports/autoguide-ford-wants-to-build-chinese-cars/');
    expect(await page.locator('.search-result__meta').first().textContent()).toContain('AutoGuide, February 2026');
    expect(await page.locator('#search-status').textContent()).toBe('1 result for “autoworkers”');
    await result.click();
    await expect
      .poll(() => page.locator('h1').textContent())
      .toBe('Ford Allegedly Wants To Build Chinese Cars For Americans, In America');
    await page.close();
    journeys(task);
  });

  it('remembers the dark theme across pages, over a light system setting', async ({ task }) => {
    const page = await open('', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    // The button says what a press will do: "Dark" in the light theme, then "Light".
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    expect(await page.locator('.theme-toggle').textContent()).toBe('Light');
    expect(await page.getByRole('button', { name: 'Switch to the light theme' }).count()).toBe(1);
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${base}sources/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).toBe(dark);
    await page.close();
    journeys(task);
  });

  it('never scrolls sideways on a 390 px phone, on any kind of page', async ({ task }) => {
    const paths = [
      '',
      'reports/',
      'reports/autopapo-ford-denies-byd-xiaomi-talks/',
      'events/',
      'events/bloomberg-reports-jv-talks/',
      'sources/',
      'sources/torque-cafe/',
      'entities/',
      'entities/house-china-committee/',
      'timeline/',
      'timeline/2026-02/',
      'stories/',
      'stories/ford-chinese-ev-jv/',
      'stories/ford-chinese-ev-jv/timeline/2026-02/',
      'search/',
      'claims/',
      'claims/ford-xiaomi-us-talks/',
      'coverage/',
      'about/',
      'corrections/',
      'open-data/',
      'nowhere/',
    ];
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const [scroll, client] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      if (scroll > client) overflowing.push(`${path || '/'}: ${scroll}px wide`);
    }
    expect(overflowing).toEqual([]);
    await page.close();
    journeys(task);
  });

  it('puts the news within the first two screens: latest, the claims board and how to follow it on a laptop; the newest item on a phone', async ({
    task,
  }) => {
    const topOf = (page: Page, selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const laptop = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await laptop.goto(base);
    for (const selector of ['#latest', '#standing', '#follow'])
      expect(await topOf(laptop, selector), selector).toBeLessThan(2 * 900 - 100);
    await laptop.close();
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(base);
    // The newest item's date and title, not just its top edge.
    expect(await topOf(phone, '.timeline__item')).toBeLessThan(2 * 844 - 80);
    await phone.close();
    journeys(task);
  });

  it('folds a report’s long tail on a phone, opens it with a tap, and shows it open on a wide screen', async ({
    task,
  }) => {
    const path = `${base}reports/electrek-ford-asks-administration-chinese-ev-tech/`;
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(path);
    const cards = phone.locator('#covers .event-card');
    expect(await cards.first().isVisible()).toBe(false);
    expect(await phone.locator('.digest').isVisible()).toBe(true);
    await phone.locator('#covers summary').click();
    expect(await cards.first().isVisible()).toBe(true);
    await phone.close();
    const wide = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await wide.goto(path);
    for (const fold of ['#covers .event-card', '#claims .claim-card', '#names .entity-list a', '#also .report-card']) {
      expect(await wide.locator(fold).first().isVisible(), fold).toBe(true);
    }
    // The claims board too: folded by status on a phone, every line shown on a wide screen.
    await wide.goto(base);
    expect(await wide.locator('#standing .board__lines a').first().isVisible()).toBe(true);
    await wide.close();
    journeys(task);
  });

  it('keeps every chart and graph label at 12 px or more on a phone, and claim cards without dead space', async ({
    task,
  }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${base}coverage/`);
    const sizes = await page
      .locator('.citations__names li, .coverage-legend, .matrix th, .matrix td, .mix-lists li, .reach li')
      .evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize)));
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await page.locator('svg text').count()).toBe(0);
    await page.goto(`${base}claims/`);
    const gaps = await page.locator('.claim-card').evaluateAll((cards) =>
      cards.map((card) => {
        const meta = card.querySelector('.meta')!.getBoundingClientRect();
        const heading = card.querySelector('.claim-card__statement')!.getBoundingClientRect();
        return heading.top - meta.bottom;
      }),
    );
    expect(Math.max(...gaps)).toBeLessThanOrEqual(12);
    await page.close();
    journeys(task);
  });
});
