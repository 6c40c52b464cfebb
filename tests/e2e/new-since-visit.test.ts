// "New since your last visit": a reader visits, we add reports, the site is rebuilt into the same folder, and
// the reader comes back in the same browser (localStorage kept): the report added after the visit is marked and
// counted; one added on the day of the visit is not (we record the day we add a report, not the hour, so it
// may have been there already); a third visit finds nothing new. The clock is fixed so the dates are exact.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { browserPath, launchBrowser } from '../helpers/browser';

const executable = browserPath();
const FIXTURE = 'tests/fixtures/precision-content';
const CONTENT = 'tmp/test-content/new-since-visit';
const DIST = `${TEST_BUILDS}/new-since-visit`;

/** The fixture's reports were added on 22 November 2026 (New York time: from 05:00 UTC). */
const FIRST_VISIT = new Date('2026-11-22T20:00:00Z');
const SECOND_VISIT = new Date('2026-11-24T12:00:00Z');
const THIRD_VISIT = new Date('2026-11-25T12:00:00Z');

function build() {
  const { status, output } = buildSite(DIST, { CONTENT_DIR: CONTENT });
  if (status !== 0) throw new Error(`fixture build failed:\n${output}`);
}

const report = (id: string, added: string) =>
  `---\nstories: [fixture-story]\nheadline: "Report ${id}"\nsource: wire\nattribution: confirmed\npublished: "2026-03-20"\nadded: "${added}"\nlanguage: en\nsummary: "A report we added on ${added}."\n---\nThe digest of ${id}.\n`;

describe.skipIf(!executable)('new since your last visit', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: StaticServer;

  beforeAll(async () => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(CONTENT, { recursive: true });
    cpSync(FIXTURE, CONTENT, { recursive: true });
    build();
    server = await serveStatic(DIST);
    browser = await launchBrowser(executable!);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A visit in a new tab of the same browser, at a fixed time. */
  const visit = async (at: Date): Promise<Page> => {
    const page = await context.newPage();
    await page.clock.setFixedTime(at);
    await page.goto(server.url);
    return page;
  };
  const marked = (page: Page) =>
    page
      .locator('.is-new')
      .evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('data-id')))]);

  it('marks and counts nothing on a first visit', async () => {
    const page = await visit(FIRST_VISIT);
    expect(await marked(page)).toEqual([]);
    expect(await page.locator('#since-visit').isHidden()).toBe(true);
    expect(await page.locator('[data-added]').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('marks and counts the report added after the last visit, not one added on its day', async () => {
    writeFileSync(`${CONTENT}/reports/wire-added-later.md`, report('wire-added-later', '2026-11-23'));
    writeFileSync(`${CONTENT}/reports/wire-added-same-day.md`, report('wire-added-same-day', '2026-11-22'));
    build();

    const page = await visit(SECOND_VISIT);
    expect(await marked(page)).toEqual(['wire-added-later']);
    // Marked in the newest additions and in the timeline, counted once.
    expect(await page.locator('.is-new').count()).toBe(2);
    expect(await page.locator('.timeline .is-new .report-card__headline a').textContent()).toBe(
      'Report wire-added-later',
    );
    expect(await page.locator('#since-visit').textContent()).toBe('1 report added since your last visit');
    expect(await page.locator('#since-visit').isVisible()).toBe(true);
    const badge = await page
      .locator('.timeline .is-new .meta')
      .evaluate((meta) => getComputedStyle(meta, '::before').content);
    expect(badge).toBe('"New"');
    expect(await page.locator('[data-id="wire-added-same-day"]').count()).toBe(2);

    // Within the same tab the marks stay while the reader moves around the site.
    await page.reload();
    expect(await marked(page)).toEqual(['wire-added-later']);
    await page.close();
  });

  it('finds nothing new on the next visit', async () => {
    const page = await visit(THIRD_VISIT);
    expect(await marked(page)).toEqual([]);
    expect(await page.locator('#since-visit').isHidden()).toBe(true);
    await page.close();
  });
});
