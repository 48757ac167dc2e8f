import type Database from 'better-sqlite3';

/** One step of the schema. `up` runs inside a transaction together with the version bump. */
export interface Migration {
  /** Equals the `PRAGMA user_version` after this migration ran; versions are 1, 2, 3… */
  version: number;
  name: string;
  up: string;
  /**
   * Data changes SQL alone cannot express (Unicode folding), run after `up` in the same
   * transaction. Must be deterministic and self-contained: it runs on files of any age.
   */
  data?: (db: Database.Database) => void;
}
