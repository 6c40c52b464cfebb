import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { listFiles } from '../helpers/dist';

const hashes = (dir: string) =>
  Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

describe('the machine’s time zone', () => {
  it('does not change a byte of the built site', () => {
    const la = hashes(`${TEST_BUILDS}/la`);
    const tokyo = hashes(`${TEST_BUILDS}/tokyo`);
    expect(Object.keys(la).length).toBeGreaterThan(60);
    expect(tokyo).toEqual(la);
  });
});
