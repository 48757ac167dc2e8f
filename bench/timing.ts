import { performance } from 'node:perf_hooks';

/**
 * Timing helpers: every figure is the median and the 95th percentile of repeated runs after a
 * few warm-up runs (JIT, SQLite page cache), measured with the monotonic high-resolution clock.
 */
export interface Samples {
  /** Milliseconds per run, in the order measured. */
  ms: number[];
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function p95(values: readonly number[]): number {
  return quantile(values, 0.95);
}

/** Linear interpolation between the closest ranks (the usual "type 7" quantile). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export interface RunOptions {
  warmup?: number;
  runs: number;
  /** Untimed work before each run (e.g. create the item that the run deletes). */
  before?: () => unknown;
  after?: () => unknown;
}

/** Time a synchronous function `runs` times. */
export function timeSync(fn: () => unknown, options: RunOptions): Samples {
  const ms: number[] = [];
  for (let i = 0; i < (options.warmup ?? 3) + options.runs; i++) {
    options.before?.();
    const start = performance.now();
    fn();
    const elapsed = performance.now() - start;
    options.after?.();
    if (i >= (options.warmup ?? 3)) ms.push(elapsed);
  }
  return { ms };
}

export interface AsyncRunOptions {
  warmup?: number;
  runs: number;
  before?: () => unknown;
  after?: () => unknown;
}

export async function timeAsync(fn: () => Promise<unknown>, options: AsyncRunOptions): Promise<Samples> {
  const ms: number[] = [];
  for (let i = 0; i < (options.warmup ?? 1) + options.runs; i++) {
    await options.before?.();
    const start = performance.now();
    await fn();
    const elapsed = performance.now() - start;
    await options.after?.();
    if (i >= (options.warmup ?? 1)) ms.push(elapsed);
  }
  return { ms };
}

/**
 * Time a value and its floor interleaved (value, floor, value, floor…), so both see the same
 * machine state (other processes, thermal throttling, page cache) and their ratio is fair.
 */
export function timePairSync(
  value: () => unknown,
  floor: () => unknown,
  options: RunOptions & { beforeFloor?: () => unknown; afterFloor?: () => unknown },
): { value: Samples; floor: Samples } {
  const v: number[] = [];
  const f: number[] = [];
  const warmup = options.warmup ?? 3;
  for (let i = 0; i < warmup + options.runs; i++) {
    options.before?.();
    let start = performance.now();
    value();
    const valueMs = performance.now() - start;
    options.after?.();

    options.beforeFloor?.();
    start = performance.now();
    floor();
    const floorMs = performance.now() - start;
    options.afterFloor?.();
    if (i >= warmup) {
      v.push(valueMs);
      f.push(floorMs);
    }
  }
  return { value: { ms: v }, floor: { ms: f } };
}

export async function timePairAsync(
  value: () => Promise<unknown>,
  floor: () => Promise<unknown>,
  /** `between`: untimed, after the value and before the floor (let the value's leftover work finish). */
  options: AsyncRunOptions & { between?: () => unknown },
): Promise<{ value: Samples; floor: Samples }> {
  const v: number[] = [];
  const f: number[] = [];
  const warmup = options.warmup ?? 1;
  for (let i = 0; i < warmup + options.runs; i++) {
    await options.before?.();
    let start = performance.now();
    await value();
    const valueMs = performance.now() - start;
    await options.between?.();
    start = performance.now();
    await floor();
    const floorMs = performance.now() - start;
    await options.after?.();
    if (i >= warmup) {
      v.push(valueMs);
      f.push(floorMs);
    }
  }
  return { value: { ms: v }, floor: { ms: f } };
}

/** Ask V8 for a full collection between areas when node runs with --expose-gc (npm run bench does). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
