// npm test's summary line: a runner that failed is never summed up as "0 failed".
import { describe, expect, it } from 'vitest';
import { playwrightCounts, runnerCounts, vitestCounts } from '../../scripts/test-counts.ts';

const playwright = (unexpected: number, errors: unknown[] = []) => ({ stats: { expected: 3, flaky: 0, unexpected }, errors });
const vitest = (numFailedTests: number, success: boolean) => ({ numPassedTests: 5, numFailedTests, success });

describe('the test summary', () => {
  it('counts a clean run as it is', () => {
    expect(runnerCounts(0, playwright(0), playwrightCounts)).toEqual({ passed: 3, failed: 0 });
    expect(runnerCounts(0, vitest(0, true), vitestCounts)).toEqual({ passed: 5, failed: 0 });
  });

  it('counts Playwright’s errors outside any test (a failed global set-up, a spec that did not load)', () => {
    expect(runnerCounts(1, playwright(0, [{ message: 'SyntaxError in broken.spec.ts' }]), playwrightCounts).failed).toBe(1);
  });

  it('counts a Vitest run that failed without a failed test (an unhandled error)', () => {
    expect(runnerCounts(1, vitest(0, false), vitestCounts).failed).toBe(1);
  });

  it('counts a runner that exited non-zero as failed even when its report counts no failure', () => {
    expect(runnerCounts(1, playwright(0), playwrightCounts)).toEqual({ passed: 3, failed: 1 });
    expect(runnerCounts(1, vitest(0, true), vitestCounts)).toEqual({ passed: 5, failed: 1 });
  });

  it('counts a runner that wrote no report as failed', () => {
    expect(runnerCounts(0, undefined, playwrightCounts)).toEqual({ passed: 0, failed: 1 });
  });
});
