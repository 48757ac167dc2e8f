import type Database from 'better-sqlite3';
import { StartupError } from './errors';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';

/**
 * Bring the schema to the latest version. Each migration runs in its own transaction together
 * with its `user_version` bump, so a failure leaves the file at the previous complete version.
 * A file from a newer app version is refused rather than half-understood.
 */
export function migrate(db: Database.Database, file: string, steps: readonly Migration[] = migrations): void {
  const current = assertNotNewer(db, file, steps);
  for (const step of steps.slice(current)) {
    const run = db.transaction(() => {
      db.exec(step.up);
      step.data?.(db);
      db.pragma(`user_version = ${step.version}`);
    });
    try {
      run();
    } catch (error) {
      throw new StartupError(
        'db_migration_failed',
        `Could not upgrade ${file} to data version ${step.version} (${step.name}): ${(error as Error).message}. The file is unchanged.`,
      );
    }
  }
}

/**
 * Refuse a file saved by a newer app version; returns the file's data version otherwise.
 * Only reads: openDatabase calls it before any pragma that writes to the file (journal_mode =
 * WAL rewrites the header), so a refused newer file is left byte-for-byte unchanged.
 */
export function assertNotNewer(db: Database.Database, file: string, steps: readonly Migration[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = steps.length;
  if (current > latest) {
    throw new StartupError(
      'db_newer',
      `${file} was saved by a newer version of Delegation Planner (data version ${current}, this app reads up to ${latest}). Update the app to open it.`,
    );
  }
  return current;
}
