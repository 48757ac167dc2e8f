import { performance } from 'node:perf_hooks';
import type { Dataset } from './dataset/generate';
import type { Result } from './report';

/** What every area of the benchmark gets: the generated data, a scratch folder, a logger. */
export interface BenchContext {
  dataset: Dataset;
  /** Temp folder of this run (database, PDFs, trip files, renderer build); removed at the end. */
  dir: string;
  /** Progress on stderr, so stdout stays a table or one JSON object. */
  log: (message: string) => void;
  /** --quick: fewer repetitions (for trying the benchmark out, not for figures). */
  quick: boolean;
}

export interface Area {
  name: string;
  run(ctx: BenchContext): Promise<Result[]>;
}

/**
 * Run one step of an area and log how long it took: the whole bench has a time budget (10
 * minutes, --quick 2), and these lines show where its minutes go.
 */
export async function step<T>(ctx: BenchContext, name: string, run: () => T | Promise<T>): Promise<T> {
  const startedAt = performance.now();
  try {
    return await run();
  } finally {
    ctx.log(`  ${name}: ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  }
}

/** Repetitions: `full` normally, `quick` with --quick. */
export const reps = (ctx: BenchContext, full: number, quick = Math.max(2, Math.ceil(full / 5))) => (ctx.quick ? quick : full);
