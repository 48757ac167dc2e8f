import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { applyRemoteAddressBook, setAddressBookSharing } from '../../core/sync/address-book';
import { SyncRefusal } from '../../core/sync/errors';
import { syncOnce, type Team } from '../../core/sync/sync';
import type { Contact } from '../../shared/domain/contact';
import { countRows, ok } from '../core/helpers';
import { laptops } from './laptops';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { readStoredDocument } from './stored';

let server: SyncServerProcess;
let team: Team;

beforeAll(async () => {
  server = await startSyncServer();
  team = { url: server.url, token: await server.newTeam('contact-centre') };
});
afterAll(() => server?.stop());

async function syncAll(all: Core[]): Promise<void> {
  for (let round = 0; round < 2; round++) for (const laptop of all) await syncOnce(databaseOf(laptop), team);
}

/** The address book as a user compares it: every contact and organisation, all fields. */
function addressBook(core: Core): string {
  const db = databaseOf(core);
  return JSON.stringify([db.prepare('SELECT * FROM organisations ORDER BY id').all(), db.prepare('SELECT * FROM contacts ORDER BY id').all()]);
}

const contact = (core: Core, id: string) => ok(core, 'contacts:get', { id }) as Contact;

describe('the team’s shared address book (document “contacts”) through the sync server', () => {
  it('reaches every laptop that turned it on; same rules as a trip: fields merge, delete wins', async () => {
    const [a, b, c] = laptops(3) as [Core, Core, Core];
    const org = ok(a, 'organisations:create', { name: 'Jinan Foreign Affairs Office', nativeName: '济南市外事办公室', city: 'Jinan', country: 'CN' });
    const wang = ok(a, 'contacts:create', { name: 'Wang Wei', nativeName: '王伟', organisationId: org.id, email: 'wang@example.cn', notes: 'Föredrar te' });
    const li = ok(a, 'contacts:create', { name: 'Li Na', nativeName: '李娜', phone: '+86 531 0000' });
    ok(c, 'contacts:create', { name: 'Åsa Öberg', title: 'Kommunikationschef' });
    // Laptop c never turns the switch on: its address book stays its own.
    for (const laptop of [a, b]) setAddressBookSharing(databaseOf(laptop), team.url);
    await syncAll([a, b, c]);
    expect(contact(b, wang.id).nativeName).toBe('王伟');
    expect(addressBook(b)).toBe(addressBook(a));
    expect(countRows(c, 'contacts')).toBe(1);
    expect(countRows(a, 'contacts', 'name = ?', 'Åsa Öberg')).toBe(0);
    const stored = (await readStoredDocument(server.dataDir, 'contact-centre', 'contacts'))!;
    expect([...stored.getMap('contacts').keys()].sort()).toEqual([li.id, wang.id].sort());

    // Offline: a and b edit different fields of Wang Wei; a deletes Li Na while b edits her.
    ok(a, 'contacts:update', { id: wang.id, patch: { phone: '+86 531 1234' } });
    ok(b, 'contacts:update', { id: wang.id, patch: { title: 'Direktör' } });
    ok(a, 'contacts:delete', { id: li.id });
    ok(b, 'contacts:update', { id: li.id, patch: { email: 'li@example.cn' } });
    await syncAll([a, b]);
    expect(contact(b, wang.id)).toMatchObject({ phone: '+86 531 1234', title: 'Direktör' });
    expect(countRows(b, 'contacts', 'id = ?', li.id)).toBe(0);
    expect(addressBook(b)).toBe(addressBook(a));
  });

  it('never brings an erased contact back, and refuses a hostile update with the tables unchanged', async () => {
    const [a, b] = laptops(2) as [Core, Core];
    const chen = ok(a, 'contacts:create', { name: 'Chen Jie', nativeName: '陈杰', notes: 'Allergisk mot nötter' });
    for (const laptop of [a, b]) setAddressBookSharing(databaseOf(laptop), team.url);
    await syncAll([a, b]);
    expect(countRows(b, 'contacts', 'id = ?', chen.id)).toBe(1);

    ok(b, 'privacy:erasePerson', { person: { id: chen.id }, confirm: true });
    await syncAll([a, b]);
    expect(countRows(b, 'privacy_erasures', 'entity_id = ?', chen.id)).toBe(1);
    expect(countRows(b, 'contacts', 'id = ? AND name = ?', chen.id, 'Chen Jie')).toBe(0);
    // The erasure travels as a delete: a has no copy left either.
    expect(countRows(a, 'contacts', 'id = ?', chen.id)).toBe(0);

    const before = addressBook(b);
    const hostile = new Y.Doc();
    const row = new Y.Map<unknown>();
    const stranger = '00000000-0000-4000-8000-0000000000aa';
    hostile.getMap('contacts').set(stranger, row);
    row.set('id', stranger);
    row.set('name', 'Chen Jie');
    row.set('shoeSize', 44);
    expect(() => applyRemoteAddressBook(databaseOf(b), Y.encodeStateAsUpdate(hostile))).toThrow(SyncRefusal);
    const unknownPart = new Y.Doc();
    unknownPart.getMap('passwords').set('x', 'y');
    expect(() => applyRemoteAddressBook(databaseOf(b), Y.encodeStateAsUpdate(unknownPart))).toThrow(/unknown part/);
    expect(addressBook(b)).toBe(before);
  });
});
