import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';

/**
 * The safety tests use the sharing tests' helpers (real SQLite files in temp folders, the demo
 * delegations, a hash of every table's rows) plus a few of their own.
 */
export { call, databaseHash, demoCore, exportText, freshCore, JINAN_ID, ok, tempDir, WUXI_ID } from '../sharing/helpers';

const connections: Database.Database[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) if (db.open) db.close();
});

/** Close an extra connection after the test (before its temp folder is removed). */
export function onCleanupDb(db: Database.Database): void {
  connections.push(db);
}
