import path from 'node:path';
import { openCore, type Core } from '../../core/core';
import { createBackup } from '../../core/db/backup';
import { changeEncryption } from '../../core/db/convert';
import type { Area, BenchContext } from '../context';
import { info, timedPair, type Result } from '../report';
import { collectGarbage, median, timePairSync } from '../timing';
import { databaseOf } from '../../core/db/raw-handle';

const RATIO = 1.3;
const PASSPHRASE = 'bench passphrase';

/**
 * The cost of encryption at rest (core/db/cipher.ts): the same core operations on two copies of
 * the dataset, one encrypted (ChaCha20, every page decrypted on read and encrypted on write) and
 * one plain, interleaved in the same run. Target: encrypted ≤ 1.3× plain.
 */
export const encryption: Area = {
  name: 'encryption cost',
  async run(ctx) {
    const plainFile = path.join(ctx.dir, 'encryption-plain.sqlite');
    const encryptedFile = path.join(ctx.dir, 'encryption-encrypted.sqlite');
    const source = openCore(ctx.dataset.dbPath);
    try {
      createBackup(databaseOf(source), 'manual', { out: plainFile });
      createBackup(databaseOf(source), 'manual', { out: encryptedFile });
    } finally {
      source.close();
    }
    changeEncryption(encryptedFile, undefined, PASSPHRASE);

    // Opening: the first one of each takes its daily backup (backup.ts), so it is not timed.
    const opens = timePairSync(() => openClose(encryptedFile, PASSPHRASE), () => openClose(plainFile, undefined), {
      runs: ctx.quick ? 3 : 10,
      warmup: 1,
    });
    const plain = openCore(plainFile);
    const encrypted = openCore(encryptedFile, {}, { passphrase: PASSPHRASE });
    try {
      const runs = ctx.quick ? 10 : 60;
      const tripId = ctx.dataset.large.tripId;
      const itemId = (databaseOf(plain).prepare('SELECT id FROM items WHERE trip_id = ? LIMIT 1').get(tripId) as { id: string }).id;
      let turn = 0;
      const rename = () => ({ id: itemId, patch: { title: `Möte ${turn++ % 2 ? 'A' : 'B'}` } });
      return [
        // For context (once per start): the key derivation is deliberately slow.
        info('encryption · opening the file, encrypted (key derivation included) · median', median(opens.value.ms), 'ms'),
        info('encryption · opening the file, plain · median', median(opens.floor.ms), 'ms'),
        ...compare(ctx, encrypted, plain, 'trips:workspace', () => ({ id: tripId }), runs),
        ...compare(ctx, encrypted, plain, 'trips:list', () => ({}), runs),
        ...compare(ctx, encrypted, plain, 'search:global', () => ({ query: 'lind', limit: 30 }), runs),
        ...compare(ctx, encrypted, plain, 'items:update', rename, runs),
      ];
    } finally {
      plain.close();
      encrypted.close();
    }
  },
};

function compare(ctx: BenchContext, encrypted: Core, plain: Core, name: string, input: () => unknown, runs: number): Result[] {
  const call = (core: Core) => {
    const result = core.dispatch(name, input());
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  };
  collectGarbage();
  const timed = timePairSync(() => call(encrypted), () => call(plain), { runs, warmup: 3 });
  ctx.log(`  ${name}`);
  return timedPair(`encryption · ${name} (encrypted vs plain)`, timed.value, timed.floor, { maxRatio: RATIO });
}

function openClose(file: string, passphrase: string | undefined): void {
  openCore(file, {}, { passphrase }).close();
}
