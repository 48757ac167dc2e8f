import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, type TestClient } from './clients';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { readStoredDocument } from './stored';

/** What the server has acknowledged survives SIGKILL; SIGTERM stores everything and exits 0. */

const servers: SyncServerProcess[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.stop();
});

function client(url: string, name: string, token: string): TestClient {
  const connected = connectClient(url, name, token);
  clients.push(connected);
  return connected;
}

const TRIP = 'trip/0b7e7c1a-3f57-4d0e-9b6a-7a3c2f9d4e21';

describe('sync server durability', () => {
  it('keeps every acknowledged edit when SIGKILLed mid-sync, and the laptops converge after the restart', async () => {
    const sync = await startSyncServer();
    servers.push(sync);
    const token = await sync.newTeam('vasteras');
    const laptop = client(sync.url, TRIP, token);
    await laptop.acknowledged();
    const items = laptop.doc.getMap<string>('items');
    for (let i = 0; i < 50; i++) items.set(`acked-${i}`, `Möte ${i} i Shenyang 沈阳`);
    await laptop.acknowledged();
    // More edits in flight: some may reach the server, none has been acknowledged yet.
    for (let i = 0; i < 50; i++) items.set(`in-flight-${i}`, `Lunch ${i}`);
    expect(await sync.kill('SIGKILL')).toBeNull();

    const stored = await readStoredDocument(sync.dataDir, 'vasteras', TRIP);
    for (let i = 0; i < 50; i++) expect(stored?.getMap('items').get(`acked-${i}`)).toBe(`Möte ${i} i Shenyang 沈阳`);

    await sync.restart();
    const colleague = client(sync.url, TRIP, token);
    // The first laptop reconnects by itself and pushes what was never acknowledged.
    await colleague.until((doc) => doc.getMap('items').size === 100);
    await laptop.acknowledged();
    expect(colleague.doc.getMap('items').toJSON()).toEqual(items.toJSON());
  });

  it('stores the documents and exits 0 on SIGTERM', async () => {
    const sync = await startSyncServer();
    servers.push(sync);
    const token = await sync.newTeam('sodertalje');
    const laptop = client(sync.url, 'contacts', token);
    await laptop.acknowledged();
    laptop.doc.getText('note').insert(0, 'Wuxi-delegationen anländer måndag');
    await laptop.acknowledged();
    expect(await sync.kill('SIGTERM')).toBe(0);
    expect(sync.output().stdout.split('\n')[0]).toMatch(/^listening on ws:\/\/127\.0\.0\.1:\d+$/);
    expect((await readStoredDocument(sync.dataDir, 'sodertalje', 'contacts'))?.getText('note').toString()).toBe(
      'Wuxi-delegationen anländer måndag',
    );
  });
});
