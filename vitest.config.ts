import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { endToEndFiles } from './test/projects.js';

const ROOT = fileURLToPath(new URL('./', import.meta.url));
/** Test files that run a bundle or its process (test/projects.ts says how they are found). */
const END_TO_END = endToEndFiles(ROOT);

// Two projects: `npm run test:unit` (no bundle, no wait), `npm run test:e2e` (the bundles, as
// the runner, npx and Harness run them); `npm test` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest runs cores - 1 files at once by default: ONE on a 2-core box, which then sits half
    // idle while a test waits on a child process (git, a bundle, terraform), a socket or the disk.
    // One file more than there are cores keeps both busy (docs/testing.md has the figures).
    maxWorkers: availableParallelism() + 1,
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: END_TO_END,
          // One process per worker for all its files, src/ loaded once in it rather than once
          // per file (most of a small file's time went to loading src/ again).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: END_TO_END,
          // Builds the bundles first only when dist/bundles.sha256 says they are stale.
          globalSetup: ['test/bundles-setup.ts'],
        },
      },
    ],
  },
});
