import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ if stale and generates the reference unit once for the whole run.
    globalSetup: ['test/support/global-setup.ts'],
    // Note: test files share a worker's modules (zod schemas, pdfmake, the parsed fonts)
    // instead of loading them again for each file: vitest took about 30 CPU-seconds less
    // (130 instead of 160) on the 2-core machine, and passes either way (check with --isolate).
    isolate: false,
    // Note: vitest's default on 2 cores is one worker, which ran the files one after another
    // while the CLI tests mostly wait for their child process; two keep both cores busy.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
