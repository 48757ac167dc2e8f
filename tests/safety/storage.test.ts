import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/api/dispatch';
import { fold } from '../../shared/text/fold';
import { searchIndexIsCurrent } from '../../core/services/search-index';
import type { Core } from '../../core/core';
import type { ApiResult } from '../../shared/api/result';
import { databaseHash, demoCore, JINAN_ID, onCleanupDb, WUXI_ID } from './helpers';
import { databaseOf, RAW_DATABASE } from '../../core/db/raw-handle';

/**
 * The disk fills up, the file is read-only, another program holds the database: every write
 * fails with a 'storage' message a person can act on (one line, no SQL, no stack) and leaves the
 * database exactly as it was — including multi-row operations that had already written some
 * rows when the failure hit (the transaction takes them back). Startup failures (newer version,
 * damaged file, missing folder) are covered in tests/core/migrations.test.ts.
 */

/** Operations that write many rows in one go, and one that writes a single row. */
const writes = {
  'trips:duplicate': { id: JINAN_ID, startDate: '2019-10-28', title: 'Jinan again' },
  'members:copyFromTrip': { fromTripId: JINAN_ID, toTripId: WUXI_ID },
  'members:create': { tripId: WUXI_ID, name: 'Elin Sjöö', notes: 'Lång anteckning '.repeat(1_000) },
  'items:update': null, // filled in per core: the first item of the Jinan trip
} as const;

/**
 * Make the Jinan members' rows large, so that copying or duplicating them needs new pages (a
 * full disk only refuses writes that need more space; small rows still fit in half-empty pages).
 */
function enlargeRows(core: Core): void {
  const ids = databaseOf(core).prepare('SELECT id FROM members WHERE trip_id = ?').all(JINAN_ID) as { id: string }[];
  for (const { id } of ids) core.dispatch('members:update', { id, patch: { notes: 'Anteckning 笔记 '.repeat(300) } });
}

function writeOperations(core: Core): [string, unknown][] {
  const firstItem = databaseOf(core).prepare('SELECT id FROM items WHERE trip_id = ? LIMIT 1').get(JINAN_ID) as { id: string };
  return Object.entries(writes).map(([name, input]) => [
    name,
    input ?? { id: firstItem.id, patch: { title: 'Besök på Hi-tech zone 高新区', description: 'x'.repeat(10_000) } },
  ]);
}

function expectStorageFailure(result: ApiResult<unknown>, message: RegExp, label = ''): void {
  expect(result.ok, `${label} should have failed`).toBe(false);
  if (result.ok) return;
  expect(result.error.code, `${label}: ${result.error.message}`).toBe('storage');
  expect(result.error.message).toMatch(message);
  expect(result.error.message).toMatch(/nothing was saved/);
  expect(result.error.message.split('\n')).toHaveLength(1);
  expect(result.error.message).not.toMatch(/SQLITE|at .*\.ts:|\bsql\b/i);
}

