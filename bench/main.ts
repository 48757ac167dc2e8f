import '../core/production-react'; // first: before anything loads React
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { areas } from './areas';
import { buildRenderer } from './areas/bundle';
import type { BenchContext } from './context';
import { generateDataset } from './dataset/generate';
import { formatTable, info, notMeasurable, type Result } from './report';

/**
 * `npm run bench [-- --json] [--quick] [--only NAME,…] [--keep]`: generate the dataset (fixed
 * seed, not timed), run every area in turn, print a table — or, with --json, exactly one JSON
 * object `{ "results": [...] }` on stdout. Progress goes to stderr.
 */
const USAGE = `Usage: npm run bench -- [--json] [--quick] [--only AREA,…] [--keep]

  --json     print one JSON object { "results": [...] } instead of the table
  --quick    fewer repetitions (to try the benchmark; the figures are noisier)
  --only     run only these areas: ${areas.map((a) => a.id).join(', ')}
  --keep     keep the temp folder (database, PDFs, trip files) and print where it is`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = only?.filter((id) => !areas.some((a) => a.id === id)) ?? [];
  if (unknown.length) {
    console.error(`bench: unknown area ${unknown.join(', ')} (known: ${areas.map((a) => a.id).join(', ')})`);
    return 2;
  }
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-bench-'));
  const started = performance.now();
  const durations: string[] = [];
  // Other work on the machine inflates every figure; the load says how much to trust them.
  const results: Result[] = [info(`machine load at start (1-min average, ${os.cpus().length} cores)`, os.loadavg()[0]!, '')];
  try {
    log(`Generating the dataset in ${dir} …`);
    const t = performance.now();
    // The renderer builds in a child process meanwhile (both untimed), and is done before any
    // area starts timing: nothing else may run while an area measures.
    const rendererBuild = !only || only.some((id) => id === 'bundle' || id === 'ui') ? buildRenderer(dir) : null;
    const dataset = generateDataset(dir);
    log(`  ${Object.entries(dataset.counts).map(([k, v]) => `${v} ${k}`).join(', ')} (${((performance.now() - t) / 1000).toFixed(1)} s, not timed)`);
    await rendererBuild;
    const ctx: BenchContext = { dataset, dir, log, quick: values.quick };
    durations.push(`dataset ${((performance.now() - t) / 1000).toFixed(0)} s`);
    for (const area of areas) {
      if (only && !only.includes(area.id)) continue;
      log(`${area.name} …`);
      const t0 = performance.now();
      try {
        results.push(...(await area.run(ctx)));
      } catch (error) {
        // One broken area must not hide the others' figures.
        log(`  failed: ${(error as Error).stack ?? String(error)}`);
        results.push(notMeasurable(area.name, '', 'all its figures', `it failed: ${(error as Error).message.split('\n')[0]}`));
      }
      log(`  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
      durations.push(`${area.id} ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    if (values.keep) log(`Kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  // Where the run's time went, in one line: the whole bench must stay under 10 minutes (--quick: 2).
  log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s (${durations.join(', ')}).`);
  if (values.json) process.stdout.write(`${JSON.stringify({ results })}\n`);
  else process.stdout.write(`${formatTable(results)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
