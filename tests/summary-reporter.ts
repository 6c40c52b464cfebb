// Ends every run with one plain "tests: N passed, N failed" line that any CI log reader understands.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const tally = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      const failedBefore = tally.failed;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') tally[state]++;
        else tally.skipped++;
      }
      // A file that failed without a failing test (an import error, a failing hook) counts once.
      if (testModule.state() === 'failed' && tally.failed === failedBefore) tally.failed++;
    }
    console.log(`\ntests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
  }
}
