import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { openCore, type Core } from '../../core/core';
import type { TripFile } from '../../core/sharing';
import { cli, databaseHash, demoCore, exportText, failure, JINAN_ID, ok, tempDir } from './helpers';

/**
 * Trip files must not change more than the trip they carry without the user's say (audit,
 * issue 15): an address-book entry that other trips use, and a tombstone that names something
 * else here.
 */

/** Alice's Jinan trip, a second trip that uses the same contacts, and a file whose copy of one contact is newer. */
function sharedContact() {
  const alice = demoCore();
  const copy = ok(alice, 'trips:duplicate', { id: JINAN_ID, startDate: '2019-05-01', title: 'Jinan 2019' });
  const file = JSON.parse(exportText(alice, JINAN_ID)) as TripFile;
  const contacts = ok(alice, 'trips:workspace', { id: copy.id }).contacts;
  const target = file.contacts.find((c) => contacts.some((x) => x.id === c.id))!;
  // Same id, higher revision: what a hand-edited (or malicious) file looks like.
  Object.assign(target, { name: 'Mallory', phone: '+1 900 666', revision: target.revision + 5, updatedAt: '2030-01-01T00:00:00.000Z' });
  return { alice, copy, target, content: JSON.stringify(file) };
}

const contactName = (core: Core, id: string) => ok(core, 'contacts:get', { id }).name;

describe('address-book entries other trips use', () => {
  it('are listed apart in the preview and left alone unless the user confirms', () => {
    const { alice, target, content } = sharedContact();
    const before = contactName(alice, target.id);
    const preview = ok(alice, 'sharing:previewImport', { content });
    const change = preview.changes.find((c) => c.id === target.id)!;
    expect(change).toMatchObject({ type: 'contact', action: 'update', willApply: false, usedByOtherTrips: ['Jinan 2019'] });
    expect(preview.pendingContactUpdates).toBe(1);

    ok(alice, 'sharing:applyImport', { content });
    expect(contactName(alice, target.id)).toBe(before);

    const confirmed = ok(alice, 'sharing:applyImport', { content, updateContacts: true });
    expect(confirmed.changes.find((c) => c.id === target.id)).toMatchObject({ willApply: true, usedByOtherTrips: ['Jinan 2019'] });
    expect(contactName(alice, target.id)).toBe('Mallory');
  });

  it('are refused by the CLI without --update-contacts, changing nothing, and accepted with it', async () => {
    const { alice, target, content } = sharedContact();
    const before = databaseHash(alice);
    alice.close();
    const file = path.join(tempDir(), 'jinan.delegation');
    fs.writeFileSync(file, content);

    const refused = await cli('import', '--db', alice.dbPath, '--in', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/address-book entry that other trips here use: .*Jinan 2019.*--update-contacts/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    const dry = await cli('import', '--db', alice.dbPath, '--in', file, '--dry-run');
    expect(dry.stdout).toContain('--update-contacts');
    const reopened = openCore(alice.dbPath);
    expect(databaseHash(reopened)).toBe(before);
    reopened.close();

    const accepted = await cli('import', '--db', alice.dbPath, '--in', file, '--update-contacts');
    expect(accepted.code, accepted.stderr).toBe(0);
    const after = openCore(alice.dbPath);
    expect(contactName(after, target.id)).toBe('Mallory');
    after.close();
  });

  it('a contact only this trip uses is updated as before, without asking', () => {
    const alice = demoCore();
    const file = JSON.parse(exportText(alice, JINAN_ID)) as TripFile;
    const target = file.contacts[0]!;
    Object.assign(target, { name: 'Ny Namn', revision: target.revision + 1, updatedAt: '2030-01-01T00:00:00.000Z' });
    const result = ok(alice, 'sharing:applyImport', { content: JSON.stringify(file) });
    expect(result.pendingContactUpdates).toBe(0);
    expect(contactName(alice, target.id)).toBe('Ny Namn');
  });
});

describe('a tombstone with the wrong entity type', () => {
  it('is refused, and nothing is written', () => {
    const alice = demoCore();
    const file = JSON.parse(exportText(alice, JINAN_ID)) as TripFile;
    const wuxiItem = ok(alice, 'trips:workspace', { id: ok(alice, 'trips:list', {}).find((t) => t.id !== JINAN_ID)!.id }).items[0]!;
    file.tombstones.push({ entityId: wuxiItem.id, entityType: 'contact', deletedAt: '2017-10-01T00:00:00.000Z' });
    const content = JSON.stringify(file);
    const before = databaseHash(alice);
    for (const operation of ['sharing:previewImport', 'sharing:applyImport'] as const) {
      const error = failure(alice, operation, { content });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/marks .* as a deleted contact, but here it is an item: the file cannot be imported/);
    }
    expect(databaseHash(alice)).toBe(before);
    expect(exportText(alice, JINAN_ID)).not.toContain(wuxiItem.id);
  });

  it('is refused when this database recorded that deletion under another type', () => {
    const alice = demoCore();
    const contact = ok(alice, 'contacts:create', { name: 'Tillfällig' });
    ok(alice, 'contacts:delete', { id: contact.id });
    const file = JSON.parse(exportText(alice, JINAN_ID)) as TripFile;
    file.tombstones.push({ entityId: contact.id, entityType: 'member', deletedAt: '2017-10-01T00:00:00.000Z' });
    expect(failure(alice, 'sharing:applyImport', { content: JSON.stringify(file) }).message).toMatch(/deleted member, but here it is a contact/);
  });
});
