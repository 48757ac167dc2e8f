import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { SyncRefusal } from '../../core/sync/errors';
import { applyRemoteUpdate, startSharing, storedState } from '../../core/sync/store';
import { CHANGES } from '../../shared/sync/layout';
import { makeItem, makeTrip, ok } from '../core/helpers';
import { deliver, exportOf, laptops } from './laptops';

/** Share a trip from A (no server: the tests hand documents over as the server would). */
function sharedTrip(a: Core, b: Core) {
  const trip = makeTrip(a, { title: 'Västerås → Shenyang 沈阳' });
  const item = makeItem(a, trip.id, { title: 'Signing ceremony' });
  databaseOf(a).transaction(() => startSharing(databaseOf(a), trip.id, 'ws://127.0.0.1:1')).immediate();
  databaseOf(b).transaction(() => databaseOf(b).prepare(`INSERT INTO sync_docs (trip_id, server_url, state, created_at) VALUES (?, 'ws://127.0.0.1:1', ?, 'now')`).run(trip.id, Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())))).immediate();
  deliver(a, b, trip.id);
  return { trip, item };
}

describe('change records in the shared document', () => {
  it('refuses a colleague’s update whose change record is not one, with the tables and marks unchanged', () => {
    const [a, b] = laptops(2) as [Core, Core];
    const { trip, item } = sharedTrip(a, b);
    const before = exportOf(b, trip.id);
    const changesBefore = ok(b, 'sync:changes', { tripId: trip.id });
    for (const record of [
      { by: 'Mallory', laptop: 'x', at: 'yesterday' },
      { by: 'Mallory', laptop: 'x', at: '2026-12-03T10:00:00.000Z', passportNumber: 'AB123' },
      { by: 'x'.repeat(101), laptop: 'x', at: '2026-12-03T10:00:00.000Z' },
    ]) {
      const hostile = new Y.Doc();
      Y.applyUpdate(hostile, storedState(databaseOf(a), trip.id)!);
      hostile.getMap(CHANGES).set(item.id, record);
      expect(() => applyRemoteUpdate(databaseOf(b), trip.id, Y.encodeStateAsUpdate(hostile))).toThrow(SyncRefusal);
    }
    expect(exportOf(b, trip.id)).toBe(before);
    expect(ok(b, 'sync:changes', { tripId: trip.id })).toEqual(changesBefore);
  });

  it('records who changed a row without touching the trip file: exports stay the same on both laptops', () => {
    const [a, b] = laptops(2) as [Core, Core];
    const { trip, item } = sharedTrip(a, b);
    ok(b, 'sync:setPlannerName', { name: 'Björn' });
    ok(b, 'items:update', { id: item.id, patch: { title: 'Signing ceremony 签约仪式' } });
    deliver(b, a, trip.id);
    expect(exportOf(a, trip.id)).toBe(exportOf(b, trip.id));
    expect(exportOf(a, trip.id)).not.toMatch(/Björn/);
    expect(ok(a, 'sync:changes', { tripId: trip.id }).find((c) => c.entityId === item.id)).toMatchObject({ changedBy: 'Björn', byMe: false, unseen: true });
    // The status of an unshared trip has nobody and nothing.
    const other = makeTrip(a);
    expect(ok(a, 'sync:status', { tripId: other.id })).toMatchObject({ colleagues: [], unseen: 0 });
  });
});
