import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { backupOnOpen, BACKUPS_KEPT, createBackup, listBackupFiles } from '../../core/db/backup';
import { backupFileName } from '../../core/db/backup-files';
import { StartupError } from '../../core/db/errors';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import type { BackupList } from '../../shared/domain/backup';
import { cli } from '../sharing/helpers';
import { call, databaseHash, demoCore, freshCore, JINAN_ID, ok, onCleanupDb, tempDir } from './helpers';
import { databaseOf, RAW_DATABASE } from '../../core/db/raw-handle';

/**
 * Backups (core/db/backup.ts): taken with SQLite's VACUUM INTO on start (at most daily), before
 * every migration and on request; the last BACKUPS_KEPT kept; restored in the app (backups:*
 * operations) and the CLI, always keeping the current data aside first and checking the backup.
 */
const hashOfFile = (file: string) => {
  const db = new Database(file, { readonly: true });
  onCleanupDb(db);
  return databaseHash({ [RAW_DATABASE]: db } as unknown as Core);
};

function reopen(core: Core): Core {
  core.close();
  const again = openCore(core.dbPath);
  onCleanupDb(databaseOf(again));
  return again;
}

describe('taking backups', () => {
  it('writes a checked, complete copy named with time, schema version and reason', () => {
    const core = demoCore();
    const backup = createBackup(databaseOf(core), 'manual', { now: new Date('2024-05-01T10:15:00.123Z') });
    expect(backup.name).toBe(`planner.2024-05-01T10-15-00.123Z.v${LATEST_SCHEMA_VERSION}.manual.sqlite`);
    expect(path.dirname(backup.path)).toBe(path.join(path.dirname(core.dbPath), 'backups'));
    expect(hashOfFile(backup.path)).toBe(databaseHash(core));
    expect(fs.readdirSync(path.dirname(backup.path)).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('can be taken inside an operation’s transaction (backups:create), from a second connection', () => {
    const core = demoCore();
    const made = ok(core, 'backups:create', {});
    const list = ok(core, 'backups:list', {}) as BackupList;
    expect(list.backups.map((b) => b.name)).toContain(made.name);
    expect(made).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(made.bytes).toBeGreaterThan(10_000);
    expect(hashOfFile(path.join(list.folder, made.name))).toBe(databaseHash(core));
  });

  it(`keeps the newest ${BACKUPS_KEPT}, but never deletes a copy kept aside before a restore`, () => {
    const core = freshCore();
    const start = Date.parse('2024-01-01T00:00:00Z');
    createBackup(databaseOf(core), 'before-restore', { now: new Date(start - 1000) });
    for (let day = 0; day < BACKUPS_KEPT + 3; day += 1) createBackup(databaseOf(core), 'daily', { now: new Date(start + day * 86_400_000) });
    const left = listBackupFiles(core.dbPath);
    expect(left.filter((b) => b.reason === 'daily')).toHaveLength(BACKUPS_KEPT);
    expect(left.filter((b) => b.reason === 'daily').at(-1)!.createdAt).toBe(new Date(start + 3 * 86_400_000).toISOString());
    expect(left.filter((b) => b.reason === 'before-restore')).toHaveLength(1);
  });

  it('takes one backup a day on start, and none for a new empty file', () => {
    let core = freshCore();
    expect(listBackupFiles(core.dbPath)).toEqual([]); // created just now: nothing to keep
    ok(core, 'trips:create', { title: 'Wuxi 无锡', direction: 'incoming', startDate: '2018-05-14', endDate: '2018-05-17', destinations: [] });
    core = reopen(core);
    expect(listBackupFiles(core.dbPath).map((b) => b.reason)).toEqual(['daily']);
    core = reopen(core);
    expect(listBackupFiles(core.dbPath)).toHaveLength(1); // at most daily

    // A day later (the newest backup is 25 hours old): another one.
    const [only] = listBackupFiles(core.dbPath);
    const old = path.join(path.dirname(only!.path), backupFileName(core.dbPath, new Date(Date.now() - 25 * 3_600_000), LATEST_SCHEMA_VERSION, 'daily'));
    fs.renameSync(only!.path, old);
    core = reopen(core);
    expect(listBackupFiles(core.dbPath)).toHaveLength(2);
  });

  it('does not let a failed daily backup keep anyone from their data', () => {
    const core = demoCore();
    const folder = path.join(path.dirname(core.dbPath), 'backups');
    fs.writeFileSync(folder, 'not a folder'); // the backups folder cannot be created
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const again = reopen(core);
      expect(again.dispatch('trips:list', {}).ok).toBe(true);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('daily backup'));
    } finally {
      warn.mockRestore();
    }
  });

  it('refuses to migrate when the backup before the migration fails, leaving the file as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, 'planner.sqlite');
    const db = new Database(file);
    db.exec(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/schema-v1.sql'), 'utf8'));
    db.close();
    fs.writeFileSync(path.join(dir, 'backups'), 'not a folder');
    let error: unknown;
    try {
      openCore(file).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code).toBe('db_migration_failed');
    expect((error as Error).message).toMatch(/Could not back up .* before upgrading it.*the file is unchanged/);
    const after = new Database(file, { readonly: true });
    onCleanupDb(after);
    expect(after.pragma('user_version', { simple: true })).toBe(1);
  });

  it('removes the leftovers of killed backups on start and after a backup, but not a live writer’s', async () => {
    const core = demoCore();
    const folder = path.join(path.dirname(core.dbPath), 'backups');
    fs.mkdirSync(folder, { recursive: true });
    const exited = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => exited.on('exit', resolve));
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      const stem = 'planner.2024-05-01T10-15-00.123Z.v4.daily.sqlite';
      const files = {
        older: `${stem}.partial`, // written before partials carried their writer's id
        killed: `${stem}.${exited.pid}.partial`,
        live: `${stem}.${live.pid}.partial`,
        otherDatabase: `other.2024-05-01T10-15-00.123Z.v4.daily.sqlite.${exited.pid}.partial`,
      };
      for (const name of Object.values(files)) fs.writeFileSync(path.join(folder, name), Buffer.alloc(64_000));
      const again = reopen(core);
      expect(fs.readdirSync(folder).filter((n) => n.endsWith('.partial')).sort()).toEqual([files.otherDatabase, files.live].sort());

      live.kill('SIGKILL');
      await new Promise((resolve) => live.on('exit', resolve));
      createBackup(databaseOf(again), 'manual');
      expect(fs.readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([files.otherDatabase]);
    } finally {
      live.kill('SIGKILL');
    }
  });

  it('makes the migration backup from the hook itself only for files that need upgrading', () => {
    const core = freshCore();
    backupOnOpen(databaseOf(core), core.dbPath, 0);
    expect(listBackupFiles(core.dbPath)).toEqual([]);
  });
});

