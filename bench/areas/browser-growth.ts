import type { Page } from 'playwright-core';
import type { BenchContext } from '../context';
import { figure, info, type Result } from '../report';
import { median } from '../timing';
import { openItemSamples, programmeLoads, switchTabSamples } from './browser-steps';

/** Cost may grow at most as n^0.3 with the number of items n: only virtualisation and incremental updates stay under it. */
export const MAX_GROWTH_EXPONENT = 0.3;

/**
 * How the screens' costs grow with the trip: the same programme (60 members, 30 items a day) at
 * about 120, 420 and 1,600 items (--quick: 120 and 1,600); per figure the median at each size
 * and the growth exponent, the least-squares slope of log(median) over log(items). 0 = flat,
 * 1 = proportional.
 */
export async function growthFigures(ctx: BenchContext, page: Page, origin: string): Promise<Result[]> {
  // --quick: the smallest and the largest trip only; two sizes still give the slope.
  const sizes = ctx.quick ? [ctx.dataset.growth[0]!, ctx.dataset.growth.at(-1)!] : ctx.dataset.growth;
  const runs = ctx.quick ? 3 : 8;
  const measured: Record<Figure, number[]> = { 'Programme interactive': [], 'open an item': [], 'switch tab': [] };
  for (const trip of sizes) {
    const programmeUrl = `${origin}/#/trips/${trip.tripId}/programme`;
    const step = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      try {
        return await run();
      } catch (error) {
        throw new Error(`${what} on the ${trip.itemIds.length}-item trip: ${(error as Error).message.split('\n')[0]}`);
      }
    };
    const { interactive } = await step('Programme interactive', () => programmeLoads(page, programmeUrl, ctx.quick ? 1 : 5));
    measured['Programme interactive'].push(median(interactive));
    // The page is on the Programme it just loaded, as loadProgramme would leave it.
    measured['open an item'].push(median(await step('open an item', () => openItemSamples(ctx, page, runs))));
    measured['switch tab'].push(median((await step('switch tab', () => switchTabSamples(ctx, page, trip.tripId, runs))).samples));
    ctx.log(`  ${trip.itemIds.length} items: ${FIGURES.map((f) => `${f} ${measured[f].at(-1)!.toFixed(0)} ms`).join(', ')}`);
  }
  const items = sizes.map((trip) => trip.itemIds.length);
  const span = `${items[0]} → ${items.at(-1)} items`;
  return FIGURES.flatMap((name) => {
    const exponent = growthExponent(items, measured[name]);
    return [
      ...items.map((n, i) => info(`UI growth: ${name} · median at ${n} items`, measured[name][i]!, 'ms')),
      { ...figure(`UI growth exponent: ${name} (${span})`, exponent, '', null), target: `≤ ${MAX_GROWTH_EXPONENT}`, met: exponent <= MAX_GROWTH_EXPONENT },
    ];
  });
}

const FIGURES = ['Programme interactive', 'open an item', 'switch tab'] as const;
type Figure = (typeof FIGURES)[number];

/** The least-squares slope of log(cost) over log(size). */
export function growthExponent(sizes: readonly number[], costs: readonly number[]): number {
  const xs = sizes.map(Math.log);
  const ys = costs.map(Math.log);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i]! - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}
