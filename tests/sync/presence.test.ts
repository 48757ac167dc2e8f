import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { LiveSync } from '../../core/sync/live';
import { registerLiveSync } from '../../core/sync/registry';
import { shareTrip, syncOnce, type Team } from '../../core/sync/sync';
import type { Colleague } from '../../shared/sync/presence';
import { makeItem, makeMember, makeTrip, ok } from '../core/helpers';
import { exportOf, laptops } from './laptops';
import { startSyncServer, type SyncServerProcess } from './server-process';

let server: SyncServerProcess;
let team: Team;

beforeAll(async () => {
  server = await startSyncServer();
  team = { url: server.url, token: await server.newTeam('presence') };
});
afterAll(() => server?.stop());

/** A laptop's background sync as the app runs it, registered so the sync operations reach it. */
function runLive(core: Core, onPresence: () => void = () => {}): LiveSync {
  const db = databaseOf(core);
  const live = new LiveSync(db, team, { pollMs: 50, onPresence: () => onPresence() });
  registerLiveSync(db, live);
  live.start();
  return live;
}

/** Resolves once `check` holds, looking again on every awareness change (never a fixed sleep). */
function until<T>(subscribe: (listener: () => void) => void, check: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      reject(new Error('timed out waiting for colleagues'));
    }, timeoutMs);
    const look = () => {
      if (done) return;
      const value = check();
      if (value !== undefined) {
        done = true;
        clearTimeout(timer);
        resolve(value);
      }
    };
    subscribe(look);
    look();
  });
}

const colleaguesOn = (core: Core, tripId: string): Colleague[] => ok(core, 'sync:status', { tripId }).colleagues;

describe('colleagues see who has a shared trip open, and on which screen', () => {
  it('B sees A on Programme with A’s item open, and no longer once A closes the trip or quits', async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const trip = makeTrip(a, { title: 'Västerås → Jinan 济南' });
    const item = makeItem(a, trip.id, { title: 'Welcome dinner' });
    ok(a, 'sync:setPlannerName', { name: 'Anna Lindqvist' });
    ok(b, 'sync:setPlannerName', { name: 'Björn Ek' });
    await shareTrip(databaseOf(a), trip.id, team, 'Anna');
    await syncOnce(databaseOf(b), team);

    const listeners = new Set<() => void>();
    const subscribe = (listener: () => void) => listeners.add(listener);
    const liveA = runLive(a);
    const liveB = runLive(b, () => listeners.forEach((l) => l()));
    try {
      expect(ok(a, 'sync:setPresence', { tripId: trip.id, screen: 'programme', openId: item.id })).toEqual({ running: true });
      const [anna] = await until(subscribe, () => {
        const seen = colleaguesOn(b, trip.id);
        return seen.length === 1 && seen[0]!.openId === item.id ? seen : undefined;
      });
      expect(anna).toMatchObject({ name: 'Anna Lindqvist', screen: 'programme', openId: item.id });
      // A never sees itself.
      expect(colleaguesOn(a, trip.id)).toEqual([]);

      ok(a, 'sync:setPresence', { tripId: trip.id, screen: 'members' });
      await until(subscribe, () => (colleaguesOn(b, trip.id)[0]?.screen === 'members' ? true : undefined));

      // A goes back to the trips list: gone from B's header at once.
      ok(a, 'sync:setPresence', { tripId: null });
      await until(subscribe, () => (colleaguesOn(b, trip.id).length === 0 ? true : undefined));

      // A opens it again, then quits the app: the server drops A's state with its connection.
      ok(a, 'sync:setPresence', { tripId: trip.id, screen: 'overview' });
      await until(subscribe, () => (colleaguesOn(b, trip.id).length === 1 ? true : undefined));
      liveA.stop();
      await until(subscribe, () => (colleaguesOn(b, trip.id).length === 0 ? true : undefined));
    } finally {
      liveA.stop();
      liveB.stop();
    }
  });

  it('ignores an awareness state that is not a planner’s (a hostile or older client)', async () => {
    const [a] = laptops(1) as [Core];
    const trip = makeTrip(a);
    await shareTrip(databaseOf(a), trip.id, team, 'Anna');
    const listeners = new Set<() => void>();
    const live = runLive(a, () => listeners.forEach((l) => l()));
    const { connectClient } = await import('./clients');
    const stranger = connectClient(team.url, `trip/${trip.id}`, team.token);
    try {
      await stranger.acknowledged();
      stranger.provider.setAwarenessField('planner', { name: 'x'.repeat(5000), laptop: 'l', screen: 'programme', openId: null, colour: 1 });
      const proper = { name: 'Chen Wei 陈伟', laptop: 'other-laptop', screen: 'budget', openId: null, colour: 3 };
      const other = connectClient(team.url, `trip/${trip.id}`, team.token);
      await other.acknowledged();
      other.provider.setAwarenessField('planner', proper);
      const seen = await until(
        (l) => listeners.add(l),
        () => {
          const list = live.colleagues(trip.id);
          return list.length === 1 ? list : undefined;
        },
      );
      expect(seen[0]).toMatchObject(proper);
      other.destroy();
    } finally {
      stranger.destroy();
      live.stop();
    }
  });
});

