import type { AsyncOperationName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { dispatch, type DispatchResult } from './api/dispatch';
import type { CoreEnvironment } from './api/deferred';
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
  /** The raw handle, for the CLI's and tests' direct needs (backups, fixtures). */
  readonly db: Database.Database;
  close(): void;
}

/**
 * Open (creating and migrating if needed) the database at `dbPath`. Throws StartupError.
 * `environment.printPdf` is the PDF printer 'documents:pdf' uses (none: that operation fails).
 * `options.passphrase`: the key of an encrypted file (db/cipher.ts).
 */
export function openCore(dbPath: string, environment: CoreEnvironment = {}, options: OpenDatabaseOptions = {}): Core {
  const db = openDatabase(dbPath, options);
  return {
    dbPath,
    db,
    dispatch: (name: string, input: unknown) => dispatch(db, name, input, environment) as ApiResult<unknown>,
    close: () => db.close(),
  };
}
