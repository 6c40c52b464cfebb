// Ends every run with one plain "tests: N passed, N failed" line that any CI log reader understands.
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const tally = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed' || state === 'failed') tally[state]++;
        else tally.skipped++;
      }
    }
    const failedModules = testModules.filter((testModule) => testModule.state() === 'failed').length;
    console.log(`\ntests: ${tally.passed} passed, ${tally.failed + failedModules} failed, ${tally.skipped} skipped`);
  }
}
