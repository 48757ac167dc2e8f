import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, refusal, type TestClient } from './clients';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { storedDocumentCount } from './stored';

/** The sync server as a real process, with plain Y.Doc clients through @hocuspocus/provider. */

const servers: SyncServerProcess[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.stop();
});

async function server(): Promise<SyncServerProcess> {
  const started = await startSyncServer();
  servers.push(started);
  return started;
}

function client(url: string, name: string, token: string, doc?: Y.Doc): TestClient {
  const connected = connectClient(url, name, token, doc);
  clients.push(connected);
  return connected;
}

describe('sync server', () => {
  it('relays edits between two laptops of one team until both documents are the same', async () => {
    const sync = await server();
    const token = await sync.newTeam('vasteras');
    const a = client(sync.url, 'trip/5d1c6f2e-8f0a-4a43-9a53-0a4f6d6c2b11', token);
    const b = client(sync.url, 'trip/5d1c6f2e-8f0a-4a43-9a53-0a4f6d6c2b11', token);
    await Promise.all([a.acknowledged(), b.acknowledged()]);

    a.doc.getMap('trips').set('title', 'Västerås → Jinan 济南');
    b.doc.getText('notes').insert(0, 'Möte med borgmästaren');
    await Promise.all([
      a.until((doc) => doc.getText('notes').toString() === 'Möte med borgmästaren'),
      b.until((doc) => doc.getMap('trips').get('title') === 'Västerås → Jinan 济南'),
    ]);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc));
    expect(sync.output().stdout).toMatch(/^connected team=vasteras document=trip\/5d1c6f2e-\S+ address=\S+$/m);
    expect(sync.output().stdout).not.toContain(token);
  });

  it('refuses an unknown token and stores nothing', async () => {
    const sync = await server();
    await sync.newTeam('vasteras');
    const laptop = new Y.Doc();
    laptop.getMap('contacts').set('c1', 'Wang Fang 王芳');
    const refused = await refusal(sync.url, 'contacts', 'not-a-token', laptop);
    expect(refused.reason).toBe('token refused');
    expect(sync.output().stdout).toMatch(/^refused document=contacts address=\S+ reason=token refused$/m);
    expect(await sync.kill('SIGTERM')).toBe(0);
    expect(storedDocumentCount(sync.dataDir)).toBe(0);
  });

  it('refuses a revoked token from the next connection on', async () => {
    const sync = await server();
    const token = await sync.newTeam('sodertalje');
    const before = client(sync.url, 'index', token);
    await before.acknowledged();
    await sync.revokeTeam('sodertalje');
    expect((await refusal(sync.url, 'index', token)).reason).toBe('token refused');
  });

  it('refuses document names outside trip/<id>, contacts and index', async () => {
    const sync = await server();
    const token = await sync.newTeam('vasteras');
    for (const name of ['sodertalje/contacts', 'trip/', 'trip/../index', 'passwords']) {
      expect((await refusal(sync.url, name, token)).reason, name).toBe('unknown document name');
    }
  });

  it('keeps two teams apart even when their documents have the same name', async () => {
    const sync = await server();
    const west = await sync.newTeam('vasteras');
    const south = await sync.newTeam('sodertalje');
    const a = client(sync.url, 'contacts', west);
    const b = client(sync.url, 'contacts', south);
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    a.doc.getMap('contacts').set('c1', 'Li Wei 李伟');
    await a.acknowledged();
    // A later client of team south sees only south's document.
    const late = client(sync.url, 'contacts', south);
    await late.acknowledged();
    expect(late.doc.getMap('contacts').size).toBe(0);
    expect(b.doc.getMap('contacts').size).toBe(0);
  });
});
