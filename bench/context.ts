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

/** Repetitions: `full` normally, `quick` with --quick. */
export const reps = (ctx: BenchContext, full: number, quick = Math.max(2, Math.ceil(full / 5))) => (ctx.quick ? quick : full);
