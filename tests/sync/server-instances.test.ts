import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, refusal, type TestClient } from './clients';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { startPostgres, startRedis, type Service } from './system-services';

/** Several server instances sharing Redis (live changes) and PostgreSQL (documents, teams). */

let redis: Service;
let postgres: Service;
const servers: SyncServerProcess[] = [];
const clients: TestClient[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

afterAll(async () => {
  await Promise.all([redis?.stop(), postgres?.stop()]);
});

/** Two instances; they share the token secret (the same --data folder, as the docs advise). */
async function twoInstances(): Promise<[SyncServerProcess, SyncServerProcess]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-sync-shared-'));
  dirs.push(dataDir);
  const args = ['--redis', redis.url, '--postgres', postgres.url];
  const first = await startSyncServer({ dataDir, args });
  servers.push(first);
  const second = await startSyncServer({ dataDir, args });
  servers.push(second);
  return [first, second];
}

function client(url: string, name: string, token: string): TestClient {
  const connected = connectClient(url, name, token);
  clients.push(connected);
  return connected;
}

const TRIP = 'trip/3c9e1f7a-2b4d-4e8f-9a1b-6c5d4e3f2a10';

describe('several sync server instances', () => {
  it('relays an edit made through one instance to a laptop on the other', async () => {
    const [one, two] = await twoInstances();
    const token = await one.newTeam('vasteras');
    const a = client(one.url, TRIP, token);
    const b = client(two.url, TRIP, token);
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    a.doc.getMap('items').set('banquet', 'Bankett hos Shenyangs borgmästare 沈阳');
    await b.until((doc) => doc.getMap('items').get('banquet') === 'Bankett hos Shenyangs borgmästare 沈阳');
    b.doc.getText('minutes').insert(0, 'Avtalet undertecknat');
    await a.until((doc) => doc.getText('minutes').toString() === 'Avtalet undertecknat');
  });

  it('loads on one instance what was stored through the other, after both restart', async () => {
    const [one, two] = await twoInstances();
    const token = await one.newTeam('sodertalje');
    const a = client(one.url, 'contacts', token);
    await a.acknowledged();
    a.doc.getMap('contacts').set('c1', 'Zhou Min 周敏, Wuxi');
    await a.acknowledged();
    a.destroy();
    expect(await one.kill('SIGTERM')).toBe(0);
    expect(await two.kill('SIGTERM')).toBe(0);
    await Promise.all([one.restart(), two.restart()]);
    const b = client(two.url, 'contacts', token);
    await b.until((doc) => doc.getMap('contacts').get('c1') === 'Zhou Min 周敏, Wuxi');
  });

  it('refuses a token revoked through one instance on the other too', async () => {
    const [one, two] = await twoInstances();
    const token = await one.newTeam('jinan-office');
    await client(two.url, 'index', token).acknowledged();
    await one.revokeTeam('jinan-office');
    expect((await refusal(two.url, 'index', token)).reason).toBe('token refused');
  });
});
