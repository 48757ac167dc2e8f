import type { Page } from 'playwright-core';
import type { BenchContext } from '../context';
import { info, timedPair, type Result } from '../report';

/** The browser area's steps: each from the first input event to the frame that shows its outcome. */
export const STEP_TIMEOUT_MS = 15_000;
export const INTERACTION_MS = 100;
/** Issue #14: switch tab, open an item, filter and search, p95 within this × its floor. */
export const INTERACTION_P95_MAX_RATIO = 3;
/** Issue #14: saving an edit within this × the API call inside it. */
export const SAVE_MAX_RATIO = 1.3;

/** An interaction's median and p95: both under INTERACTION_MS, the p95 also within its ratio to the floor. */
export function interactionPair(name: string, value: { ms: number[] }, floor: { ms: number[] } | null): Result[] {
  return timedPair(name, value, floor, { maxValue: INTERACTION_MS }, 'ms', { maxValue: INTERACTION_MS, maxRatio: INTERACTION_P95_MAX_RATIO });
}

export interface Outcome {
  /** Outcome frame − first input event. */
  ms: number;
  /** Page clock of the first input event and of the outcome frame. */
  input: number;
  at: number;
  /** Armed with `watchDom`: page clock when the outcome was first in the DOM (browser-page.ts). */
  dom: number | null;
  /** API calls: `headers` when the answer's headers came, `end` when the app had its body (browser-page.ts). */
  requests: { op: string; start: number; headers: number | null; end: number | null }[];
}

export function describe(error: unknown, what: string): string {
  const message = (error as Error).message.split('\n')[0] ?? '';
  return `${what} (${message.slice(0, 140)})`;
}

/**
 * Start watching in the page for `condition` (serialised: it may use only its argument), before
 * the step's input is sent; `outcome` then returns the time from that input to the first frame
 * in which the condition holds.
 */
export async function arm<A>(page: Page, condition: (arg: A) => boolean, arg?: A, options: { watchDom?: boolean } = {}): Promise<void> {
  await page.evaluate(
    ({ source, arg, timeout, watchDom }) => {
      const check = new Function('arg', `return (${source})(arg);`) as (a: unknown) => boolean;
      const bench = (window as unknown as { __bench: { arm(c: () => boolean, t: number, w: boolean): void } }).__bench;
      bench.arm(() => check(arg), timeout, watchDom);
    },
    { source: condition.toString(), arg: arg as unknown, timeout: STEP_TIMEOUT_MS, watchDom: options.watchDom ?? false },
  );
}

export async function outcome(page: Page): Promise<Outcome> {
  return page.evaluate(() => (window as unknown as { __bench: { outcome(): Promise<Outcome> } }).__bench.outcome());
}

export async function repeat(ctx: BenchContext, sample: (i: number) => Promise<Outcome>, runs = ctx.quick ? 4 : 15): Promise<Outcome[] | null> {
  const out: Outcome[] = [];
  await sample(-1); // warm-up
  for (let i = 0; i < runs; i++) out.push(await sample(i));
  return out;
}

