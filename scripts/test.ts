// npm test: type checks, unit and site tests (Vitest), browser tests (Playwright on Debian's Chromium), then one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { testSites } from '../tests/helpers/test-sites.ts';
import { CHROMIUM, ensureChromium } from './chromium.ts';
import { playwrightCounts, runnerCounts, vitestCounts, type RunnerCounts } from './test-counts.ts';

const results = { passed: 0, failed: 0 };
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

function run(label: string, command: string, args: string[]): number {
  process.stdout.write(`\n=== ${label}\n`);
  const child = spawnSync(command, args, { stdio: 'inherit', env });
  return child.status ?? 1;
}

/** Adds a runner's counts (see test-counts.ts) from its JSON report, if it wrote one. */
function count<R>(file: string, status: number, read: (report: R) => RunnerCounts): void {
  const report = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as R) : undefined;
  const { passed, failed } = runnerCounts(status, report, read);
  results.passed += passed;
  results.failed += failed;
}

// The browser tests need Debian's Chromium; installed when it is missing.
const hasChromium = ensureChromium();

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

// 1. Types, Astro components included.
const check = run('astro check', process.execPath, ['node_modules/astro/bin/astro.mjs', 'check']);
if (check === 0) results.passed++;
else results.failed++;

// 2. The test sites, built once for both runners.
process.stdout.write('\n=== building the test sites\n');
env.COMMUNIQUES_TEST_SITES = JSON.stringify(await testSites());

// 3. Unit and site tests.
const vitest = run('vitest', process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
count('test-results/vitest.json', vitest, vitestCounts);

// 4. Browser tests.
if (hasChromium) {
  const playwright = run('playwright', process.execPath, ['node_modules/@playwright/test/cli.js', 'test']);
  count('test-results/playwright.json', playwright, playwrightCounts);
} else {
  process.stdout.write(`\n${CHROMIUM} could not be installed: the browser tests did not run.\n`);
  results.failed++;
}

process.stdout.write(`\n${results.passed} passed, ${results.failed} failed\n`);
process.exit(results.failed > 0 ? 1 : 0);
