import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the fault-injection scenarios (issue 7), on the real stack. One shared
 * stack from test/support/global-setup.ts; scenarios that stop a part (Temporal, SMTP, Postgres)
 * start a private one of their own on free ports. Files run one at a time: several of them
 * measure lateness, and a neighbour's load would blur it.
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/quiet-runtime.ts'],
    env: { TEST_SDK_LOG_LEVEL: 'ERROR' },
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    reporters: ['default'],
  },
});