/** Resolves after `count` animation frames of the page: what a scroll started has been handled. */
export async function afterFrames(page: Page, count: number): Promise<void> {
  // One evaluate per frame: a named helper inside the page function would not survive
  // serialisation under tsx (it wraps named functions in a helper the page does not have).
  for (let i = 0; i < count; i++) await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

/** Time in these calls; one still unanswered at the outcome frame counts up to that frame. */
export const apiMs = (o: Outcome, ops: string[]) =>
  o.requests.filter((r) => ops.includes(r.op)).reduce((sum, r) => sum + ((r.end ?? o.at) - r.start), 0);

/** Open one of the first cards' editor by its title button, until the dialog shows; Esc closes it. */
export async function openItemSamples(ctx: BenchContext, page: Page, runs?: number): Promise<number[]> {
  const cards = page.getByRole('article');
  const samples = await repeat(
    ctx,
    async (i) => {
      const card = cards.nth(Math.max(0, i) % 6);
      const title = (await card.getByRole('heading').first().innerText()).trim();
      // Scrolled to first, untimed, as a user scrolls to a card before opening it: the click
      // would otherwise scroll it into view right before the input, and the list's handling of
      // that scroll would land in the frame that shows the editor.
      await card.scrollIntoViewIfNeeded();
      await afterFrames(page, 2);
      await arm(page, () => [...document.querySelectorAll('dialog[open], [role="dialog"]')].some((d) => (d as HTMLElement).offsetParent !== null || d.tagName === 'DIALOG'));
      await card.getByRole('button', { name: title, exact: true }).first().click();
      const shown = await outcome(page);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      return shown;
    },
    runs,
  );
  return samples!.map((o) => o.ms);
}

export async function openItem(ctx: BenchContext, page: Page, floor: { ms: number[] } | null): Promise<Result[]> {
  return interactionPair('UI: open an item', { ms: await openItemSamples(ctx, page) }, floor);
}

/** Rename an item in its editor; timed from the autosave's items:update call to the renamed card and "Saved". */
export async function saveEdit(ctx: BenchContext, page: Page): Promise<Result[]> {
  const card = page.getByRole('article').first();
  const original = (await card.getByRole('heading').first().innerText()).trim();
  await card.getByRole('button', { name: original, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  const title = dialog.getByRole('textbox', { name: 'Title', exact: true });
  await title.waitFor();
  const fromCall: number[] = [];
  const apiFloor: number[] = [];
  const fromTyping: number[] = [];
  const afterAnswer: number[] = [];
  const toDom: number[] = [];
  const domToFrame: number[] = [];
  await repeat(ctx, async (i) => {
    const next = `${original} (${i + 2})`;
    await arm(
      page,
      (name: string) =>
        [...document.querySelectorAll('[role="status"]')].some((s) => /saved/i.test(s.textContent ?? '') && !/not saved/i.test(s.textContent ?? '')) &&
        [...document.querySelectorAll('article h3, article [role="heading"]')].some((h) => h.textContent?.trim() === name),
      next,
      { watchDom: true },
    );
    await title.fill(next);
    const saved = await outcome(page);
    const update = saved.requests.find((r) => r.op === 'items:update');
    if (!update) throw new Error('no items:update call was made');
    if (i >= 0) {
      fromCall.push(saved.at - update.start);
      apiFloor.push(apiMs(saved, ['items:update', 'trips:workspace']));
      fromTyping.push(saved.ms);
      if (update.end !== null) afterAnswer.push(saved.at - update.end);
      if (update.end !== null && saved.dom !== null) {
        toDom.push(saved.dom - update.end);
        domToFrame.push(saved.at - saved.dom);
      }
    }
    return saved;
  });
  await page.keyboard.press('Escape');
  ctx.log(`  save an edit: typing → saved ${median(fromTyping).toFixed(0)} ms (autosave waits 600 ms of quiet on purpose)`);
  return [
    ...timedPair('UI: save an edit (from the autosave call)', { ms: fromCall }, { ms: apiFloor }, { maxValue: INTERACTION_MS, maxRatio: SAVE_MAX_RATIO }),
    // What the renderer adds after the answer: applying it, rendering, and the wait for the frame
    // (the no-op click floor shows that an input alone takes about one frame to be painted).
    info('UI: save an edit · from the answer to the frame that shows it (median)', median(afterAnswer), 'ms'),
    // Of that: the renderer's work (the answer applied, the card and "Saved" in the DOM), then
    // the wait for the display's next frame, which no renderer work can shorten.
    info('UI: save an edit · from the answer to the change in the DOM (median)', median(toDom), 'ms'),
    info('UI: save an edit · from the change in the DOM to its frame (median)', median(domToFrame), 'ms'),
  ];
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : Number.NaN;
}

/** Programme → Members → Programme…: each switch until the tab's screen shows its content. */
export async function switchTab(ctx: BenchContext, page: Page, floor: { ms: number[] } | null, tripId: string): Promise<Result[]> {
  const { samples, firstVisit } = await switchTabSamples(ctx, page, tripId);
  return [
    ...interactionPair('UI: switch tab (Programme ⇄ Members)', { ms: samples }, floor),
    info('UI: first visit of Members after loading the Programme (its first mount)', firstVisit, 'ms'),
  ];
}

/**
 * Programme ⇄ Members once each way per sample. The warm-up goes to Members, so no timed switch
 * is a screen's first visit (its first mount; kept screens make later visits cheap): that one is
 * returned apart as `firstVisit`.
 */
export async function switchTabSamples(ctx: BenchContext, page: Page, tripId: string, runs?: number): Promise<{ samples: number[]; firstVisit: number }> {
  const nav = page.getByRole('navigation', { name: 'Trip sections' });
  let firstVisit = Number.NaN;
  const samples = await repeat(ctx, async (i) => {
    const to = i % 2 === 0 ? 'Programme' : 'Members';
    await arm(
      page,
      ({ to, tripId }: { to: string; tripId: string }) => {
        if (!location.hash.includes(`/trips/${tripId}/${to.toLowerCase()}`) || document.body.dataset.appState !== 'loaded') return false;
        // Shown, not merely present: screens left recently stay mounted but hidden (content-visibility: hidden).
        // (No named helper here: the function is sent to the page as source text.)
        const heading = [...document.querySelectorAll('h1, h2')].find((h) => h.textContent?.trim() === to && h.checkVisibility());
        if (!heading) return false;
        // The screen's content: item cards for Programme, the member rows (table or list) for Members.
        const content = to === 'Programme' ? 'article, [role="article"]' : '[role="row"], tr, [role="listitem"], li[data-member-id], article';
        return [...document.querySelectorAll(content)].some((el) => el.checkVisibility() && el.getBoundingClientRect().top < innerHeight);
      },
      { to, tripId },
    );
    await nav.getByRole('link', { name: to, exact: true }).click();
    const shown = await outcome(page);
    if (i < 0) firstVisit = shown.ms;
    return shown;
  }, runs);
  // An odd number of runs ends on Members: come back, so the next step starts where it expects.
  if (await page.getByRole('heading', { name: 'Members', exact: true }).first().isVisible()) {
    await nav.getByRole('link', { name: 'Programme', exact: true }).click();
    await page.getByRole('article').first().waitFor();
  }
  return { samples: samples!.map((o) => o.ms), firstVisit };
}

export async function filterToMember(ctx: BenchContext, page: Page, floor: { ms: number[] } | null): Promise<Result[]> {
  const select = page.getByRole('combobox', { name: 'Show as' });
  await select.waitFor();
  const options = await select.locator('option').evaluateAll((els) => els.map((e) => ({ value: (e as HTMLOptionElement).value, label: e.textContent ?? '' })));
  const members = options.filter((o) => o.value !== '');
  if (members.length === 0) throw new Error('the "Show as" list has no members');
  const samples = await repeat(ctx, async (i) => {
    const member = i % 2 === 0 ? members[Math.abs(i) % members.length]! : null;
    await arm(
      page,
      (name: string | null) => {
        const count = document.querySelector('[data-testid="programme-count"]')?.textContent ?? '';
        return name ? count.includes(name) : !count.includes('sees it');
      },
      member?.label ?? null,
    );
    await select.selectOption(member ? member.value : '');
    return outcome(page);
  });
  return interactionPair('UI: filter to a member (Show as)', { ms: samples!.map((o) => o.ms) }, floor);
}

/** Ctrl+K, type a name; timed from the search:global call (after the 120 ms typing pause) to the hits shown. */
export async function search(ctx: BenchContext, page: Page): Promise<Result[]> {
  const queries = ['lind', 'wang', 'robot', 'berg', 'chen', 'möte'];
  const fromCall: number[] = [];
  const apiFloor: number[] = [];
  await repeat(ctx, async (i) => {
    const query = queries[(i + queries.length) % queries.length]!;
    await page.keyboard.press('Control+K');
    const box = page.getByRole('combobox', { name: /search/i });
    await box.waitFor();
    await box.fill('');
    await arm(page, () => document.querySelectorAll('[role="listbox"] [role="option"]').length > 0);
    await box.fill(query);
    const hits = await outcome(page);
    const call = hits.requests.find((r) => r.op === 'search:global');
    if (!call) throw new Error('no search:global call was made');
    if (i >= 0) {
      fromCall.push(hits.at - call.start);
      apiFloor.push(apiMs(hits, ['search:global']));
    }
    await page.keyboard.press('Escape');
    return hits;
  });
  return interactionPair('UI: search (from the search:global call)', { ms: fromCall }, { ms: apiFloor });
}

/** A full page load of a trip's Programme, until it is ready for input (see browser-page.ts). */
export async function loadProgramme(page: Page, programmeUrl: string): Promise<{ interactive: number; data: number | null; headers: number | null }> {
  await page.goto('about:blank');
  await page.goto(programmeUrl);
  await page.waitForFunction(() => (window as unknown as { __bench: { interactiveAt?: number } }).__bench.interactiveAt !== undefined, null, {
    timeout: STEP_TIMEOUT_MS,
  });
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { interactiveAt: number; requests: Outcome['requests'] } }).__bench;
    const workspace = bench.requests.find((r) => r.op === 'trips:workspace');
    return { interactive: bench.interactiveAt, data: workspace?.end ?? null, headers: workspace?.headers ?? null };
  });
}

/**
 * Programme interactive and its floor (the workspace data arriving: the first trips:workspace
 * answer in the app's hands) over `loads` page loads after one to warm the HTTP cache;
 * `bodyAfterHeaders`: from that answer's headers to the app having it (its body and parse).
 */
export async function programmeLoads(
  page: Page,
  programmeUrl: string,
  loads: number,
): Promise<{ interactive: number[]; dataArrived: number[]; bodyAfterHeaders: number[] }> {
  const interactive: number[] = [];
  const dataArrived: number[] = [];
  const bodyAfterHeaders: number[] = [];
  for (let i = 0; i < loads + 1; i++) {
    const sample = await loadProgramme(page, programmeUrl);
    if (i === 0) continue;
    interactive.push(sample.interactive);
    if (sample.data !== null) dataArrived.push(sample.data);
    if (sample.data !== null && sample.headers !== null) bodyAfterHeaders.push(sample.data - sample.headers);
  }
  return { interactive, dataArrived, bodyAfterHeaders };
}
