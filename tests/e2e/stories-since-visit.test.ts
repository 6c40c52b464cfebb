// "New since your last visit", per story, on the list of stories (tests/fixtures/stories-content/): a reader who
// last came before the 10 March news sees, under each story, how many of its reports were added since; one who came
// on the day they were added sees none counted (we record the day we add a report, not the hour), as on a front.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { serveStatic, type StaticServer } from '../../scripts/static-server';
import { browserPath, launchBrowser } from '../helpers/browser';

const executable = browserPath();
const DIST = `${TEST_BUILDS}/stories-since-visit`;

describe.skipIf(!executable)('new since your last visit, story by story', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const { status, output } = buildSite(DIST, { CONTENT_DIR: 'tests/fixtures/stories-content' });
    if (status !== 0) throw new Error(`fixture build failed:\n${output}`);
    server = await serveStatic(DIST);
    browser = await launchBrowser(executable!);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Two visits in two tabs of one browser, at fixed times: what the second shows under each story. */
  async function counts(path: string, first: Date, second: Date) {
    const context: BrowserContext = await browser.newContext();
    const visit = async (at: Date): Promise<Page> => {
      const page = await context.newPage();
      await page.clock.setFixedTime(at);
      await page.goto(`${server.url}${path}`);
      return page;
    };
    await (await visit(first)).close();
    const page = await visit(second);
    const shown = await page.locator('.stories__item').evaluateAll((items) =>
      items.map((item) => {
        const count = item.querySelector<HTMLElement>('[data-added-counts]')!;
        return [item.querySelector('h2')!.textContent!.trim(), count.hidden ? null : count.textContent];
      }),
    );
    await context.close();
    return shown;
  }

  it('counts each story’s reports added after the last visit, and says nothing under the others', async () => {
    // The port's and the rail strike's reports of 10 March were added on 11 March; the rest in February.
    expect(await counts('', new Date('2026-03-05T12:00:00Z'), new Date('2026-03-12T12:00:00Z'))).toEqual([
      ['The port expansion', '1 report added since your last visit'],
      ['The rail strike', '1 report added since your last visit'],
      ['The factory closure', null],
      ['The bridge tender', null],
    ]);
    expect(await counts('stories/', new Date('2026-02-10T12:00:00Z'), new Date('2026-03-12T12:00:00Z'))).toContainEqual(
      ['The port expansion', '2 reports added since your last visit'],
    );
  });

  it('counts nothing added on the day of the last visit, nor on a first visit', async () => {
    const counted = await counts('', new Date('2026-03-11T18:00:00Z'), new Date('2026-03-12T12:00:00Z'));
    expect(counted.map(([, count]) => count)).toEqual([null, null, null, null]);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.locator('[data-added-counts]:visible').count()).toBe(0);
    await context.close();
  });
});
