/**
 * A database that cannot be opened as this app's data file. The message is written for the
 * person at the keyboard (one line, says what to do); `code` lets callers choose an exit code.
 */
export type StartupErrorCode =
  | 'db_newer' // made by a newer version of the app
  | 'db_not_a_database' // not an SQLite file, or corrupt
  | 'db_unreadable' // missing folder, no permission, locked
  | 'db_migration_failed'
  | 'db_wrong_passphrase' // encrypted with another passphrase
  | 'db_not_encrypted'; // a passphrase was given for a plain file

export class StartupError extends Error {
  constructor(
    readonly code: StartupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}
