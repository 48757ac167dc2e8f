import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import { openCore, type Core } from '../../core/core';
import type { ApiError, ApiResult } from '../../shared/api/result';
import type { OperationInput, OperationName, OperationResult } from '../../shared/api/contract';
import { databaseOf } from '../../core/db/raw-handle';

export { databaseOf };

/**
 * Integration-test helpers: every test gets its own real SQLite file in a fresh temp folder,
 * removed after the test. No mocks: the core is opened exactly as the app opens it.
 */

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length) {
    try {
      cleanups.pop()!();
    } catch {
      // Cleanup must never mask the test's own failure.
    }
  }
});

/** A new empty folder under the OS temp dir, removed after the current test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dp-test-${randomBytes(4).toString('hex')}-`));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A path for a database file that does not exist yet, in a fresh temp folder. */
export function tempDbPath(name = 'planner.db'): string {
  return path.join(tempDir(), name);
}

/** Register something to close/remove after the current test (runs before the folder goes). */
export function onCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** A fresh core on its own temp file, closed after the test. */
export function freshCore(file = tempDbPath()): Core {
  const core = openCore(file);
  onCleanup(() => {
    if (databaseOf(core).open) core.close();
  });
  return core;
}

/** Narrow an ApiResult to its value, failing the test with the error when it is not ok. */
export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) {
    expect.fail(`expected ok, got ${result.error.code}: ${result.error.message}`);
  }
  return result.value;
}

/** Narrow an ApiResult to its error, failing the test when it succeeded. */
export function expectError<T>(result: ApiResult<T>, code?: ApiError['code']): ApiError {
  if (result.ok) {
    expect.fail(`expected an error${code ? ` (${code})` : ''}, got ok: ${JSON.stringify(result.value).slice(0, 300)}`);
  }
  if (code) expect(result.error.code, result.error.message).toBe(code);
  return result.error;
}

/** Typed call through the public API (the same entry every transport uses). */
export function call<K extends OperationName>(
  core: Core,
  name: K,
  input: OperationInput<K>,
): ApiResult<OperationResult<K>> {
  return core.dispatch(name, input) as ApiResult<OperationResult<K>>;
}

/** Typed call that must succeed. */
export function ok<K extends OperationName>(core: Core, name: K, input: OperationInput<K>): OperationResult<K> {
  return expectOk(call(core, name, input));
}

// ---- Fixtures -----------------------------------------------------------------------------

export function makeTrip(core: Core, overrides: Partial<OperationInput<'trips:create'>> = {}) {
  return ok(core, 'trips:create', {
    title: 'Jinan friendship visit',
    direction: 'outgoing',
    startDate: '2017-10-27',
    endDate: '2017-11-03',
    destinations: [{ city: 'Jinan', nativeName: '济南', country: 'cn', timeZone: 'Asia/Shanghai' }],
    ...overrides,
  });
}

export function makeMember(core: Core, tripId: string, name: string, overrides: Partial<OperationInput<'members:create'>> = {}) {
  return ok(core, 'members:create', { tripId, name, ...overrides });
}

export function makeItem(core: Core, tripId: string, overrides: Partial<OperationInput<'items:create'>> = {}) {
  return ok(core, 'items:create', {
    tripId,
    kind: 'meeting',
    title: 'Meeting with the mayor',
    startLocal: '2017-10-30T09:30',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-10-30T11:00',
    ...overrides,
  });
}

/** Count rows of a table straight from SQLite (what is really stored). */
export function countRows(core: Core, table: string, where = '1', ...params: unknown[]): number {
  return (databaseOf(core).prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as { n: number }).n;
}

/** A random UUID that names nothing in the database. */
export const unknownId = '00000000-0000-4000-8000-000000000000';

/** A plain connection for inspecting a file the way a test needs (no core), closed after the test. */
export function openRaw(file: string, options?: Database.Options): Database.Database {
  const db = new Database(file, options);
  onCleanup(() => db.open && db.close());
  return db;
}

/** The file's own tables (not SQLite's), by name. */
export function userTables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
    name: string;
  }[]).map((r) => r.name);
}
