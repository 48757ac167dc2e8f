import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { lazyChromiumPrinter, type LazyPrinter } from '../../core/chromium-printer';
import { openCore, type Core } from '../../core/index';
import { startWebServer, type WebServer } from '../../core/web/server';
import { seedSampleTrips } from './seed';
import { seedDemo } from '../../core/demo';
import { databaseOf } from '../../core/db/raw-handle';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const rendererDir = path.join(repoRoot, 'dist/renderer');

export interface TestApp {
  core: Core;
  dbPath: string;
  server: WebServer;
  /** The tokened link, as `npm run web` prints it. */
  url: string;
  /** The server's address without the token. */
  origin: string;
  /** The PDF printer 'documents:pdf' uses (Chromium, started on demand). */
  printer: LazyPrinter;
}

export interface AppOptions {
  /**
   * What the fresh database holds when the page opens: 'sample' = the trips of seed.ts (known
   * counts to assert on), 'cli-demo' = what `npm run cli -- demo` creates, 'empty' = nothing.
   */
  seed: 'sample' | 'cli-demo' | 'empty';
  /**
   * Let the page start the PDF printer ahead of time ('documents:warmUp'), as `npm run web`
   * does. Off by default: every test would start a Chromium it never prints with.
   */
  printerWarmUp: boolean;
}

/**
 * `app`: a fresh data file in a temp folder, seeded through the core, served by the real web
 * server on a free port, for exactly one test.
 */
export const test = base.extend<AppOptions & { app: TestApp }>({
  seed: ['sample', { option: true }],
  printerWarmUp: [false, { option: true }],
  app: async ({ seed, printerWarmUp }, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-e2e-'));
    const dbPath = path.join(dir, 'data.sqlite');
    // As in `npm run web`: PDFs ('documents:pdf') are printed by Chromium, started on first use.
    const printer = lazyChromiumPrinter();
    const core = openCore(dbPath, { printPdf: printer.printPdf, warmUpPrinter: printerWarmUp ? printer.warmUp : undefined });
    if (seed === 'sample') seedSampleTrips(core);
    // In-process, the same function `npm run cli -- demo` runs (the command itself is tested in
    // tests/cli): spawning it per test cost seconds of every demo-based test.
    if (seed === 'cli-demo') seedDemo(databaseOf(core));
    const server = await startWebServer({ core, port: 0, rendererDir });
    try {
      await use({ core, dbPath, server, url: server.url, origin: server.origin, printer });
    } finally {
      await server.close();
      core.close();
      await printer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Wait for the first screen to finish loading (or to show its problem), never for a time. */
export async function waitForAppState(page: Page, state: 'loaded' | 'error'): Promise<void> {
  // First wait for either outcome, so a page that fails fast fails the test fast.
  await page.locator('body:not([data-app-state="loading"])').waitFor();
  await expect(page.locator('body')).toHaveAttribute('data-app-state', state);
}

/** Console errors and CSP violations of the page, to assert there were none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const artifactsDir = path.resolve(import.meta.dirname, '../.artifacts');
