// The unit tier for mutation testing (`npm run mutation`, see stryker.config.mjs): fast tests of pure code, so
// each mutant is judged in a fraction of a second. Left out: the synthetic-content generator's test (tooling in
// scripts/, outside the mutated code), which spends its time generating 1,000 reports; `npm test` still runs it.
// The `new:*` commands' tests stay: they guard src/new-entry/ (those that run the command as a child process cannot be
// traced to a mutant, so Stryker runs them only in its first pass).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/generate-content.test.ts', '**/node_modules/**'],
    reporters: ['dot'],
  },
});
