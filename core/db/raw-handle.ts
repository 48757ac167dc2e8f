import type Database from 'better-sqlite3';

/**
 * The raw database handle of a core opened in this process, for tests and benchmarks that set up
 * or inspect a file directly. Nothing in the program uses it (ESLint forbids importing this
 * module outside core/, tests/, bench/ and scripts/): the program talks to the core through its
 * operations and its maintenance interface, which also work when the core runs in another process.
 */
export const RAW_DATABASE: unique symbol = Symbol('raw database handle');

export function databaseOf(core: object): Database.Database {
  const db = (core as { [RAW_DATABASE]?: Database.Database })[RAW_DATABASE];
  if (!db) throw new Error('This core runs in another process: it has no database handle here');
  return db;
}
