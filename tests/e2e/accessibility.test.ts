import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserPath, launchBrowser } from '../helpers/browser';

const serverUrl = inject('serverUrl');
const executable = serverUrl ? browserPath() : undefined;
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const pageTypes = {
  timeline: '',
  stories: 'stories/',
  'story front': 'stories/ford-chinese-ev-jv/',
  report: 'reports/autopapo-ford-denies-byd-xiaomi-talks/',
  'report with caveats': 'reports/torque-cafe-ford-pushing-landmark-deal/',
  reports: 'reports/',
  event: 'events/ford-denies-ft-report/',
  events: 'events/',
  outlet: 'sources/bloomberg/',
  outlets: 'sources/',
  entity: 'entities/jim-farley/',
  entities: 'entities/',
  archive: 'timeline/',
  month: 'timeline/2026-02/',
  search: 'search/',
  claims: 'claims/',
  claim: 'claims/ford-xiaomi-us-talks/',
  coverage: 'coverage/',
  about: 'about/',
  corrections: 'corrections/',
  'open data': 'open-data/',
  'not found': 'no-such-page/',
};

describe.skipIf(!serverUrl || !executable)('accessibility (axe-core, WCAG 2.2 AA)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(executable!);
  });
  afterAll(() => browser?.close());

  it.for(
    (['light', 'dark'] as const).flatMap((scheme) =>
      Object.entries(pageTypes).map(([name, path]) => [scheme, name, path] as const),
    ),
  )('%s scheme: %s page has no violations', async ([colorScheme, , path], { task }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${serverUrl}${path}`);
    if (path === 'search/') {
      // Results, the "More results" button and the filter fields are written by the script: check them too.
      await page.locator('#search input[name="q"]').fill('Ford');
      await page.locator('.search-result').first().waitFor();
      await page.locator('.search-filters summary').click();
      await page.locator('.search-filters select').first().waitFor();
    }
    // Folded sections (closed <details>, shown open on wide screens by CSS) are checked open: axe skips closed ones.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    await context.close();
    expect(
      violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
    ).toEqual([]);
    task.meta.counts = { 'pages checked by axe': 1 };
  });
});
