import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { createBackup, listBackupFiles, restoreBackup } from '../../core/db/backup';
import { fileKind } from '../../core/db/cipher';
import { seedDemo } from '../../core/demo';
import { cli } from '../sharing/helpers';
import { databaseHash, JINAN_ID, ok, onCleanupDb, tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Encryption at rest (core/db/cipher.ts): what reaches the disk — the database, its WAL, its
 * backups — holds none of the people's data in readable form; a wrong or missing passphrase
 * changes nothing; encrypt → decrypt keeps every row.
 */
const PASSPHRASE = 'Kanslihuset 2024 – 济南';

afterEach(() => {
  vi.unstubAllEnvs();
});

function openKeyed(file: string, passphrase?: string): Core {
  const core = openCore(file, {}, { passphrase });
  onCleanupDb(databaseOf(core));
  return core;
}

/** The demo delegations, with (invented) passport numbers: the demo data has none. */
function seedDemoWithPassports(core: Core): void {
  seedDemo(databaseOf(core));
  databaseOf(core).prepare(`UPDATE members SET passport_number = 'SE' || printf('%08d', rowid * 7919)`).run();
}

/** Every member's and contact's name, phone and passport number, as stored. */
function secretsOf(core: Core): string[] {
  const rows = databaseOf(core)
    .prepare(
      `SELECT name, phone, passport_number AS passport FROM members
       UNION ALL SELECT name, phone, '' FROM contacts`,
    )
    .all() as { name: string; phone: string; passport: string }[];
  const values = rows.flatMap((r) => [r.name, r.phone, r.passport]).filter((v) => v.length >= 6);
  return [...new Set(values)];
}

function found(file: string, secrets: readonly string[]): string[] {
  const bytes = fs.readFileSync(file);
  return secrets.filter((s) => bytes.includes(Buffer.from(s, 'utf8')));
}

const hashBytes = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent');
// Not -shm: SQLite's shared-memory index, whose read marks change on any read, even a plain one.
const filesOf = (file: string) => [file, `${file}-wal`].map(hashBytes);

describe('an encrypted database on disk', () => {
  it('has no passport number, name or phone of the demo in the file, its WAL or its backups', () => {
    const dir = tempDir();
    const plain = openKeyed(path.join(dir, 'plain.db'));
    seedDemoWithPassports(plain);
    const secrets = secretsOf(plain);
    expect(secrets.length).toBeGreaterThan(20);
    expect(secrets.some((s) => /^SE\d{8}$/.test(s))).toBe(true);
    // The check can fail: the plain file's WAL holds them in clear text.
    expect(found(`${plain.dbPath}-wal`, secrets).length).toBeGreaterThan(0);

    const file = path.join(dir, 'encrypted.db');
    const core = openKeyed(file, PASSPHRASE);
    seedDemoWithPassports(core);
    expect(secretsOf(core)).toEqual(secrets);
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(found(`${file}-wal`, secrets)).toEqual([]);
    const backup = createBackup(databaseOf(core), 'manual');
    databaseOf(core).transaction(() => createBackup(databaseOf(core), 'manual'))(); // the second-connection path
    core.close();
    expect(found(file, secrets)).toEqual([]);
    const backups = listBackupFiles(file);
    expect(backups).toHaveLength(2);
    for (const b of backups) {
      expect(fileKind(b.path)).toBe('encrypted');
      expect(found(b.path, secrets)).toEqual([]);
    }
    // …and the encrypted backup restores, with the passphrase.
    const again = openKeyed(file, PASSPHRASE);
    ok(again, 'members:delete', { id: ok(again, 'trips:workspace', { id: JINAN_ID }).members[0]!.id });
    restoreBackup(databaseOf(again), backup.path);
    expect(secretsOf(again)).toEqual(secrets);
  });

  it('refuses a wrong passphrase in one line and leaves the file untouched', async () => {
    const file = path.join(tempDir(), 'planner.db');
    seedDemoWithPassports(openKeyed(file, PASSPHRASE));
    // (the core stays open: its WAL is part of what must not change)
    const before = filesOf(file);
    vi.stubEnv('DELEGATION_PASSPHRASE', 'not the passphrase');
    const result = await cli('trips', '--db', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`wrong passphrase for ${path.resolve(file)}\n`);
    expect(filesOf(file)).toEqual(before);
    expect(() => openCore(file, {}, { passphrase: 'also wrong' })).toThrow(/^wrong passphrase for /);
    expect(filesOf(file)).toEqual(before);
  });

  it('says to set DELEGATION_PASSPHRASE when none is given, and changes nothing', async () => {
    const file = path.join(tempDir(), 'planner.db');
    openKeyed(file, PASSPHRASE).close();
    const before = filesOf(file);
    vi.stubEnv('DELEGATION_PASSPHRASE', '');
    const result = await cli('trips', '--db', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/this database is encrypted \(set DELEGATION_PASSPHRASE\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(filesOf(file)).toEqual(before);
  });

  it('refuses a passphrase for a plain file instead of leaving it unencrypted', async () => {
    const file = path.join(tempDir(), 'planner.db');
    openKeyed(file).close();
    vi.stubEnv('DELEGATION_PASSPHRASE', PASSPHRASE);
    const result = await cli('trips', '--db', file);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is not encrypted: unset DELEGATION_PASSPHRASE .* encrypt --db/);
    expect(fileKind(file)).toBe('plain');
  });
});

describe('npm run cli -- restore on an encrypted database', () => {
  it('restores into the file (not as if it were damaged), and a wrong passphrase moves nothing', async () => {
    const file = path.join(tempDir(), 'planner.db');
    const core = openKeyed(file, PASSPHRASE);
    seedDemoWithPassports(core);
    const backup = createBackup(databaseOf(core), 'manual');
    const original = databaseHash(core);
    ok(core, 'members:delete', { id: ok(core, 'trips:workspace', { id: JINAN_ID }).members[0]!.id });
    core.close();

    vi.stubEnv('DELEGATION_PASSPHRASE', 'wrong');
    const before = filesOf(file);
    expect(await cli('restore', '--db', file, '--from', backup.path)).toMatchObject({ code: 2, stderr: `wrong passphrase for ${file}\n` });
    expect(filesOf(file)).toEqual(before);

    vi.stubEnv('DELEGATION_PASSPHRASE', PASSPHRASE);
    const restored = await cli('restore', '--db', file, '--from', backup.path);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toMatch(/^Restored .* into /);
    expect(fs.readdirSync(path.dirname(file)).filter((n) => n.includes('before-restore-'))).toEqual([]);
    expect(fileKind(file)).toBe('encrypted');
    expect(databaseHash(openKeyed(file, PASSPHRASE))).toBe(original);
  });
});

describe('npm run cli -- encrypt / decrypt', () => {
  it('encrypts a plain file after a backup, and decrypts it again, keeping every row', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'planner.db');
    const plain = openKeyed(file);
    seedDemoWithPassports(plain);
    const secrets = secretsOf(plain);
    const original = databaseHash(plain);
    plain.close();

    vi.stubEnv('DELEGATION_PASSPHRASE', PASSPHRASE);
    const encrypted = await cli('encrypt', '--db', file);
    expect(encrypted.stderr).toBe('');
    expect(encrypted.code).toBe(0);
    expect(encrypted.stdout).toMatch(/NOT encrypted: delete them/);
    expect(fileKind(file)).toBe('encrypted');
    expect(found(file, secrets)).toEqual([]);
    const [before] = listBackupFiles(file);
    expect(fileKind(before!.path)).toBe('plain'); // the backup first, of the plain data
    const check = openKeyed(file, PASSPHRASE);
    expect(databaseHash(check)).toBe(original);
    check.close();
    expect((await cli('trips', '--db', file)).stdout).toMatch(/Jinan/);
    expect((await cli('encrypt', '--db', file)).stderr).toMatch(/not a plain database file/);

    const decrypted = await cli('decrypt', '--db', file);
    expect(decrypted.stderr).toBe('');
    expect(decrypted.code).toBe(0);
    expect(fileKind(file)).toBe('plain');
    const newest = listBackupFiles(file)[0]!;
    expect(fileKind(newest.path)).toBe('encrypted'); // the backup before decrypting, still encrypted
    vi.stubEnv('DELEGATION_PASSPHRASE', '');
    expect(databaseHash(openKeyed(file))).toBe(original);
  });

  it('decrypt with a wrong passphrase changes nothing', async () => {
    const file = path.join(tempDir(), 'planner.db');
    seedDemoWithPassports(openKeyed(file, PASSPHRASE));
    const before = filesOf(file);
    vi.stubEnv('DELEGATION_PASSPHRASE', 'wrong');
    const result = await cli('decrypt', '--db', file);
    expect(result).toMatchObject({ code: 2, stderr: `wrong passphrase for ${path.resolve(file)}\n` });
    expect(filesOf(file)).toEqual(before);
    expect(listBackupFiles(file)).toEqual([]);
  });

  it('encrypt without a passphrase (no terminal) says which variable to set', async () => {
    const file = path.join(tempDir(), 'planner.db');
    openKeyed(file).close();
    vi.stubEnv('DELEGATION_PASSPHRASE', '');
    expect(await cli('encrypt', '--db', file)).toMatchObject({ code: 2, stderr: 'encrypt needs a passphrase: set DELEGATION_PASSPHRASE\n' });
    expect(fileKind(file)).toBe('plain');
  });
});
