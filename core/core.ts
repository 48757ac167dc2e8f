import type Database from 'better-sqlite3';
import type { OperationName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import { openDatabase, type OpenDatabaseOptions } from './db/open';
import { createBackup, restoreBackup } from './db/backup';
import type { BackupFile } from './db/backup-files';
import { seedDemo } from './demo';
import { dispatch, type DispatchAnswer } from './api/dispatch';
import type { CoreEnvironment } from './api/deferred';
import { restoreOverDamagedFile } from './api/restore-damaged';
import { purgeExpired } from './services/privacy/retention';
import { compactAfterErasure, erasedSomething } from './services/privacy/secure-delete';
import { startBackgroundSync } from './sync/background';
import { shareTrip, syncOnce, type Team } from './sync/sync';
import { setAddressBookSharing } from './sync/address-book';
import { LiveSync, type LiveSyncOptions } from './sync/live';
import { RAW_DATABASE } from './db/raw-handle';

export type { AnyDispatch, DispatchAnswer, DispatchResult } from './api/dispatch';
export type { CoreEnvironment, PrintPdf } from './api/deferred';

/**
 * The few things done to the database file that are not contract operations, because only a
 * program on the same machine as the file may ask for them (the CLI names arbitrary paths).
 * Narrow on purpose: the raw handle stays inside the core, so the core can live in another
 * process (the desktop app's core process) without its callers changing.
 */
export interface CoreMaintenance {
  /** An online backup into `<folder of the database>/backups`, or to `out` (must not exist). */
  backup(options?: { out?: string }): BackupFile;
  /** Replace all data with a backup file's anywhere on disk; the current data is kept aside first. */
  restoreFrom(backupFile: string): ReturnType<typeof restoreBackup>;
  /** The two demo delegations (idempotent). */
  seedDemo(): { created: boolean };
  /**
   * Answer at once when another program holds the write lock, instead of waiting busy_timeout
   * synchronously (the browser-mode server waits asynchronously itself: core/web/lock-wait.ts).
   */
  failFastWhenBusy(): void;
  /** Team sync in the background (core/sync/background.ts) while the app runs; returns its stop. */
  startBackgroundSync(): () => void;
  /** Team sync driven by the CLI's `share` and `sync` (core/sync): one share, one round, or the live loop. */
  teamSync: {
    share(tripId: string, team: Team, sharedBy: string): Promise<void>;
    once(team: Team, tripId?: string): Promise<string[]>;
    /** Turn on "Share the address book with the team" for this team's server. */
    shareAddressBook(team: Team): void;
    live(team: Team, options?: LiveSyncOptions): LiveSync;
  };
}

/**
 * The core: one open database plus the operations of the API contract. The desktop app's core
 * process, the CLI, the browser-mode server and the tests all go through this object.
 */
export interface Core {
  readonly dbPath: string;
  /**
   * Validate `input` against the contract entry `name` and run it. Never throws. Answers at once,
   * except an async operation (mode 'async', e.g. 'documents:pdf'), which may answer with a
   * promise: transports await every answer (see AnyDispatch in api/dispatch.ts). The answer is
   * typed by the operation's contract entry.
   */
  dispatch<K extends OperationName>(name: K, input: unknown): DispatchAnswer<K>;
  dispatch(name: string, input: unknown): ApiResult<unknown>;
  readonly maintenance: CoreMaintenance;
  close(): void;
}

/** A core opened in this process: tests and benchmarks may reach its handle through db/raw-handle.ts. */
export interface LocalCore extends Core {
  readonly [RAW_DATABASE]: Database.Database;
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
export function openCore(dbPath: string, environment: CoreEnvironment = {}, options: OpenCoreOptions = {}): LocalCore {
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
  // A restore over a damaged file closes the handle and opens the restored file in its place.
  const reopen = (passphrase: string | undefined) => {
    db = openDatabase(dbPath, { ...options, passphrase });
  };
  return {
    dbPath,
    get [RAW_DATABASE]() {
      return db;
    },
    dispatch: (name: string, input: unknown) =>
      (name === 'backups:restore' ? restoreOverDamagedFile(db, input, reopen) : null) ??
      (dispatch(db, name, input, environment) as ApiResult<unknown>),
    maintenance: {
      backup: ({ out } = {}) => createBackup(db, 'manual', out ? { out } : {}),
      restoreFrom: (backupFile) => restoreBackup(db, backupFile),
      seedDemo: () => ({ created: seedDemo(db).created }),
      failFastWhenBusy: () => {
        db.pragma('busy_timeout = 0');
      },
      startBackgroundSync: () => startBackgroundSync(db),
      teamSync: {
        share: (tripId, team, sharedBy) => shareTrip(db, tripId, team, sharedBy),
        once: (team, tripId) => syncOnce(db, team, tripId),
        shareAddressBook: (team) => setAddressBookSharing(db, team.url),
        live: (team, options) => new LiveSync(db, team, options),
      },
    },
    close: () => db.close(),
  };
}
