// The unit tier for mutation testing (`npm run mutation`, see stryker.config.mjs): fast tests of pure code, so
// each mutant is judged in a fraction of a second. Left out: the synthetic-content generator's test (tooling in
// scripts/, outside the mutated code), which spends its time generating 1,000 reports; `npm test` still runs it.
// And the `new:*` commands run as child processes (new-entry-cli.test.ts): Stryker cannot trace a child process to a
// mutant, so they could only slow the first pass; new-entry.test.ts tests the same functions in process.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/generate-content.test.ts', 'tests/unit/new-entry-cli.test.ts', '**/node_modules/**'],
    reporters: ['dot'],
  },
});
