import type { PageSettings } from '../documents/page-settings';

/**
 * Asynchronous operations. SQLite work stays synchronous (better-sqlite3 transactions must never
 * await), so an async handler is split in two: inside the transaction it reads what it needs
 * (a consistent snapshot) and answers with `afterTransaction(run)`; dispatch commits, then awaits
 * `run` with the core's environment. Only operations whose contract entry is `asyncRead` may do this.
 */

/** Print one self-contained HTML page to PDF with the given page settings. */
export type PrintPdf = (html: string, page: PageSettings) => Promise<Uint8Array>;

/** What the core is opened with for the work outside the database. */
export interface CoreEnvironment {
  /**
   * The PDF printer of this process: Chromium through Playwright (CLI, browser mode, tests) or
   * Electron's printToPDF (the app). Absent: 'documents:pdf' fails with a message saying so.
   */
  printPdf?: PrintPdf;
  /**
   * Start that printer ahead of the first print ('documents:warmUp', asked by the app once it is
   * idle). Absent where warming up makes no sense (the CLI prints at most once per run).
   */
  warmUpPrinter?: () => Promise<void>;
  /**
   * The desktop app's database key (electron/database-key.ts: made on first use and kept with
   * safeStorage), for 'database:encrypt'. Absent (browser mode): the user types a passphrase.
   */
  databaseKey?: () => string | Promise<string>;
}

/** The rest of an operation's work, to run after its transaction has committed. */
export class Deferred<T> {
  constructor(readonly run: (environment: CoreEnvironment) => Promise<T>) {}
}

export const afterTransaction = <T>(run: (environment: CoreEnvironment) => Promise<T>): Deferred<T> => new Deferred(run);
