/** One step of the schema. `up` runs inside a transaction together with the version bump. */
export interface Migration {
  /** Equals the `PRAGMA user_version` after this migration ran; versions are 1, 2, 3… */
  version: number;
  name: string;
  up: string;
}
