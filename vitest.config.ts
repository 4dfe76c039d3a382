// Test runner set-up: fast unit tests, and site tests that run against real builds.
import { defineConfig } from 'vitest/config';
import { assertPinnedNode } from './src/lib/node-check.ts';

assertPinnedNode();

export default defineConfig({
  test: {
    // An it.only left in a file fails the run in CI instead of silently skipping every other test.
    allowOnly: !process.env.CI,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/helpers/remove-temp.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-default-site.ts'],
          setupFiles: ['tests/helpers/remove-temp.ts'],
          // Builds run one at a time: each uses both cores.
          fileParallelism: false,
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
