// How `npm test` counts each runner's results: from its JSON report, and from its exit code when the report says less.

export interface RunnerCounts {
  passed: number;
  failed: number;
}

/**
 * A runner's counts. A runner that exits non-zero always counts as a failure, even when its report counts none (a
 * set-up that failed, a test file that did not load, no test found), and a missing report is a failure: the summary
 * line never says "0 failed" for a run that failed.
 */
export function runnerCounts<R>(status: number, report: R | undefined, read: (report: R) => RunnerCounts): RunnerCounts {
  if (report === undefined) return { passed: 0, failed: 1 };
  const { passed, failed } = read(report);
  return { passed, failed: failed > 0 || status === 0 ? failed : 1 };
}

/** Vitest's JSON reporter: failed tests, and one more when the run failed without a failed test (an unhandled error). */
export const vitestCounts = (j: { numPassedTests: number; numFailedTests: number; success: boolean }): RunnerCounts => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests + (j.success || j.numFailedTests ? 0 : 1),
});

/** Playwright's JSON reporter: unexpected results, and each error outside any test (`errors`). */
export const playwrightCounts = (j: { stats: { expected: number; flaky: number; unexpected: number }; errors?: unknown[] }): RunnerCounts => ({
  passed: j.stats.expected + j.stats.flaky,
  failed: j.stats.unexpected + (j.errors?.length ?? 0),
});
