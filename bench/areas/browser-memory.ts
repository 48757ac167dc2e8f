import { performance } from 'node:perf_hooks';
import type { CDPSession, Page } from 'playwright-core';
import type { BenchContext } from '../context';
import { figure, type Result } from '../report';
import { loadProgramme, STEP_TIMEOUT_MS } from './browser-steps';

/**
 * Target for the renderer's JS heap with the large trip open after a pass over every screen.
 * The first measurement was 16.7 MB (the workspace answer, about 1.5 MB of JSON, is a few MB as
 * objects; React's trees of the three kept screens, i18n and the libraries come on top). 25 MB
 * leaves room for noise and a cache of a second trip, and still catches a screen that keeps a
 * copy of the workspace per card or a whole-trip tree per tab.
 */
export const HEAP_TARGET_MB = 25;
/** Heap after many open/close cycles of the trip vs after a few: above this it leaks. */
export const LEAK_MAX_RATIO = 1.1;

/**
 * The renderer's JS heap (CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage, so only
 * what is still reachable counts; see heapMb):
 * - with the large trip open after one pass over every screen of it;
 * - after 50 open/close cycles of the trip (trips list → Programme → trips list, in the app, no
 *   page reload) against after 5; with --quick 6 against 3.
 */
export async function memoryFigures(ctx: BenchContext, page: Page, origin: string, tripId: string): Promise<Result[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await loadProgramme(page, `${origin}/#/trips/${tripId}/programme`);
    ctx.log(`  every screen once: ${await visitEveryScreen(page)}`);
    const afterPass = await heapMb(page, cdp);

    const [few, many] = ctx.quick ? [3, 6] : [5, 50];
    for (let i = 0; i < few; i++) await openAndCloseTrip(page, tripId);
    const afterFew = await heapMb(page, cdp);
    for (let i = few; i < many; i++) await openAndCloseTrip(page, tripId);
    const afterMany = await heapMb(page, cdp);
    ctx.log(`  heap: ${afterPass.toFixed(1)} MB after every screen; ${afterFew.toFixed(1)} MB after ${few} open/close cycles, ${afterMany.toFixed(1)} MB after ${many}`);
    return [
      figure('UI memory: JS heap, large trip open after every screen', afterPass, 'MB', null, { maxValue: HEAP_TARGET_MB }),
      figure(`UI memory: JS heap after ${many} open/close cycles of the trip (floor: after ${few})`, afterMany, 'MB', afterFew, { maxRatio: LEAK_MAX_RATIO }),
    ];
  } finally {
    await cdp.detach();
  }
}

/**
 * The smallest of three readings, each after the page is idle and two forced collections. Right
 * after a navigation a reading may still count the previous trip's answer, held by work that
 * finishes a moment later (seen: 14.1 MB, then 11.3 MB with nothing done in between); a leak
 * raises every reading, so the minimum still shows it.
 */
async function heapMb(page: Page, cdp: CDPSession): Promise<number> {
  // The bench's own log of API calls (browser-page.ts) grows by a few records per open/close
  // cycle without a page load in between; it is not the app's memory, so it is emptied first.
  await page.evaluate(() => {
    (window as unknown as { __bench: { requests: unknown[] } }).__bench.requests.length = 0;
  });
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => new Promise((settled) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(settled)))));
    // Twice: the first collection may leave garbage that finalizers or weak maps release.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    least = Math.min(least, usedSize / 2 ** 20);
  }
  return least;
}

/**
 * Every tab of the trip's sidebar in turn, each until its screen's heading shows; back to the
 * Programme. Returns how long each took ("members 306 ms, …"): a first visit mounts the screen,
 * and a slow one shows here (the Documents preview once held the way back for a second).
 */
async function visitEveryScreen(page: Page): Promise<string> {
  const took: string[] = [];
  const links = page.getByRole('navigation', { name: 'Trip sections' }).getByRole('link');
  const hrefs = await links.evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
  for (const href of [...hrefs, hrefs.find((h) => h.endsWith('/programme'))!]) {
    const startedAt = performance.now();
    await links.and(page.locator(`[href="${href}"]`)).click();
    await page.waitForFunction(
      (tab) =>
        location.hash.endsWith(tab) &&
        [...document.querySelectorAll('.workspace-main h1')].some((h) => h.checkVisibility()) &&
        ![...document.querySelectorAll('.workspace-main .loading')].some((l) => l.checkVisibility()),
      href.slice(href.lastIndexOf('/')),
      { timeout: STEP_TIMEOUT_MS },
    );
    took.push(`${href.slice(href.lastIndexOf('/') + 1)} ${(performance.now() - startedAt).toFixed(0)} ms`);
  }
  return took.join(', ');
}

/** Leave the trip for the trips list and open it again (in-app navigation, as a user does). */
async function openAndCloseTrip(page: Page, tripId: string): Promise<void> {
  await page.evaluate(() => (location.hash = '#/'));
  await page.getByTestId('trip-row').first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.evaluate((id) => (location.hash = `#/trips/${id}/programme`), tripId);
  await page.getByRole('article').first().waitFor({ timeout: STEP_TIMEOUT_MS });
}
