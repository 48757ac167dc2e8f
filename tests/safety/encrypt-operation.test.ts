import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/core';
import { seedDemo } from '../../core/demo';
import { StartupError } from '../../core/db/errors';
import { listBackupFiles } from '../../core/db/backup';
import type { ApiResult } from '../../shared/api/result';
import type { EncryptionStatus } from '../../shared/domain/privacy';
import { databaseHash, tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * 'database:encrypt', what Settings → "Encrypt this data file" calls: a backup first, then the
 * open file rekeyed; the desktop app's key comes from its keychain, browser mode's is typed.
 */
async function run(core: Core, name: string, input: unknown): Promise<ApiResult<EncryptionStatus>> {
  return (await (core.dispatch as (n: string, i: unknown) => unknown)(name, input)) as ApiResult<EncryptionStatus>;
}

function seeded(file: string, environment = {}): Core {
  const core = openCore(file, environment);
  seedDemo(databaseOf(core));
  databaseOf(core).prepare(`UPDATE members SET passport_number = 'SE' || printf('%08d', rowid * 7919)`).run();
  return core;
}

describe('database:encrypt', () => {
  it('in browser mode encrypts the open file with the typed passphrase, after a backup', async () => {
    const file = path.join(tempDir(), 'planner.db');
    const core = seeded(file);
    const before = databaseHash(core);
    expect(await run(core, 'database:encryptionStatus', {})).toEqual({ ok: true, value: { encrypted: false, method: 'passphrase' } });
    const short = await run(core, 'database:encrypt', { passphrase: 'short' });
    expect(short.ok).toBe(false);
    const missing = await run(core, 'database:encrypt', {});
    expect(!missing.ok && missing.error.code).toBe('invalid_input');

    expect(await run(core, 'database:encrypt', { passphrase: 'correct horse battery' })).toEqual({ ok: true, value: { encrypted: true, method: 'passphrase' } });
    expect(listBackupFiles(file).some((b) => b.reason === 'manual')).toBe(true);
    // The open connection goes on working on the encrypted file.
    expect(databaseHash(core)).toBe(before);
    const again = await run(core, 'database:encrypt', { passphrase: 'correct horse battery' });
    expect(!again.ok && again.error.code).toBe('conflict');
    core.close();

    expect(fs.readFileSync(file).includes(Buffer.from('Teljebäck'))).toBe(false);
    expect(fs.readFileSync(file).includes(Buffer.from('SE00007919'))).toBe(false);
    expect(() => openCore(file).close()).toThrow(StartupError);
    expect(() => openCore(file, {}, { passphrase: 'wrong passphrase' })).toThrow(/wrong passphrase/);
    const reopened = openCore(file, {}, { passphrase: 'correct horse battery' });
    expect(databaseHash(reopened)).toBe(before);
    reopened.close();
  });

  it('in the desktop app takes the keychain key and no passphrase', async () => {
    const file = path.join(tempDir(), 'planner.db');
    const key = 'a'.repeat(64);
    let asked = 0;
    const core = seeded(file, { databaseKey: () => (asked++, key) });
    expect(await run(core, 'database:encryptionStatus', {})).toEqual({ ok: true, value: { encrypted: false, method: 'key' } });
    expect(await run(core, 'database:encrypt', {})).toEqual({ ok: true, value: { encrypted: true, method: 'key' } });
    expect(asked).toBe(1);
    core.close();
    openCore(file, {}, { passphrase: key }).close();
  });
});
