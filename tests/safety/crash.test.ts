import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { bundledEntry } from '../support/node-entry';
import { between, seeded } from './random';
import { ok, tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Power-cut safety, as close as a test gets: a child process writes through the real core and
 * acknowledges each committed write on stdout; the parent kills it with SIGKILL (no cleanup, no
 * flush, no exit handlers) at seeded random points, many times. After every kill the database
 * must open, pass PRAGMA integrity_check and foreign_key_check, and contain every write that
 * was acknowledged before the kill. WAL + synchronous=FULL (core/db/open.ts) is what makes this
 * hold; SIGKILL does not lose the OS page cache, so this proves the transaction boundaries and
 * recovery, not the disk's honesty about fsync.
 */
const SEED = 0x5eed_c4a5;
const KILLS = 50;
/** Acknowledged writes per child before the kill is scheduled: 1–39, about 20 on average. */
const ACKS_PER_RUN = [1, 39] as const;
const RUN_TIMEOUT_MS = 15_000;

interface Acked {
  members: Set<string>;
  items: Set<string>;
  attachments: Set<string>;
  /** Sequence number of the last acknowledged members:update (the stored notes). */
  lastUpdate: number;
  total: number;
}

let writer = '';
beforeAll(() => {
  writer = bundledEntry(path.join(import.meta.dirname, 'crash-writer.ts'));
});

/** Run one child until `killAfter` acks (plus a few ms), SIGKILL it, and record its acks. */
function runAndKill(
  dbPath: string,
  run: number,
  tripId: string,
  memberId: string,
  killAfter: number,
  delayMs: number,
  acked: Acked,
  mode: 'rows' | 'attachments' = 'rows',
) {
  return new Promise<{ signal: NodeJS.Signals | null; acks: number }>((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbPath, String(run), tripId, memberId, ...(mode === 'attachments' ? ['attachments'] : [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffer = '';
    let stderr = '';
    let acks = 0;
    let scheduled = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`run ${run}: no ${killAfter} acks within ${RUN_TIMEOUT_MS} ms; stderr: ${stderr}`));
    }, RUN_TIMEOUT_MS);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        const [word, seq, kind, id] = line.split(' ');
        if (word === 'error') reject(new Error(`run ${run}: the writer failed: ${line}`));
        if (word !== 'ack' || !id) continue;
        acks += 1;
        acked.total += 1;
        if (kind === 'member') acked.members.add(id);
        else if (kind === 'item') acked.items.add(id);
        else if (kind === 'attachment') acked.attachments.add(id);
        else acked.lastUpdate = Math.max(acked.lastUpdate, Number(seq));
        if (acks >= killAfter && !scheduled) {
          scheduled = true;
          // 0 ms kills right after an acknowledgement, later ones land inside the next write.
          setTimeout(() => child.kill('SIGKILL'), delayMs);
        }
      }
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ signal, acks });
    });
  });
}

