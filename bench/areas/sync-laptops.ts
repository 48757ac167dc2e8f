import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { openCore, type Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { seedDemo } from '../../core/demo';
import { JINAN } from '../../core/demo/ids';
import { buildTripFile, serialiseTripFile } from '../../core/sharing/trip-file/export';
import { setTripSyncSensitive, startSharing, storedState } from '../../core/sync/store';
import { shareTrip, syncOnce, type Team } from '../../core/sync/sync';
import type { Item } from '../../shared/domain/item';
import type { BenchContext } from '../context';
import { figure, info, timedPair, type Result } from '../report';
import { collectGarbage, timePairSync } from '../timing';

/**
 * The laptop side of team sync (core/sync) on real SQLite files, against the real server:
 * - one local edit of the large shared trip: the same items:update with the trip shared and not
 *   shared (floor) — what sharing adds to every write (capture into the document and outbox);
 * - one local edit of a small shared trip on a laptop that also holds the large shared trip,
 *   against the same edit with the small trip shared alone (floor): every write captures every
 *   shared trip (store.ts captureLocalChanges), so what the other shared trips add shows here;
 * - the initial join of the large trip by a second laptop (seconds and bytes); floor: importing
 *   the same trip as a .delegation file into an empty database (the same rows written), and the
 *   trip file's bytes;
 * - 3 laptops × N offline edits each, then sync until all three hold the same trip; floor: the
 *   same three documents merged in memory by Yjs alone (no SQLite, no network).
 */

function ok<T>(result: ReturnType<Core['dispatch']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const exportOf = (core: Core, tripId: string) =>
  serialiseTripFile(buildTripFile(databaseOf(core), tripId, { includePassports: true, exportedAt: '2026-01-01T00:00:00.000Z' }));

/** A laptop holding a copy of the benchmark's database (sharing a trip must not slow the other areas' writes). */
async function copyOfDataset(ctx: BenchContext, name: string): Promise<Core> {
  const file = path.join(ctx.dir, `${name}.sqlite`);
  const source = new Database(ctx.dataset.dbPath, { readonly: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return openCore(file);
}

export async function localEditOfLargeTrip(ctx: BenchContext, serverUrl: string): Promise<Result[]> {
  // Two copies, one with the trip shared: timed interleaved, so both see the same machine load.
  const shared = await copyOfDataset(ctx, 'sync-edit-shared');
  const plain = await copyOfDataset(ctx, 'sync-edit-plain');
  try {
    const { large } = ctx.dataset;
    ctx.log('  sharing the large trip on one laptop (untimed) …');
    const db = databaseOf(shared);
    db.transaction(() => startSharing(db, large.tripId, serverUrl)).immediate();
    const titles = ['Lunch med stadens ledning', 'Lunch med stadens ledning (flyttad)'];
    const editOn = (core: Core) => {
      let turn = 0;
      return () => ok<Item>(core.dispatch('items:update', { id: large.itemIds[0]!, patch: { title: titles[turn++ % 2]! } }));
    };
    collectGarbage();
    const runs = { runs: ctx.quick ? 10 : 40, warmup: 3 };
    const timed = timePairSync(editOn(shared), editOn(plain), runs);

    // Then a small trip shared on both copies: one holds the large shared trip besides, one not.
    const small = ctx.dataset.tripIds.find((id) => id !== large.tripId)!;
    for (const copy of [shared, plain]) {
      const copyDb = databaseOf(copy);
      copyDb.transaction(() => startSharing(copyDb, small, serverUrl)).immediate();
    }
    const smallItem = (db.prepare('SELECT id FROM items WHERE trip_id = ? ORDER BY id LIMIT 1').get(small) as { id: string }).id;
    const renameSmall = (core: Core) => {
      let turn = 0;
      return () => ok<Item>(core.dispatch('items:update', { id: smallItem, patch: { title: titles[turn++ % 2]! } }));
    };
    collectGarbage();
    const besideLarge = timePairSync(renameSmall(shared), renameSmall(plain), runs);
    return [
      ...timedPair('sync · one edit of the large shared trip (local write, vs not shared)', timed.value, timed.floor),
      ...timedPair('sync · one edit of a small shared trip beside the large shared one (vs the small one alone)', besideLarge.value, besideLarge.floor),
    ];
  } finally {
    shared.close();
    plain.close();
  }
}

export async function initialJoin(ctx: BenchContext, team: Team): Promise<Result[]> {
  const owner = await copyOfDataset(ctx, 'sync-owner');
  const joiner = openCore(path.join(ctx.dir, 'sync-joiner.sqlite'));
  const importer = openCore(path.join(ctx.dir, 'sync-import-floor.sqlite'));
  try {
    const { tripId } = ctx.dataset.large;
    ctx.log('  sharing the large trip with the server (untimed) …');
    await shareTrip(databaseOf(owner), tripId, team, 'Bench');
    // With the members' sensitive fields, so that the joining laptop's trip file is the same.
    setTripSyncSensitive(databaseOf(owner), tripId, true);
    await syncOnce(databaseOf(owner), team, tripId);
    const bytes = storedState(databaseOf(owner), tripId)!.length;
    const file = exportOf(owner, tripId);

    let start = performance.now();
    await syncOnce(databaseOf(joiner), team);
    const joinSeconds = (performance.now() - start) / 1000;
    if (exportOf(joiner, tripId) !== file) throw new Error('the joining laptop does not hold the same trip');

    start = performance.now();
    ok(importer.dispatch('sharing:applyImport', { content: file }));
    const importSeconds = (performance.now() - start) / 1000;
    return [
      figure('sync · initial join of the large trip (vs importing its trip file)', joinSeconds, 's', importSeconds, { maxRatio: 5 }),
      figure('sync · initial join of the large trip · document bytes (vs trip file)', bytes / 1e6, 'MB', Buffer.byteLength(file) / 1e6),
    ];
  } finally {
    for (const core of [owner, joiner, importer]) core.close();
  }
}

export async function threeLaptopsOffline(ctx: BenchContext, team: Team): Promise<Result[]> {
  const edits = ctx.quick ? 100 : 1000;
  const laptops = [0, 1, 2].map((i) => openCore(path.join(ctx.dir, `sync-laptop-${i}.sqlite`)));
  try {
    const tripId = JINAN.trip;
    seedDemo(databaseOf(laptops[0]!));
    await shareTrip(databaseOf(laptops[0]!), tripId, team, 'Bench');
    setTripSyncSensitive(databaseOf(laptops[0]!), tripId, true);
    await syncOnce(databaseOf(laptops[0]!), team, tripId);
    for (const laptop of laptops.slice(1)) await syncOnce(databaseOf(laptop), team);

    ctx.log(`  ${edits} offline edits on each of 3 laptops (untimed) …`);
    const editStart = performance.now();
    const items = ok<Item[]>(laptops[0]!.dispatch('items:list', { tripId }));
    laptops.forEach((laptop, n) => {
      for (let i = 0; i < edits; i++) {
        const item = items[(i * 7 + n) % items.length]!;
        ok(laptop.dispatch('items:update', { id: item.id, patch: n === 0 ? { title: `${item.title} ${i}` } : { description: `Anteckning ${n}:${i} 备注` } }));
      }
    });
    ctx.log(`  … ${((performance.now() - editStart) / 1000).toFixed(1)} s`);
    const states = laptops.map((laptop) => storedState(databaseOf(laptop), tripId)!);

    collectGarbage();
    const start = performance.now();
    for (let round = 0; round < 2; round++) for (const laptop of laptops) await syncOnce(databaseOf(laptop), team);
    const seconds = (performance.now() - start) / 1000;
    const exports = laptops.map((laptop) => exportOf(laptop, tripId));
    if (new Set(exports).size !== 1) throw new Error('the three laptops did not converge');

    const floorStart = performance.now();
    const docs = states.map((state) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      return doc;
    });
    for (const to of docs) for (const from of docs) if (to !== from) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
    const floorSeconds = (performance.now() - floorStart) / 1000;
    return [
      info(`sync · offline edits per laptop`, edits, 'edits'),
      figure(`sync · 3 laptops × ${edits} offline edits: time to converge (vs Yjs merge in memory)`, seconds, 's', floorSeconds),
    ];
  } finally {
    for (const laptop of laptops) laptop.close();
  }
}
