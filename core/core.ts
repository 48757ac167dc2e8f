import type { AsyncOperationName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { dispatch, type DispatchResult } from './api/dispatch';
import type { CoreEnvironment } from './api/deferred';
import { restoreOverDamagedFile } from './api/restore-damaged';
import { purgeExpired } from './services/privacy/retention';
import { compactAfterErasure, erasedSomething } from './services/privacy/secure-delete';
import type Database from 'better-sqlite3';

export type { AnyDispatch, DispatchResult } from './api/dispatch';
export type { CoreEnvironment, PrintPdf } from './api/deferred';

/**
 * The core: one open database plus the operations of the API contract. Electron's main process,
 * the CLI, the browser-mode server and the tests all go through this object.
 */
export interface Core {
  readonly dbPath: string;
  /**
   * Validate `input` against the contract entry `name` and run it. Never throws. Answers at once,
   * except an async operation (ASYNC_OPERATIONS, e.g. 'documents:pdf'), which may answer with a
   * promise: transports await every answer (see AnyDispatch in api/dispatch.ts).
   */
  dispatch(name: AsyncOperationName, input: unknown): DispatchResult;
  dispatch(name: string, input: unknown): ApiResult<unknown>;
  /** The raw handle, for the CLI's and tests' direct needs (backups, fixtures). A restore over a damaged file replaces it. */
  readonly db: Database.Database;
  close(): void;
}

export interface OpenCoreOptions extends OpenDatabaseOptions {
  /**
   * Run the personal-data retention purge (Settings → Personal data) right after opening. The
   * desktop app and the browser mode do; the CLI does not (a `trips` or `pdf` run must not
   * erase data as a side effect: `privacy purge` does it when asked).
   */
  purgeOnOpen?: boolean;
}

/**
 * Open (creating and migrating if needed) the database at `dbPath`. Throws StartupError.
 * `environment.printPdf` is the PDF printer 'documents:pdf' uses (none: that operation fails).
 * `options.passphrase`: the key of an encrypted file (db/cipher.ts).
 */
export function openCore(dbPath: string, environment: CoreEnvironment = {}, options: OpenCoreOptions = {}): Core {
  let db = openDatabase(dbPath, options);
  if (options.purgeOnOpen) {
    try {
      const purged = db.transaction(() => purgeExpired(db, 'start')).immediate();
      if (erasedSomething(purged)) compactAfterErasure(db);
    } catch (error) {
      // A busy or read-only file must not stop the app from starting; the next start, or
      // Settings → "Review and erase now", tries again.
      console.warn(`Delegation Planner: the personal-data purge at start failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const reopen = (passphrase: string | undefined) => {
    db = openDatabase(dbPath, { ...options, passphrase });
  };
  return {
    dbPath,
    get db() {
      return db;
    },
    dispatch: (name: string, input: unknown) =>
      (name === 'backups:restore' ? restoreOverDamagedFile(db, input, reopen) : null) ??
      (dispatch(db, name, input, environment) as ApiResult<unknown>),
    close: () => db.close(),
  };
}