describe('restoring a backup in the app (backups:restore)', () => {
  it('puts back exactly the backup’s data, keeping the current data aside first', () => {
    const core = demoCore();
    const atBackup = databaseHash(core);
    const backup = ok(core, 'backups:create', {});
    ok(core, 'trips:delete', { id: JINAN_ID });
    ok(core, 'members:create', { tripId: ok(core, 'trips:list', {})[0]!.id, name: 'Ny efter backupen' });
    const changed = databaseHash(core);

    const result = ok(core, 'backups:restore', { name: backup.name });
    expect(databaseHash(core)).toBe(atBackup);
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
    expect(result.restored).toEqual({ name: backup.name, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(result.keptAside!.reason).toBe('before-restore');
    const folder = (ok(core, 'backups:list', {}) as BackupList).folder;
    expect(hashOfFile(path.join(folder, result.keptAside!.name))).toBe(changed);

    // …and the copy kept aside restores the other way.
    ok(core, 'backups:restore', { name: result.keptAside!.name });
    expect(databaseHash(core)).toBe(changed);
  });

  it('restores a backup of an older schema version into the current schema', () => {
    const core = demoCore();
    const folder = path.join(path.dirname(core.dbPath), 'backups');
    fs.mkdirSync(folder, { recursive: true });
    const name = backupFileName(core.dbPath, new Date('2020-01-01T00:00:00Z'), 1, 'migration');
    const old = new Database(path.join(folder, name));
    old.exec(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/schema-v1.sql'), 'utf8'));
    old.close();
    ok(core, 'backups:restore', { name });
    const trips = ok(core, 'trips:list', {});
    expect(trips.map((t) => t.title)).toEqual(['Styrgruppen till Jinan 济南 – "vänortsbesök"']);
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fs.existsSync(path.join(folder, name))).toBe(true); // the backup itself is untouched
  });

  it.each([
    ['a damaged file', (file: string) => fs.writeFileSync(file, Buffer.alloc(8192, 7)), /damaged or not a database/],
    ['a newer app’s backup', (file: string) => {
      const db = new Database(file);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      db.close();
    }, /newer version of Delegation Planner/],
    ['another program’s database', (file: string) => {
      const db = new Database(file);
      db.exec('CREATE TABLE notes (text TEXT)');
      db.close();
    }, /not a Delegation Planner backup/],
  ])('refuses %s with a clear message and changes nothing', (_label, make, message) => {
    const core = demoCore();
    const folder = path.join(path.dirname(core.dbPath), 'backups');
    fs.mkdirSync(folder, { recursive: true });
    const name = backupFileName(core.dbPath, new Date('2020-01-01T00:00:00Z'), 3, 'manual');
    make(path.join(folder, name));
    const before = databaseHash(core);
    const result = call(core, 'backups:restore', { name });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
      expect(result.error.message.split('\n')).toHaveLength(1);
    }
    expect(databaseHash(core)).toBe(before);
    expect(fs.readdirSync(folder).filter((n) => n.startsWith('.restore-check'))).toEqual([]);
  });

  it('takes only names of listed backups, never paths', () => {
    const core = demoCore();
    for (const name of ['../planner.sqlite', '/etc/passwd.sqlite', 'C:\\x.sqlite', 'planner.sqlite']) {
      const result = call(core, 'backups:restore', { name });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['invalid_input', 'not_found']).toContain(result.error.code);
    }
  });
});

