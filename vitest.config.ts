import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real SQLite files and child processes: keep the two cores busy but not oversubscribed.
    pool: 'forks',
    maxWorkers: 2,
    // Generous: several suites spawn processes (CLI, browser mode, Chromium) on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
