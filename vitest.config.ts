import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real SQLite files and child processes: keep the two cores busy but not oversubscribed.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