function verify(dbPath: string, tripId: string, memberId: string, acked: Acked): void {
  // Opened exactly as the app opens it (WAL recovery, migrations check, backup hook).
  const core = openCore(dbPath);
  try {
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
    expect(databaseOf(core).pragma('foreign_key_check')).toEqual([]);
    const ids = (table: string) =>
      new Set((databaseOf(core).prepare(`SELECT id FROM ${table} WHERE trip_id = ?`).all(tripId) as { id: string }[]).map((r) => r.id));
    const members = ids('members');
    const items = ids('items');
    const lostMembers = [...acked.members].filter((id) => !members.has(id));
    const lostItems = [...acked.items].filter((id) => !items.has(id));
    expect(lostMembers, 'acknowledged members lost').toEqual([]);
    expect(lostItems, 'acknowledged items lost').toEqual([]);
    const notes = (databaseOf(core).prepare('SELECT notes FROM members WHERE id = ?').get(memberId) as { notes: string }).notes;
    // The stored value is the last acknowledged update, or a later one that committed unacknowledged.
    expect(Number(notes || 0)).toBeGreaterThanOrEqual(acked.lastUpdate);
  } finally {
    core.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random points`, { timeout: 150_000 }, async () => {
    const dbPath = path.join(tempDir(), 'planner.sqlite');
    const setup = openCore(dbPath);
    const trip = ok(setup, 'trips:create', {
      title: 'Krocktest – 崩溃测试',
      direction: 'outgoing',
      startDate: '2017-10-27',
      endDate: '2017-11-03',
      destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    });
    const member = ok(setup, 'members:create', { tripId: trip.id, name: 'Anna Östlund' });
    setup.close();

    const random = seeded(SEED);
    const acked: Acked = { members: new Set(), items: new Set(), attachments: new Set(), lastUpdate: 0, total: 0 };
    let killed = 0;
    for (let run = 1; run <= KILLS; run += 1) {
      const killAfter = between(random, ...ACKS_PER_RUN);
      const delayMs = between(random, 0, 3);
      const { signal } = await runAndKill(dbPath, run, trip.id, member.id, killAfter, delayMs, acked);
      expect(signal, `run ${run} ended by itself instead of being killed`).toBe('SIGKILL');
      killed += 1;
      verify(dbPath, trip.id, member.id, acked);
    }

    // Every acknowledged row is there, and no more rows than writes were attempted.
    const db = new Database(dbPath, { readonly: true });
    const stored = (db.prepare('SELECT count(*) AS n FROM members WHERE trip_id = ?').get(trip.id) as { n: number }).n;
    db.close();
    expect(stored).toBeGreaterThanOrEqual(acked.members.size + 1);
    expect(killed).toBe(KILLS);
    expect(acked.total).toBeGreaterThanOrEqual(KILLS * 10);
    console.log(`crash test: ${killed} kills survived, ${acked.total} acknowledged writes verified after each kill`);
  });
});

describe('crash safety of attachments', () => {
  it('never leaves half a blob: every stored blob matches its hash and size, every acknowledged attachment is whole', { timeout: 150_000 }, async () => {
    const dbPath = path.join(tempDir(), 'planner.sqlite');
    const setup = openCore(dbPath);
    const trip = ok(setup, 'trips:create', {
      title: 'Krocktest bilagor',
      direction: 'outgoing',
      startDate: '2017-10-27',
      endDate: '2017-11-03',
      destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    });
    const member = ok(setup, 'members:create', { tripId: trip.id, name: 'Anna Östlund' });
    setup.close();

    const random = seeded(SEED + 12);
    const acked: Acked = { members: new Set(), items: new Set(), attachments: new Set(), lastUpdate: 0, total: 0 };
    const KILLS_WITH_BLOBS = 12;
    for (let run = 1; run <= KILLS_WITH_BLOBS; run += 1) {
      const { signal } = await runAndKill(dbPath, run, trip.id, member.id, between(random, 1, 4), between(random, 0, 20), acked, 'attachments');
      expect(signal, `run ${run} ended by itself instead of being killed`).toBe('SIGKILL');
      const core = openCore(dbPath);
      try {
        expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
        expect(databaseOf(core).pragma('foreign_key_check')).toEqual([]);
        const blobs = databaseOf(core).prepare('SELECT sha256, size, content FROM blobs').all() as { sha256: string; size: number; content: Buffer }[];
        for (const blob of blobs) {
          expect(blob.content.length).toBe(blob.size);
          expect(createHash('sha256').update(blob.content).digest('hex')).toBe(blob.sha256);
        }
        const stored = new Set((databaseOf(core).prepare('SELECT id FROM attachments').all() as { id: string }[]).map((r) => r.id));
        expect([...acked.attachments].filter((id) => !stored.has(id)), 'acknowledged attachments lost').toEqual([]);
        // Every row has its bytes, and no bytes are left without a row (one transaction each).
        expect(databaseOf(core).prepare('SELECT count(*) AS n FROM attachments WHERE sha256 NOT IN (SELECT sha256 FROM blobs)').get()).toEqual({ n: 0 });
        expect(databaseOf(core).prepare('SELECT count(*) AS n FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)').get()).toEqual({ n: 0 });
      } finally {
        core.close();
      }
    }
    expect(acked.attachments.size).toBeGreaterThanOrEqual(KILLS_WITH_BLOBS);
  });
});
