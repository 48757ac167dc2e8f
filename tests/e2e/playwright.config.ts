import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the renderer in browser mode: each test gets its own database and
 * in-process web server (fixtures.ts). Playwright cannot download browsers here, so it drives
 * the system Chromium (Debian package `chromium`; CI installs it, plus `fonts-noto-cjk`).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../.artifacts/test-results',
  fullyParallel: true,
  // One at a time is faster here: each test already keeps both cores busy (Chromium's renderer
  // and GPU processes, the in-process server, the printer's browser). Measured on the 2-core
  // machine: 2 workers took 17m56s and each test ran 2.3-3.6x slower than alone (the six-document
  // preview near its 60 s limit); 1 worker took 15m42s with the slowest test at 25 s.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // Generous for a loaded 2-core CI machine; tests wait on readiness signals, never on time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
});