describe('changed by NAME, TIME, and marks until seen', () => {
  it('B’s edit shows on A as changed by B, marked until A opens it; A’s own edit shows “you”', async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const trip = makeTrip(a, { title: 'Wuxi → Södertälje' });
    const visit = makeItem(a, trip.id, { title: 'Visit to Wuxi school' });
    const dinner = makeItem(a, trip.id, { title: 'Dinner' });
    const member = makeMember(a, trip.id, 'Wang Fang 王芳');
    ok(a, 'sync:setPlannerName', { name: 'Anna' });
    ok(b, 'sync:setPlannerName', { name: 'Björn' });
    await shareTrip(databaseOf(a), trip.id, team, 'Anna');
    await syncOnce(databaseOf(b), team);
    // The trip's first arrival marks nothing: everything would be "new".
    expect(ok(b, 'sync:status', { tripId: trip.id }).unseen).toBe(0);
    expect(ok(b, 'sync:changes', { tripId: trip.id }).find((c) => c.entityId === visit.id)).toMatchObject({ changedBy: 'Anna', byMe: false, unseen: false });

    const before = new Date().toISOString();
    ok(b, 'items:update', { id: visit.id, patch: { title: 'Visit to Södertälje school' } });
    ok(b, 'members:update', { id: member.id, patch: { title: 'Vice mayor' } });
    ok(a, 'items:update', { id: dinner.id, patch: { title: 'Dinner at the city hall' } });
    await syncOnce(databaseOf(b), team);
    await syncOnce(databaseOf(a), team);
    await syncOnce(databaseOf(b), team);
    expect(exportOf(b, trip.id)).toBe(exportOf(a, trip.id));

    const onA = new Map(ok(a, 'sync:changes', { tripId: trip.id }).map((c) => [c.entityId, c]));
    expect(onA.get(visit.id)).toMatchObject({ entityType: 'item', changedBy: 'Björn', byMe: false, unseen: true });
    expect(onA.get(visit.id)!.changedAt >= before).toBe(true);
    expect(onA.get(member.id)).toMatchObject({ entityType: 'member', changedBy: 'Björn', unseen: true });
    expect(onA.get(dinner.id)).toMatchObject({ changedBy: 'Anna', byMe: true, unseen: false });
    expect(ok(a, 'sync:status', { tripId: trip.id }).unseen).toBe(2);
    // On B the same rows read the other way round.
    const onB = new Map(ok(b, 'sync:changes', { tripId: trip.id }).map((c) => [c.entityId, c]));
    expect(onB.get(visit.id)).toMatchObject({ byMe: true, unseen: false });
    expect(onB.get(dinner.id)).toMatchObject({ changedBy: 'Anna', byMe: false, unseen: true });

    // A opens the item: its mark goes, the member's stays until "Mark all as seen".
    expect(ok(a, 'sync:markSeen', { tripId: trip.id, ids: [visit.id] })).toEqual({ unseen: 1 });
    expect(ok(a, 'sync:markSeen', { tripId: trip.id })).toEqual({ unseen: 0 });
    // Marks are this laptop's own: B's are untouched, and the shared trip is the same.
    expect(ok(b, 'sync:status', { tripId: trip.id }).unseen).toBe(1);
    expect(exportOf(b, trip.id)).toBe(exportOf(a, trip.id));

    // A colleague's delete takes the row's record with it.
    ok(b, 'items:delete', { id: dinner.id });
    await syncOnce(databaseOf(b), team);
    await syncOnce(databaseOf(a), team);
    expect(ok(a, 'sync:changes', { tripId: trip.id }).some((c) => c.entityId === dinner.id)).toBe(false);
  });
});
