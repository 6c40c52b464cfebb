import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { findBrokenLinks } from '../helpers/dist';
import { SUBPATH } from './global-setup';

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
