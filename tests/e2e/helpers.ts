import path from 'node:path';
import type { Page } from '@playwright/test';
import { artifactsDir, waitForAppState, type TestApp } from './fixtures';

/** Open the app with its tokened link and wait until the first screen has its data. */
export async function openApp(page: Page, app: TestApp): Promise<void> {
  await page.goto(app.url);
  await waitForAppState(page, 'loaded');
}

/**
 * Open a deep link (`#/trips/…`) the way a reload does: the token is already in this tab's
 * session storage after openApp, so the address carries only the route.
 */
export async function openRoute(page: Page, app: TestApp, route: string): Promise<void> {
  await page.goto(`${app.origin}/#${route}`);
  await waitForAppState(page, 'loaded');
}

/** A screenshot for people to look at (tests/.artifacts, not committed). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** The hash route of the page, e.g. '/trips/…/overview'. */
export function routeOf(page: Page): string {
  return new URL(page.url()).hash.replace(/^#/, '');
}
