import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { step, type Area, type BenchContext } from '../context';
import { figure, info, type Result } from '../report';
import { p95 } from '../timing';
// The tests' helper: the real server process on a free port, waited for by its first line.
import { startSyncServer, type SyncServerProcess } from '../../tests/sync/server-process';
import { initialJoin, localEditOfLargeTrip, threeLaptopsOffline } from './sync-laptops';

/**
 * The team sync server (core/sync-server) as a process on loopback:
 * - memory per 100 open trips: RSS of a freshly started server before and after one laptop opens
 *   100 of the dataset's ordinary trips, stored earlier; floor: the bytes of those 100 documents'
 *   Yjs state (what any server keeping them in memory holds at least);
 * - one edit's latency between two laptops on one trip (p95): from a change in one Y.Doc to its
 *   arrival in the other, through the server. No floor: an absolute target;
 * - the laptops' side (sync-laptops.ts): a local edit of the large shared trip, its initial join,
 *   3 laptops converging after offline edits.
 */
export const sync: Area = {
  name: 'team sync server',
  async run(ctx) {
    const server = await startSyncServer({ dataDir: fs.mkdtempSync(`${ctx.dir}/sync-`) });
    try {
      const token = await server.newTeam('bench');
      const team = { url: server.url, token };
      return [
        ...(await step(ctx, 'memory per 100 trips', () => memoryPerHundredTrips(ctx, server, token))),
        ...(await step(ctx, 'edit latency', () => editLatency(ctx, server, token))),
        ...(await step(ctx, 'local edit of the large trip', () => localEditOfLargeTrip(ctx, server.url))),
        ...(await step(ctx, 'initial join', () => initialJoin(ctx, team))),
        // A team of their own: on the first team they would also receive the large trip shared
        // above, and every offline edit would capture it too (measured apart, by the local edit).
        ...(await step(ctx, 'three laptops offline', async () =>
          threeLaptopsOffline(ctx, { url: server.url, token: await server.newTeam('bench-laptops') }),
        )),
      ];
    } finally {
      await server.stop();
    }
  },
};

/** Free text of this length or more becomes Y.Text (minutes, notes), like the laptop mapping. */
const LONG_TEXT = 60;

/**
 * A trip as a Y.Doc shaped like the laptop side's mapping: a Y.Map per table, a Y.Map per row
 * keyed by its id, fields as keys, long text as Y.Text. (An approximation made here from the
 * tables with a trip_id; the laptop side owns the real mapping.)
 */
function tripDocument(db: Database.Database, tripId: string): Y.Doc {
  const doc = new Y.Doc();
  const tables = db
    .prepare<[], { name: string }>(
      `SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c ON c.name = 'trip_id'
       WHERE m.type = 'table' AND m.name NOT IN ('deletions', 'shared_versions')`,
    )
    .all()
    .map((row) => row.name);
  doc.transact(() => {
    const put = (table: string, rows: Record<string, unknown>[]) => {
      const map = doc.getMap<Y.Map<unknown>>(table);
      for (const row of rows) {
        const entry = new Y.Map<unknown>();
        for (const [key, value] of Object.entries(row)) {
          entry.set(key, typeof value === 'string' && value.length >= LONG_TEXT ? new Y.Text(value) : value);
        }
        map.set(String(row.id), entry);
      }
    };
    put('trips', db.prepare('SELECT * FROM trips WHERE id = ?').all(tripId) as Record<string, unknown>[]);
    for (const table of tables) put(table, db.prepare(`SELECT * FROM "${table}" WHERE trip_id = ?`).all(tripId) as Record<string, unknown>[]);
  });
  return doc;
}

function rssMegabytes(pid: number | undefined): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  return kb / 1024;
}

/** One laptop: one WebSocket, one provider per document; resolves when all are acknowledged. */
async function openAll(url: string, token: string, docs: Map<string, Y.Doc>) {
  const socket = new HocuspocusProviderWebsocket({ url });
  const providers = [...docs].map(([name, document]) => {
    const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document });
    provider.attach();
    return provider;
  });
  await Promise.all(
    providers.map(
      (provider) =>
        new Promise<void>((resolve) => {
          const check = () => {
            if (provider.isSynced && provider.unsyncedChanges === 0) resolve();
          };
          provider.on('synced', check);
          provider.on('unsyncedChanges', check);
          check();
        }),
    ),
  );
  return () => {
    for (const provider of providers) provider.destroy();
    socket.destroy();
  };
}

async function memoryPerHundredTrips(ctx: BenchContext, server: SyncServerProcess, token: string): Promise<Result[]> {
  const count = 100;
  const db = new Database(ctx.dataset.dbPath, { readonly: true });
  const docs = new Map<string, Y.Doc>();
  try {
    for (const tripId of ctx.dataset.tripIds.slice(1, count + 1)) docs.set(`trip/${tripId}`, tripDocument(db, tripId));
  } finally {
    db.close();
  }
  const stateBytes = [...docs.values()].reduce((sum, doc) => sum + Y.encodeStateAsUpdate(doc).length, 0);
  ctx.log(`  uploading ${count} trips (${(stateBytes / 1e6).toFixed(2)} MB of Yjs state) …`);
  (await openAll(server.url, token, docs))();

  // Measure a fresh process: what 100 trips loaded from the store cost, not the upload's garbage.
  await server.restart();
  const before = rssMegabytes(server.pid());
  const laptop = new Map([...docs.keys()].map((name) => [name, new Y.Doc()]));
  const close = await openAll(server.url, token, laptop);
  const after = rssMegabytes(server.pid());
  close();
  return [
    info('sync server · RSS before opening trips', before, 'MB'),
    figure(`sync server · memory per ${count} open trips (RSS after − before)`, after - before, 'MB', stateBytes / 1e6, { maxValue: 200 }),
  ];
}

async function editLatency(ctx: BenchContext, server: SyncServerProcess, token: string): Promise<Result[]> {
  const name = `trip/${ctx.dataset.tripIds[1]}`;
  const a = new Y.Doc();
  const b = new Y.Doc();
  const closeA = await openAll(server.url, token, new Map([[name, a]]));
  const closeB = await openAll(server.url, token, new Map([[name, b]]));
  try {
    const runs = ctx.quick ? 30 : 200;
    const ms: number[] = [];
    const notes = a.getMap('latency');
    for (let i = 0; i < runs + 5; i++) {
      const arrived = new Promise<void>((resolve) => {
        const onUpdate = () => {
          if (b.getMap('latency').get('n') === i) {
            b.off('update', onUpdate);
            resolve();
          }
        };
        b.on('update', onUpdate);
      });
      const start = performance.now();
      notes.set('n', i);
      await arrived;
      if (i >= 5) ms.push(performance.now() - start); // the first five warm up
    }
    return [figure('sync · one edit, laptop to laptop through the server · p95', p95(ms), 'ms', null, { maxValue: 100 })];
  } finally {
    closeA();
    closeB();
  }
}
