import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_INSTRUMENTATION } from '../../bench/areas/browser-page';
import { arm, outcome } from '../../bench/areas/browser-steps';
import { findChromium } from '../../core/documents';
import { CHROMIUM_ARGS } from '../../core/documents/printer';

/**
 * The bench's page instrumentation in real Chromium: an outcome's clock starts at the input and
 * stops at the first frame showing the outcome; with watchDom it also says when the outcome was
 * first in the DOM, which the save figures split on (the app's work, then the wait for a frame).
 * Orderings, and a gap the page itself makes: no timing thresholds.
 */
const PAGE = `<!DOCTYPE html><html><body>
<button id="go">Go</button><p id="out">waiting</p>
<script>
  document.getElementById('go').addEventListener('click', () => {
    // A task away from the click, as an answer arriving from the core is.
    setTimeout(() => {
      window.changedAt = performance.now();
      document.getElementById('out').textContent = 'done';
      // Queued after the change, so after the DOM observer's callback: it holds the frame back
      // 50 ms past the moment the change was seen.
      queueMicrotask(() => { const until = performance.now() + 50; while (performance.now() < until); });
    }, 30);
  });
</script></body></html>`;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext();
  await context.addInitScript(PAGE_INSTRUMENTATION);
  await context.route('http://bench.test/', (route) => route.fulfill({ body: PAGE, contentType: 'text/html' }));
  page = await context.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const shown = () => document.getElementById('out')?.textContent === 'done';

describe('the bench page instrumentation', () => {
  it('with watchDom: input, then the change in the DOM, then the frame that shows it', async () => {
    await page.goto('http://bench.test/');
    await arm(page, shown, undefined, { watchDom: true });
    await page.getByRole('button', { name: 'Go' }).click();
    const result = await outcome(page);
    const changedAt = await page.evaluate(() => (window as unknown as { changedAt: number }).changedAt);
    expect(result.dom).not.toBeNull();
    expect(result.input).toBeLessThanOrEqual(changedAt);
    expect(changedAt).toBeLessThanOrEqual(result.dom!);
    // Seen when it happened, not when the frame came.
    expect(result.at - result.dom!).toBeGreaterThanOrEqual(50);
    expect(result.ms).toBeCloseTo(result.at - result.input, 6);
  });

  it('without watchDom there is no DOM time, and the frame still comes after the change', async () => {
    await page.goto('http://bench.test/');
    await arm(page, shown);
    await page.getByRole('button', { name: 'Go' }).click();
    const result = await outcome(page);
    const changedAt = await page.evaluate(() => (window as unknown as { changedAt: number }).changedAt);
    expect(result.dom).toBeNull();
    expect(changedAt).toBeLessThanOrEqual(result.at);
  });
});
