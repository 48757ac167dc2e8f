import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCore } from '../../core/core';
import { fileKind } from '../../core/db/cipher';
import { createDatabaseKey, KEY_FILE, readDatabaseKey } from '../../electron/database-key';

/** A stand-in for the OS keychain: reversible, and the stored bytes never contain the key. */
const keychain = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  seal: (text: string) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0x5a)),
}));
vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    encryptString: (text: string) => keychain.seal(text),
    decryptString: (sealed: Buffer) => Buffer.from([...sealed].map((b) => b ^ 0x5a)).toString('utf8'),
  },
}));

/**
 * electron/database-key.ts: the desktop app's database key, made once and kept only as
 * safeStorage (keychain) ciphertext in userData.
 */
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-key-'));
  keychain.available = true;
  keychain.backend = 'gnome_libsecret';
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the database key store', () => {
  it('has no key until encryption is turned on', () => {
    expect(readDatabaseKey(dir)).toBeUndefined();
  });

  it('makes 32 random bytes once, stores them sealed, and gives the same key back', () => {
    const key = createDatabaseKey(dir);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(createDatabaseKey(dir)).toBe(key);
    expect(readDatabaseKey(dir)).toBe(key);
    const stored = fs.readFileSync(path.join(dir, KEY_FILE));
    expect(stored.includes(Buffer.from(key))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([KEY_FILE]);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-key-'));
    try {
      expect(createDatabaseKey(other)).not.toBe(key);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('opens an encrypted database with the stored key', () => {
    const file = path.join(dir, 'delegation-planner.sqlite');
    openCore(file, {}, { passphrase: createDatabaseKey(dir) }).close();
    expect(fileKind(file)).toBe('encrypted');
    const core = openCore(file, {}, { passphrase: readDatabaseKey(dir) });
    expect(core.dispatch('trips:list', {}).ok).toBe(true);
    core.close();
  });

  it('refuses to make a key without a keychain, storing nothing', () => {
    keychain.available = false;
    expect(() => createDatabaseKey(dir)).toThrow(/no keychain the app can keep the database key in/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.runIf(process.platform === 'linux')("refuses Linux's basic_text fallback (a fixed, public key)", () => {
    keychain.backend = 'basic_text';
    expect(() => createDatabaseKey(dir)).toThrow(/no keychain the app can keep the database key in/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
