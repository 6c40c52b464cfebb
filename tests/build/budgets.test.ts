import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/page-weight';
import { TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const dist = `${TEST_BUILDS}/la`;
const KB = 1024;

describe('page weight budgets (gzipped bytes, HTML + CSS + JS)', () => {
  it.each([
    ['a report page', '/reports/electrek-ford-asks-administration-chinese-ev-tech/', 30 * KB],
    ['a report page with caveats', '/reports/torque-cafe-ford-pushing-landmark-deal/', 30 * KB],
    ['the home page', '/', 30 * KB],
  ])('%s stays within budget', (_, urlPath, budget) => {
    const weight = pageWeight(dist, urlPath);
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(budget);
    expect(weight.js).toBe(0);
  });

  it('ships CSS as cacheable files, never inlined into pages', () => {
    for (const { urlPath } of readPages(dist)) {
      const weight = pageWeight(dist, urlPath);
      expect(weight.inlineStyles, urlPath).toBe(0);
      expect(weight.stylesheets.length, urlPath).toBeGreaterThan(0);
      for (const href of weight.stylesheets) expect(href).toMatch(/^\/_astro\/[\w.-]+\.[\w-]{8}\.css$/);
    }
  });

  it('keeps every page’s HTML under 100 KB', () => {
    const heaviest = readPages(dist)
      .map(({ urlPath }) => ({ urlPath, html: pageWeight(dist, urlPath).html }))
      .sort((a, b) => b.html - a.html)[0];
    expect(heaviest.html, heaviest.urlPath).toBeLessThanOrEqual(100 * KB);
  });
});
