import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { findBrokenLinks } from '../helpers/dist';
import { SUBPATH } from './global-setup';

// Every build a test makes is checked for broken links as it is made (tests/helpers/build.ts); here the counts.
describe('internal links', () => {
  it.for([
    ['root', `${TEST_BUILDS}/la`, '/'],
    ['sub-path', `${TEST_BUILDS}/subpath`, SUBPATH],
  ])('all resolve in the %s build, fragments included', ([, dist, base], { task }) => {
    const { checked, broken } = findBrokenLinks(dist, base);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
    task.meta.counts = { 'links checked': checked };
  });
});

describe('robots.txt', () => {
  it.for([
    ['root', `${TEST_BUILDS}/la`, '/'],
    ['sub-path', `${TEST_BUILDS}/subpath`, SUBPATH],
  ])('of the %s build keeps crawlers out of the CMS at its address under the base', ([, dist, base]) => {
    const rules = readFileSync(`${dist}/robots.txt`, 'utf8')
      .split('\n')
      .filter((line) => /^(Allow|Disallow):/.test(line));
    expect(rules).toEqual(['Allow: /', `Disallow: ${base}admin/`]);
  });
});