describe('disk full (SQLITE_FULL, simulated with PRAGMA max_page_count)', () => {
  // Audit, issue 15: the address book and search used to bring their index up to date while
  // reading, so with a full disk they answered "The disk is full". Reads never write.
  it('still lists and searches contacts, writing nothing, when the index is stale and the disk full', () => {
    const core = demoCore();
    expect(core.dispatch('contacts:list', { query: '' }).ok).toBe(true); // the index is current here
    // Another program (the CLI) adds contacts: this connection's index no longer covers them.
    const other = new Database(core.dbPath);
    onCleanupDb(other);
    const insert = other.prepare(
      `INSERT INTO contacts (id, name, native_name, title, role, created_at, updated_at)
       VALUES (lower(hex(randomblob(4))) || '-0000-4000-8000-' || lower(hex(randomblob(6))), ?, '王伟', 'Tolk', 'other', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    );
    other.transaction(() => {
      for (let i = 0; i < 300; i++) insert.run(`Wang Wei ${i} ${'Ö'.repeat(40)}`);
    })();
    other.close();

    const pages = databaseOf(core).pragma('page_count', { simple: true }) as number;
    databaseOf(core).pragma(`max_page_count = ${pages}`);
    const before = databaseHash(core);
    const listed = core.dispatch('contacts:list', { query: 'wang wei 29', limit: 100 });
    expect(listed.ok, JSON.stringify(listed)).toBe(true);
    if (listed.ok) expect((listed.value as { total: number }).total).toBe(11); // 29, 290–299
    const found = core.dispatch('search:global', { query: 'wang wei 1', limit: 200 });
    expect(found.ok, JSON.stringify(found)).toBe(true);
    if (found.ok) expect((found.value as unknown[]).length).toBe(111); // 1, 10–19, 100–199
    expect(databaseHash(core)).toBe(before);
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');

    // Space again: the next read brings the index up to date (a separate write), and uses it.
    databaseOf(core).pragma('max_page_count = 1073741823');
    expect(core.dispatch('contacts:list', { query: 'wang wei 29', limit: 100 })).toMatchObject({ ok: true, value: { total: 11 } });
    expect(searchIndexIsCurrent(databaseOf(core))).toBe(true);
  });

  it('refuses every write with a clear message and no partial rows, then works again with space', () => {
    const core = demoCore();
    enlargeRows(core);
    const operations = writeOperations(core);
    // The file may not grow by a single page: a full disk, as SQLite experiences it.
    const pages = databaseOf(core).pragma('page_count', { simple: true }) as number;
    databaseOf(core).pragma(`max_page_count = ${pages}`);
    const before = databaseHash(core);
    for (const [name, input] of operations) {
      expectStorageFailure(core.dispatch(name, input), /disk is full/, name);
      expect(databaseHash(core), `${name} left something behind`).toBe(before);
    }
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');

    // Space again: the very same operations succeed, so the failure was the disk and only that.
    databaseOf(core).pragma('max_page_count = 1073741823');
    for (const [name, input] of operations) expect(core.dispatch(name, input).ok, name).toBe(true);
  });

  it('takes back the rows a multi-row operation had already written when the disk filled up', () => {
    const core = demoCore();
    const pages = databaseOf(core).pragma('page_count', { simple: true }) as number;
    // Room for a few pages: the duplicate starts writing (trip, members…) and runs out midway.
    databaseOf(core).pragma(`max_page_count = ${pages + 3}`);
    const before = databaseHash(core);
    const result = core.dispatch('trips:duplicate', writes['trips:duplicate']);
    expectStorageFailure(result, /disk is full/);
    expect(databaseHash(core)).toBe(before);
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('read-only database file', () => {
  it('refuses writes through a read-only connection with a clear message, and reads still work', () => {
    const core = demoCore();
    core.close();
    // As the app would see a file it may read but not write (tests run as root, where chmod
    // does not stop writes, so the connection itself is read-only).
    const readonly = new Database(core.dbPath, { readonly: true, fileMustExist: true });
    onCleanupDb(readonly);
    readonly.function('fold', { deterministic: true }, (value: unknown) => (typeof value === 'string' ? fold(value) : value));
    const hashBefore = hashOf(readonly);
    for (const [name, input] of writeOperations({ [RAW_DATABASE]: readonly } as unknown as Core)) {
      expectStorageFailure(dispatch(readonly, name, input), /cannot be written \(read-only or moved\)/, name);
    }
    expect(hashOf(readonly)).toBe(hashBefore);
    const listed = dispatch(readonly, 'trips:list', {});
    expect(listed.ok && (listed.value as unknown[]).length).toBe(2);
  });

  it('refuses writes when the connection turns read-only while the app runs (query_only)', () => {
    const core = demoCore();
    databaseOf(core).pragma('query_only = ON');
    const before = databaseHash(core);
    for (const [name, input] of writeOperations(core)) {
      expectStorageFailure(core.dispatch(name, input), /cannot be written/);
    }
    expect(databaseHash(core)).toBe(before);
  });
});

describe('database locked by another program', () => {
  it('answers "busy" after the timeout, writes nothing, and succeeds once the lock is gone', () => {
    const core = demoCore();
    // The app waits 5 s for a lock; the test does not need to.
    databaseOf(core).pragma('busy_timeout = 50');
    const other = new Database(core.dbPath);
    onCleanupDb(other);
    other.exec('BEGIN EXCLUSIVE');
    const before = databaseHash(core); // WAL: reading works while another connection writes
    for (const [name, input] of writeOperations(core)) {
      expectStorageFailure(core.dispatch(name, input), /busy in another program/);
    }
    expect(databaseHash(core)).toBe(before);
    other.exec('ROLLBACK');
    for (const [name, input] of writeOperations(core)) expect(core.dispatch(name, input).ok, name).toBe(true);
  });

  // Writes run as BEGIN IMMEDIATE (core/api/dispatch.ts), which waits for the lock up to
  // busy_timeout; a deferred transaction would read first and then fail with BUSY at once.
  it('waits for a short lock instead of failing (busy_timeout)', async () => {
    const core = demoCore();
    databaseOf(core).pragma('busy_timeout = 5000');
    // Another process holds the write lock for 300 ms; the core's write must wait, not fail.
    // (The release must come from elsewhere: the core's wait blocks this thread.)
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(process.argv[1]);d.exec('BEGIN IMMEDIATE');process.stdout.write('locked\\n');setTimeout(()=>{d.exec('ROLLBACK');d.close()},300)`,
        core.dbPath,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
    const result = core.dispatch('members:create', { tripId: WUXI_ID, name: 'Väntar på låset' });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    await new Promise((resolve) => holder.once('exit', resolve));
  });
});

function hashOf(db: Database.Database): string {
  return databaseHash({ [RAW_DATABASE]: db } as unknown as Core);
}
