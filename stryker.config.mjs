// Mutation testing (`npm run mutation`, not part of `npm test`): Stryker plants small bugs one at a time in the code
// the unit tier can run (src/lib, src/checker, src/cms, src/new-entry, src/plugins, the static server, and the
// integrations that are plain functions over files) and runs the unit tests that cover each; a mutant no test notices
// "survives". The other integrations (cms, cms-bundle, cms-dev-server, content-check, editor-preview, search-index)
// act inside Astro's build or dev server, which only the site tier runs: mutating them here would only report them
// as uncovered.
// Reports: the score in the terminal (clear-text) and reports/mutation/mutation.json (ignored by git).
// Mutate a part only: `npm run mutation -- --mutate 'src/lib/**/*.ts'`.

// The test runner processes inherit a machine time zone far from UTC (UTC+14) and a German locale, so a mutant that
// lets the machine's zone or language leak into a label or date in place of the site's is caught (the unit tests
// pass in any zone and locale).
process.env.TZ = 'Pacific/Kiritimati';
process.env.LC_ALL = 'de_DE.UTF-8';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    'src/checker/**/*.ts',
    'src/cms/**/*.ts',
    'src/new-entry/**/*.ts',
    'src/plugins/**/*.ts',
    'scripts/static-server.ts',
    'src/integrations/output-folder.ts',
    'src/integrations/search-region.ts',
    // Types only: nothing to mutate.
    '!src/lib/graph/types.ts',
    '!src/lib/story-types.ts',
    '!src/cms/types.ts',
    // The CMS's browser code (bundled into /admin/cms.js), left out as it was when it lived in src/pages/admin/:
    // app.ts runs only in the browser journey. (files.ts, the file writer, has unit tests and could join.)
    '!src/cms/browser/**',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: 'tmp/stryker',
  ignorePatterns: ['/dist', '/tmp', '/test-results', '/.astro', '/reports'],
  timeoutMS: 10_000,
};
