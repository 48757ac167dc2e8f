import type { ApiResult } from '../shared/api/result';
import { openDatabase } from './db/open';
import { dispatch } from './api/dispatch';
import type Database from 'better-sqlite3';

/**
 * The core: one open database plus the operations of the API contract. Electron's main process,
 * the CLI, the browser-mode server and the tests all go through this object.
 */
export interface Core {
  readonly dbPath: string;
  /** Validate `input` against the contract entry `name` and run it. Never throws. */
  dispatch(name: string, input: unknown): ApiResult<unknown>;
  /** The raw handle, for the CLI's and tests' direct needs (backups, fixtures). */
  readonly db: Database.Database;
  close(): void;
}

/** Open (creating and migrating if needed) the database at `dbPath`. Throws StartupError. */
export function openCore(dbPath: string): Core {
  const db = openDatabase(dbPath);
  return {
    dbPath,
    db,
    dispatch: (name, input) => dispatch(db, name, input),
    close: () => db.close(),
  };
}
