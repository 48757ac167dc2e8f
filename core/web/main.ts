import '../production-react'; // first: before anything loads React
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openCore, StartupError, type Core } from '../index';
import { lazyChromiumPrinter, type LazyPrinter } from '../chromium-printer';
import { passphraseFor } from '../terminal-passphrase';
import { startWebServer, type WebServer } from './server';
import { dataDir, dataFilePath, DATA_DIR_ENV, electronUserDataDir } from '../data-location';

/**
 * `npm run web [-- --db FILE] [--port N]`: run Delegation Planner in a browser instead of
 * Electron. Without --db it opens the desktop app's own data file (data-location.ts), creating
 * it and its folder on the first start. Prints one line `Delegation Planner is running at <url>` once the server listens;
 * scripts and tests wait for that line (the URL is its last word).
 *
 * Exit codes: 0 after Ctrl+C / SIGTERM, 2 for bad arguments or a database or port that cannot
 * be used (one line on stderr), 1 for anything unexpected.
 */

const USAGE = `Usage: npm run web [-- --db FILE] [--port N]

Run Delegation Planner in your web browser, on this computer only.

Options:
  --db FILE            The data file to open (created if it does not exist). Default: the
                       desktop app's data file in your user folder (or in $${DATA_DIR_ENV}).
  --port N             Port to listen on at 127.0.0.1 (default: any free port).
  --renderer-dir DIR   Folder of the built user interface (default: dist/renderer).
  -h, --help           Show this help.

Open the printed link in a browser. It contains a key that is new on every start,
so links from earlier runs stop working.`;

export const READY_PREFIX = 'Delegation Planner is running at ';

const DEFAULT_RENDERER_DIR = path.resolve(import.meta.dirname, '../../dist/renderer');

class UsageError extends Error {}

interface Options {
  db: string;
  /** True when the data file is the per-user default (its folder is created if missing). */
  defaultDb: boolean;
  port: number;
  rendererDir: string;
}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        'renderer-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || !Number.isInteger(port) || port > 65_535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  }
  const rendererDir = path.resolve(values['renderer-dir'] ?? DEFAULT_RENDERER_DIR);
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new UsageError(
      `The user interface is not built (no index.html in ${rendererDir}); run npm run build:renderer`,
    );
  }
  if (values.db !== undefined && values.db.trim() === '') throw new UsageError('--db needs a file name');
  const db = values.db === undefined ? dataFilePath(dataDir(electronUserDataDir())) : path.resolve(values.db);
  return { db, defaultDb: values.db === undefined, port, rendererDir };
}

function openDatabase(dbPath: string, printer: LazyPrinter): Core {
  try {
    // PDFs ('documents:pdf') are printed by this machine's Chromium, started when the page asks
    // ('documents:warmUp', once it is idle) or else on the first print.
    return openCore(dbPath, { printPdf: printer.printPdf, warmUpPrinter: printer.warmUp }, { passphrase: passphraseFor(dbPath), purgeOnOpen: true });
  } catch (error) {
    if (error instanceof StartupError) throw new UsageError(error.message);
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Could not open ${dbPath}: ${reason}`);
  }
}

async function startServer(core: Core, options: Options): Promise<WebServer> {
  try {
    return await startWebServer({
      core,
      port: options.port,
      rendererDir: options.rendererDir,
      backgroundSync: () => core.maintenance.startBackgroundSync(),
      onError: (error) => console.error('Request failed:', error),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new UsageError(`Port ${options.port} is in use; choose another with --port, or leave it out`);
    }
    if (code === 'EACCES') throw new UsageError(`Not allowed to listen on port ${options.port}`);
    throw error;
  }
}

async function main(argv: string[]): Promise<void> {
  const options = parseOptions(argv);
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const printer = lazyChromiumPrinter();
  // Only the per-user folder is created: a --db in a missing folder is refused by openCore (a
  // mistyped or unplugged folder must not silently start an empty database).
  if (options.defaultDb) mkdirSync(path.dirname(options.db), { recursive: true });
  const core = openDatabase(options.db, printer);
  let server: WebServer;
  try {
    server = await startServer(core, options);
  } catch (error) {
    core.close();
    throw error;
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130); // a second Ctrl+C: the user wants out now
    stopping = true;
    console.log(`\nStopping (${signal})…`);
    server
      .close()
      .finally(() => core.close())
      .finally(() => printer.close())
      .then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`Data file: ${options.db}`);
  const demo = core.dispatch('demo:status', {});
  if (demo.ok && demo.value.offered) {
    console.log('The data file is empty: the page offers the two demo delegations (one click, removable).');
  }
  console.log(`${READY_PREFIX}${server.url}`);
  console.log('Press Ctrl+C to stop.');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`delegation-planner web: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
