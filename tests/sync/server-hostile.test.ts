import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type TestClient } from './clients';
import { openRawSocket, updateMessage } from './raw-socket';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { readStoredDocument } from './stored';

/** A client sending garbage is refused; the stored document and the other laptops are unharmed. */

const servers: SyncServerProcess[] = [];
const clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const server of servers.splice(0)) await server.stop();
});

const TRIP = 'trip/9f3a2b1c-0d4e-4f5a-8b6c-7d8e9f0a1b2c';

function validUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('items').set('lunch', 'Lunch i Wuxi 无锡');
  return Y.encodeStateAsUpdate(doc);
}

const HOSTILE: [string, Uint8Array][] = [
  ['random bytes', Uint8Array.from({ length: 64 }, (_, i) => (i * 73 + 41) % 256)],
  ['a valid update cut short', validUpdate().subarray(0, validUpdate().length - 5)],
  ['a valid update whose item claims a content type that does not exist', (() => {
    const bytes = validUpdate().slice();
    // Byte 8 is the item's info byte (after struct count, client count, client id, clock).
    bytes[8] = 0x3e;
    return bytes;
  })()],
  ['a huge struct count', Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])],
];

describe('sync server and hostile updates', () => {
  it('refuses malformed updates without touching the stored document', async () => {
    const sync = await startSyncServer();
    servers.push(sync);
    const token = await sync.newTeam('vasteras');
    const laptop = connectClient(sync.url, TRIP, token);
    clients.push(laptop);
    await laptop.acknowledged();
    laptop.doc.getMap('items').set('meeting', 'Möte med Jinans utrikesbyrå 济南市外办');
    await laptop.acknowledged();
    const before = Y.encodeStateAsUpdate(laptop.doc);

    for (const [what, bytes] of HOSTILE) {
      const logged = sync.output().stderr.length;
      const raw = await openRawSocket(sync.url, TRIP, token);
      const answered = raw.answered();
      raw.send(updateMessage(TRIP, bytes));
      await answered;
      raw.close();
      // The server's log line comes down another pipe than its answer: it may arrive second.
      await expect.poll(() => sync.output().stderr.slice(logged), { message: what }).toContain('malformed update');
    }

    // The server still serves the team, with exactly the acknowledged content.
    const colleague = connectClient(sync.url, TRIP, token);
    clients.push(colleague);
    await colleague.acknowledged();
    expect(colleague.doc.getMap('items').toJSON()).toEqual({ meeting: 'Möte med Jinans utrikesbyrå 济南市外办' });
    expect(Y.encodeStateVector(colleague.doc)).toEqual(Y.encodeStateVector(laptop.doc));

    expect(await sync.kill('SIGTERM')).toBe(0);
    const stored = await readStoredDocument(sync.dataDir, 'vasteras', TRIP);
    expect(stored?.getMap('items').toJSON()).toEqual({ meeting: 'Möte med Jinans utrikesbyrå 济南市外办' });
    const reference = new Y.Doc();
    Y.applyUpdate(reference, before);
    expect(Y.encodeStateVector(stored ?? new Y.Doc())).toEqual(Y.encodeStateVector(reference));
  });
});
