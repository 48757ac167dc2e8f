import { defineConfig } from '@playwright/test';

/**
 * The real desktop app, launched with Playwright's `_electron.launch` (app.spec.ts): run by
 * `npm run test:electron` (scripts/test-electron.mjs) on a machine where the Electron binary is
 * installed. Not part of `npm test`: the CI machines cannot download Electron.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.artifacts/electron-results',
  workers: 1, // one app at a time: each holds its own single-instance lock
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
});
