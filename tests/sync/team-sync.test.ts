import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import type { Core } from '../../core/core';
import { JINAN } from '../../core/demo/ids';
import { SyncRefusal } from '../../core/sync/errors';
import { pendingChanges, setTripSyncSensitive } from '../../core/sync/store';
import { shareTrip, syncOnce, type Team } from '../../core/sync/sync';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import { tripDocumentName } from '../../shared/sync/layout';
import { countRows, makeItem, makeTrip, ok } from '../core/helpers';
import { connectClient } from './clients';
import { exportOf, laptops, withDemo } from './laptops';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { readStoredDocument } from './stored';
import { databaseOf } from '../../core/db/raw-handle';

let server: SyncServerProcess;
let team: Team;

beforeAll(async () => {
  server = await startSyncServer();
  team = { url: server.url, token: await server.newTeam('international-office') };
});
afterAll(() => server?.stop());

/** Sync every laptop once, in turn, twice: after that everyone has had everyone's changes. */
async function syncAll(all: Core[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const laptop of all) await syncOnce(databaseOf(laptop), team);
}

const precedences = (core: Core, tripId: string) => (ok(core, 'members:list', { tripId }) as Member[]).map((m) => [m.id, m.precedence] as const);

describe('three laptops plan one delegation through the sync server', () => {
  it('edit offline, then sync: the same trip file on every laptop, by the documented rules', async () => {
    const [a, b, c] = laptops(3) as [Core, Core, Core];
    withDemo(a);
    const tripId = JINAN.trip;
    await shareTrip(databaseOf(a), tripId, team, 'Anna');
    setTripSyncSensitive(databaseOf(a), tripId, true);
    await syncOnce(databaseOf(a), team);
    // B and C receive the trip through the team's index.
    await syncOnce(databaseOf(b), team);
    await syncOnce(databaseOf(c), team);
    expect(exportOf(b, tripId)).toBe(exportOf(a, tripId));
    expect(exportOf(c, tripId)).toBe(exportOf(a, tripId));

    // Offline edits on all three.
    const items = ok(a, 'items:list', { tripId }) as Item[];
    const meeting = items.find((i) => i.kind === 'meeting')!;
    const [first, second, third] = items.filter((i) => i.id !== meeting.id);
    ok(a, 'meetings:update', { itemId: meeting.id, patch: { minutes: 'Mayor welcomed the delegation.' } });
    await syncOnce(databaseOf(a), team);
    await syncOnce(databaseOf(b), team);
    // Typing in the same minutes at once: A at the start, B at the end.
    ok(a, 'meetings:update', { itemId: meeting.id, patch: { minutes: '济南 10:00. Mayor welcomed the delegation.' } });
    ok(b, 'meetings:update', { itemId: meeting.id, patch: { minutes: 'Mayor welcomed the delegation. Next visit: Västerås 2018.' } });
    // The same field on two laptops; different fields of one item.
    ok(a, 'items:update', { id: first!.id, patch: { title: 'Title from A' } });
    ok(b, 'items:update', { id: first!.id, patch: { title: 'Title from B' } });
    ok(a, 'items:update', { id: second!.id, patch: { location: { venue: 'Quancheng Hotel' } } });
    ok(c, 'items:update', { id: second!.id, patch: { description: 'Bring the gifts.' } });
    // Concurrent reorders of the members.
    const order = (ok(a, 'members:list', { tripId }) as Member[]).map((m) => m.id);
    ok(a, 'members:reorder', { tripId, ids: [order.at(-1)!, ...order.slice(0, -1)] });
    ok(b, 'members:reorder', { tripId, ids: [order[0]!, ...order.slice(2), order[1]!] });
    // Delete on C, edit of the same item on A: delete wins.
    ok(c, 'items:delete', { id: third!.id });
    ok(a, 'items:update', { id: third!.id, patch: { title: 'Edited while deleted elsewhere' } });
    expect(pendingChanges(databaseOf(a), tripId)).toBeGreaterThan(0);

    await syncAll([a, b, c]);

    const file = exportOf(a, tripId);
    expect(exportOf(b, tripId)).toBe(file);
    expect(exportOf(c, tripId)).toBe(file);
    const minutes = (ok(c, 'meetings:get', { itemId: meeting.id }) as { minutes: string }).minutes;
    expect(minutes).toBe('济南 10:00. Mayor welcomed the delegation. Next visit: Västerås 2018.');
    expect(['Title from A', 'Title from B']).toContain(ok(c, 'items:get', { id: first!.id }).title);
    const merged = ok(b, 'items:get', { id: second!.id });
    expect(merged.location.venue).toBe('Quancheng Hotel');
    expect(merged.description).toBe('Bring the gifts.');
    const ranks = precedences(c, tripId);
    expect(ranks.map(([, p]) => p)).toEqual(ranks.map((_, i) => i + 1));
    expect(new Set(ranks.map(([id]) => id))).toEqual(new Set(order));
    expect(countRows(a, 'items', 'id = ?', third!.id)).toBe(0);
    expect(pendingChanges(databaseOf(a), tripId)).toBe(0);
  });

  it('refuses a wrong token with one clear reason, and the server stores nothing of the trip', async () => {
    const [a] = laptops(1) as [Core];
    const trip = makeTrip(a);
    const refused = await shareTrip(databaseOf(a), trip.id, { url: team.url, token: 'not-a-team-token' }, 'Anna').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SyncRefusal);
    expect((refused as SyncRefusal).code).toBe('token_refused');
    expect(await readStoredDocument(server.dataDir, 'international-office', tripDocumentName(trip.id))).toBeNull();
    // Nothing is lost here either: the change waits for a sync with the right token.
    expect(pendingChanges(databaseOf(a), trip.id)).toBe(1);
    await syncOnce(databaseOf(a), team);
    expect(pendingChanges(databaseOf(a), trip.id)).toBe(0);
  });

  it('converges after the server is SIGKILLed mid-sync and restarted, losing nothing it acknowledged', async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const trip = makeTrip(a, { title: 'Wuxi → Södertälje' });
    await shareTrip(databaseOf(a), trip.id, team, 'Anna');
    await syncOnce(databaseOf(b), team);
    for (let i = 0; i < 20; i++) makeItem(a, trip.id, { title: `Visit ${i}` });
    const interrupted = syncOnce(databaseOf(a), team, trip.id, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    await server.kill('SIGKILL');
    await interrupted;
    await server.restart();
    await syncOnce(databaseOf(a), team);
    // Acknowledged, then the server is killed again before any clean shutdown.
    await server.kill('SIGKILL');
    await server.restart();
    await syncOnce(databaseOf(b), team);
    expect(exportOf(b, trip.id)).toBe(exportOf(a, trip.id));
    expect(countRows(b, 'items', 'trip_id = ?', trip.id)).toBe(20);
  });

  it('refuses a document from a newer schema and a hostile update, with the tables unchanged', async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const trip = makeTrip(a);
    makeItem(a, trip.id);
    await shareTrip(databaseOf(a), trip.id, team, 'Anna');
    await syncOnce(databaseOf(b), team);
    const before = exportOf(b, trip.id);

    // Someone with the team's token writes rows that break the domain's rules.
    const hostile = connectClient(team.url, tripDocumentName(trip.id), team.token);
    await hostile.acknowledged();
    const items = hostile.doc.getMap('items');
    const [itemId] = [...items.keys()];
    hostile.doc.transact(() => (items.get(itemId!) as Y.Map<unknown>).set('startLocal', 'not a time'));
    await hostile.acknowledged();
    const refusal = await syncOnce(databaseOf(b), team, trip.id).catch((e: unknown) => e);
    expect((refusal as Error).message).toMatch(/invalid value at items/);
    expect(exportOf(b, trip.id)).toBe(before);

    const newer = connectClient(team.url, tripDocumentName(trip.id), team.token);
    await newer.acknowledged();
    newer.doc.getMap('meta').set('schemaVersion', 999);
    await newer.acknowledged();
    const [c] = laptops(1) as [Core];
    const incompatible = await syncOnce(databaseOf(c), team).catch((e: unknown) => e);
    expect((incompatible as SyncRefusal).code).toBe('incompatible_schema');
    expect((incompatible as Error).message).toMatch(/newer version of Delegation Planner/);
    expect(countRows(c, 'trips', 'id = ?', trip.id)).toBe(0);
    hostile.destroy();
    newer.destroy();
  });
});