describe('CLI backup and restore', () => {
  it('backs up, lists and restores by name, keeping the current data aside', async () => {
    const core = demoCore();
    const before = databaseHash(core);
    core.close();
    const db = core.dbPath;
    const made = await cli('backup', '--db', db);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Saved a backup of .* \(data version \d+, [\d.]+ KB\) to .*\.manual\.sqlite\n$/);
    const name = path.basename(made.stdout.trim().split(' to ').at(-1)!);

    const changed = openCore(db);
    ok(changed, 'trips:delete', { id: JINAN_ID });
    changed.close();

    const listed = await cli('restore', '--db', db, '--list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(name);
    const restored = await cli('restore', '--db', db, '--from', name);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Restored .* into .*\nThe data as it was before is kept in .*before-restore\.sqlite/);
    expect(hashOfFile(db)).toBe(before);
  });

  it('writes to --out, refusing to overwrite', async () => {
    const core = demoCore();
    core.close();
    const out = path.join(tempDir(), 'copy.sqlite');
    expect((await cli('backup', '--db', core.dbPath, '--out', out)).code).toBe(0);
    expect(hashOfFile(out)).toBe(hashOfFile(core.dbPath));
    const again = await cli('backup', '--db', core.dbPath, '--out', out);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('replaces a damaged database file with the backup, moving the damaged one aside', async () => {
    const core = demoCore();
    const before = databaseHash(core);
    const backup = createBackup(databaseOf(core), 'manual');
    core.close();
    fs.writeFileSync(core.dbPath, Buffer.alloc(16_384, 0x42)); // the disk mangled it
    const restored = await cli('restore', '--db', core.dbPath, '--from', backup.path);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/could not be opened .* moved aside to .*before-restore-/);
    expect(hashOfFile(core.dbPath)).toBe(before);
    const aside = fs.readdirSync(path.dirname(core.dbPath)).filter((n) => n.includes('.before-restore-'));
    expect(aside).toHaveLength(1);
  });

  it('restores over a file with a damaged data page, keeping the damaged bytes aside as they were', async () => {
    const core = demoCore();
    const before = databaseHash(core);
    const backup = createBackup(databaseOf(core), 'manual');
    // An interior page of the items table's b-tree (not the header page, so the file still opens).
    const { pageno } = databaseOf(core)
      .prepare(`SELECT pageno FROM dbstat WHERE name = 'items' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1`)
      .get() as { pageno: number };
    const pageSize = databaseOf(core).pragma('page_size', { simple: true }) as number;
    core.close();
    const fd = fs.openSync(core.dbPath, 'r+');
    fs.writeSync(fd, randomBytes(pageSize - 200), 0, pageSize - 200, (pageno - 1) * pageSize + 100);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(core.dbPath);

    const restored = await cli('restore', '--db', core.dbPath, '--from', backup.path);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/moved aside to .*before-restore-/);
    expect(hashOfFile(core.dbPath)).toBe(before);
    const aside = fs.readdirSync(path.dirname(core.dbPath)).filter((n) => n.includes('.before-restore-') && !/-(wal|shm)$/.test(n));
    expect(aside).toHaveLength(1);
    expect(fs.readFileSync(path.join(path.dirname(core.dbPath), aside[0]!)).equals(damaged)).toBe(true);
  });

  it('answers bad input with exit 2 and one line', async () => {
    const core = demoCore();
    core.close();
    for (const args of [
      ['restore', '--db', core.dbPath],
      ['restore', '--db', core.dbPath, '--from', 'no-such-backup.sqlite'],
      ['backup'],
    ]) {
      const result = await cli(...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
