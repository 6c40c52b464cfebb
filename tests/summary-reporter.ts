// Ends every run with the counts the suites record (pages validated, links checked…) and one plain
// "tests: N passed, N failed" line that any CI log reader understands.
import type { Reporter, TestModule } from 'vitest/node';

declare module 'vitest' {
  interface TaskMeta {
    /** Figures a test wants in the run's summary, e.g. { 'pages checked by vnu': 78 }. */
    counts?: Record<string, number>;
  }
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const tally = { passed: 0, failed: 0, skipped: 0 };
    const counts = new Map<string, number>();
    for (const testModule of testModules) {
      const failedBefore = tally.failed;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') tally[state]++;
        else tally.skipped++;
        for (const [name, value] of Object.entries(test.meta().counts ?? {}))
          counts.set(name, (counts.get(name) ?? 0) + value);
      }
      // A file that failed without a failing test (an import error, a failing hook) counts once.
      if (testModule.state() === 'failed' && tally.failed === failedBefore) tally.failed++;
    }
    for (const [name, value] of [...counts].sort()) console.log(`${name}: ${value}`);
    console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  }
}
