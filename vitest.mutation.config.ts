// The unit tier for mutation testing (`npm run mutation`, see stryker.config.mjs): fast tests of pure code, so
// each mutant is judged in a fraction of a second. Left out: tests of tooling that lives outside the mutated
// code (the synthetic-content generator in scripts/, the `new:*` editor in src/editor/), which spend most of
// their time generating 1,000 reports or running those tools as child processes; `npm test` still runs them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/unit/generate-content.test.ts', 'tests/unit/new-entry.test.ts', '**/node_modules/**'],
    reporters: ['dot'],
  },
});
