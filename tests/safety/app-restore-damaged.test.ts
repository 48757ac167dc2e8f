import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { createBackup } from '../../core/db/backup';
import type { RestoreResult } from '../../shared/domain/backup';
import { databaseHash, demoCore, JINAN_ID, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * The app's Backups screen ('backups:restore') over a data file whose data page the disk damaged:
 * the same path as the CLI's restore — the damaged file moved aside as bytes, the backup in its
 * place — with the app's connection reopened on the restored file.
 */
describe('backups:restore in the app over a damaged file', () => {
  it('restores the backup, keeps the damaged bytes aside and goes on working', () => {
    const seeded = demoCore();
    const before = databaseHash(seeded);
    const backup = createBackup(databaseOf(seeded), 'manual');
    const { pageno } = databaseOf(seeded)
      .prepare(`SELECT pageno FROM dbstat WHERE name = 'items' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 1`)
      .get() as { pageno: number };
    const pageSize = databaseOf(seeded).pragma('page_size', { simple: true }) as number;
    seeded.close();
    const fd = fs.openSync(seeded.dbPath, 'r+');
    fs.writeSync(fd, randomBytes(pageSize - 200), 0, pageSize - 200, (pageno - 1) * pageSize + 100);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(seeded.dbPath);

    const app = openCore(seeded.dbPath);
    try {
      // The damage shows as soon as the programme is read.
      expect(app.dispatch('trips:workspace', { id: JINAN_ID }).ok).toBe(false);
      const result = ok(app, 'backups:restore', { name: backup.name }) as RestoreResult;
      expect(result.restored.name).toBe(backup.name);
      expect(result.damagedFileKeptAside).toMatch(/\.before-restore-/);
      const aside = path.join(path.dirname(seeded.dbPath), result.damagedFileKeptAside!);
      expect(fs.readFileSync(aside).equals(damaged)).toBe(true);

      expect(databaseHash(app)).toBe(before);
      expect(databaseOf(app).pragma('integrity_check', { simple: true })).toBe('ok');
      expect(ok(app, 'trips:workspace', { id: JINAN_ID }).items.length).toBeGreaterThan(0);
      ok(app, 'trips:update', { id: JINAN_ID, patch: { notes: 'Efter återställningen' } });
    } finally {
      app.close();
    }
  });

  it('restores a sound file the ordinary way, keeping the current data as a backup', () => {
    const core = demoCore();
    const backup = createBackup(databaseOf(core), 'manual');
    const result = ok(core, 'backups:restore', { name: backup.name }) as RestoreResult;
    expect(result.keptAside?.reason).toBe('before-restore');
    expect(result.damagedFileKeptAside).toBeUndefined();
  });
});
