import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import type { Contact } from '../../shared/domain/contact';
import type { ImportChange, ImportPreview } from '../../shared/sharing/types';
import { databaseHash, demoCore, exportText, freshCore, JINAN_ID, ok, withoutStamp } from './helpers';

/**
 * Alice planned the Jinan trip and sends it to Bob, who plans on his own laptop and sends his
 * edited copy back. Merging uses the stable ids and the shared-versions bookkeeping.
 */
function aliceAndBob(): { alice: Core; bob: Core } {
  const alice = demoCore();
  const bob = freshCore();
  ok(bob, 'sharing:applyImport', { content: exportText(alice, JINAN_ID) });
  return { alice, bob };
}

const items = (core: Core) => ok(core, 'items:list', { tripId: JINAN_ID });
const members = (core: Core) => ok(core, 'members:list', { tripId: JINAN_ID });
const find = (preview: ImportPreview, id: string): ImportChange | undefined => preview.changes.find((c) => c.id === id);

describe('merging a colleague’s edited copy', () => {
  it('updates what they changed and adds what they added, with a clear report; then both copies are identical', () => {
    const { alice, bob } = aliceAndBob();
    const [first, second] = items(bob);
    ok(bob, 'items:update', { id: first!.id, patch: { title: 'Bus to Arlanda (new time)', startLocal: '2017-10-28T08:15' } });
    const added = ok(bob, 'items:create', {
      tripId: JINAN_ID,
      kind: 'meal',
      title: 'Lunch at Arlanda',
      startLocal: '2017-10-28T11:45',
      startZone: 'Europe/Stockholm',
    });
    const newcomer = ok(bob, 'members:create', { tripId: JINAN_ID, name: 'Åsa Öberg', role: 'press' });
    const fromBob = exportText(bob, JINAN_ID);

    const before = databaseHash(alice);
    const preview = ok(alice, 'sharing:previewImport', { content: fromBob });
    expect(databaseHash(alice)).toBe(before);
    expect(preview.mode).toBe('merge');
    expect(preview.conflicts).toBe(0);
    expect(find(preview, first!.id)).toMatchObject({ action: 'update', willApply: true, fields: ['title', 'startLocal'] });
    expect(find(preview, added.id)).toMatchObject({ action: 'add', willApply: true, label: 'Lunch at Arlanda (2017-10-28 11:45)' });
    expect(find(preview, newcomer.id)).toMatchObject({ action: 'add', type: 'member', label: 'Åsa Öberg' });
    expect(find(preview, second!.id)).toBeUndefined(); // unchanged ones are only counted
    expect(preview.summary.item).toMatchObject({ update: 1, add: 1 });

    const result = ok(alice, 'sharing:applyImport', { content: fromBob });
    expect(result.applied).toBe(true);
    expect(withoutStamp(exportText(alice, JINAN_ID))).toBe(withoutStamp(fromBob));
  });

  it('a later round from the same colleague updates again without conflicts', () => {
    const { alice, bob } = aliceAndBob();
    const item = items(bob)[3]!;
    ok(bob, 'items:update', { id: item.id, patch: { title: 'Round one' } });
    ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    ok(bob, 'items:update', { id: item.id, patch: { title: 'Round two' } });
    const preview = ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    expect(find(preview, item.id)).toMatchObject({ action: 'update' });
    expect(ok(alice, 'items:get', { id: item.id }).title).toBe('Round two');
  });

  it('and Alice’s edits flow back to Bob the same way', () => {
    const { alice, bob } = aliceAndBob();
    const item = items(alice)[2]!;
    ok(alice, 'items:update', { id: item.id, patch: { publicNotes: 'Bring the gifts.' } });
    const result = ok(bob, 'sharing:applyImport', { content: exportText(alice, JINAN_ID) });
    expect(find(result, item.id)).toMatchObject({ action: 'update' });
    expect(ok(bob, 'items:get', { id: item.id }).publicNotes).toBe('Bring the gifts.');
  });

  it('keeps what was added here and not in the file', () => {
    const { alice, bob } = aliceAndBob();
    const mine = ok(alice, 'items:create', { tripId: JINAN_ID, kind: 'other', title: 'Only here', startLocal: '2017-10-30T07:00', startZone: 'Asia/Shanghai' });
    const preview = ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    expect(find(preview, mine.id)).toMatchObject({ action: 'local_only', willApply: false });
    expect(ok(alice, 'items:get', { id: mine.id }).title).toBe('Only here');
  });

  it('re-importing an older file changes nothing', () => {
    const { alice, bob } = aliceAndBob();
    const old = exportText(bob, JINAN_ID);
    const item = items(bob)[1]!;
    ok(bob, 'items:update', { id: item.id, patch: { title: 'Newer' } });
    ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    const hash = databaseHash(alice);
    const again = ok(alice, 'sharing:applyImport', { content: old });
    expect(find(again, item.id)).toMatchObject({ action: 'keep_local', willApply: false });
    expect(again.upToDate).toBe(true);
    expect(databaseHash(alice)).toBe(hash);
  });

  it('keeps passport numbers here when the file has none', () => {
    const { alice, bob } = aliceAndBob();
    const member = members(alice)[0]!;
    ok(alice, 'members:update', { id: member.id, patch: { passportNumber: 'SE1234567' } });
    ok(bob, 'members:update', { id: member.id, patch: { phone: '+46 70 000 00 00' } });
    // Alice's own edit since sharing makes it a conflict: take Bob's version of this member.
    const result = ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID), theirs: true });
    expect(find(result, member.id)).toMatchObject({ action: 'conflict', outcome: 'theirs', fields: ['phone'] });
    const after = ok(alice, 'members:list', { tripId: JINAN_ID })[0]!;
    expect(after.phone).toBe('+46 70 000 00 00');
    expect(after.passportNumber).toBe('SE1234567');
  });
});

describe('conflicts', () => {
  function bothEdit() {
    const { alice, bob } = aliceAndBob();
    const item = items(alice)[4]!;
    ok(alice, 'items:update', { id: item.id, patch: { title: 'Alice’s title' } });
    ok(bob, 'items:update', { id: item.id, patch: { title: 'Bob’s title', publicNotes: 'Bob' } });
    return { alice, bob, item, fromBob: exportText(bob, JINAN_ID) };
  }

  it('are reported and the local version is kept by default', () => {
    const { alice, item, fromBob } = bothEdit();
    const result = ok(alice, 'sharing:applyImport', { content: fromBob });
    expect(result.conflicts).toBe(1);
    expect(find(result, item.id)).toMatchObject({
      action: 'conflict',
      outcome: 'ours',
      willApply: false,
      fields: ['title', 'publicNotes'],
      reason: expect.stringMatching(/Changed both here and in the file.*kept/),
    });
    expect(ok(alice, 'items:get', { id: item.id }).title).toBe('Alice’s title');
    // Still a conflict next time: keeping ours was the default, not a decision.
    expect(ok(alice, 'sharing:previewImport', { content: fromBob }).conflicts).toBe(1);
  });

  it('take the file’s version with theirs', () => {
    const { alice, item, fromBob } = bothEdit();
    const result = ok(alice, 'sharing:applyImport', { content: fromBob, theirs: true });
    expect(find(result, item.id)).toMatchObject({ action: 'conflict', outcome: 'theirs', willApply: true });
    expect(ok(alice, 'items:get', { id: item.id })).toMatchObject({ title: 'Bob’s title', publicNotes: 'Bob' });
  });

  it('can be resolved one by one (the app’s conflict list)', () => {
    const { alice, bob, item, fromBob: _ } = bothEdit();
    const other = items(alice)[5]!;
    ok(alice, 'items:update', { id: other.id, patch: { title: 'Alice 2' } });
    ok(bob, 'items:update', { id: other.id, patch: { title: 'Bob 2' } });
    const result = ok(alice, 'sharing:applyImport', {
      content: exportText(bob, JINAN_ID),
      theirs: true,
      resolutions: [{ type: 'item', id: other.id, choose: 'ours' }],
    });
    expect(result.conflicts).toBe(2);
    expect(ok(alice, 'items:get', { id: item.id }).title).toBe('Bob’s title');
    expect(ok(alice, 'items:get', { id: other.id }).title).toBe('Alice 2');
  });
});

describe('deletions', () => {
  it('are applied only when the user confirms', () => {
    const { alice, bob } = aliceAndBob();
    const item = items(bob)[6]!;
    const member = members(bob).at(-1)!;
    ok(bob, 'items:delete', { id: item.id });
    ok(bob, 'members:delete', { id: member.id });
    const fromBob = exportText(bob, JINAN_ID);

    const unconfirmed = ok(alice, 'sharing:applyImport', { content: fromBob });
    expect(find(unconfirmed, item.id)).toMatchObject({ action: 'remove', willApply: false });
    expect(find(unconfirmed, member.id)).toMatchObject({ action: 'remove', willApply: false, type: 'member' });
    expect(unconfirmed.pendingDeletions).toBe(2);
    expect(ok(alice, 'items:get', { id: item.id }).id).toBe(item.id);

    const confirmed = ok(alice, 'sharing:applyImport', { content: fromBob, applyDeletions: true });
    expect(find(confirmed, item.id)).toMatchObject({ action: 'remove', willApply: true, outcome: 'theirs' });
    expect(alice.dispatch('items:get', { id: item.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(members(alice).map((m) => m.id)).not.toContain(member.id);
    expect(withoutStamp(exportText(alice, JINAN_ID))).toBe(withoutStamp(fromBob));
  });

  it('of something changed here is a conflict, kept unless the file’s version is taken too', () => {
    const { alice, bob } = aliceAndBob();
    const item = items(bob)[7]!;
    ok(bob, 'items:delete', { id: item.id });
    ok(alice, 'items:update', { id: item.id, patch: { title: 'Still needed' } });
    const fromBob = exportText(bob, JINAN_ID);
    const kept = ok(alice, 'sharing:applyImport', { content: fromBob, applyDeletions: true });
    expect(find(kept, item.id)).toMatchObject({ action: 'conflict', outcome: 'ours', willApply: false });
    expect(ok(alice, 'items:get', { id: item.id }).title).toBe('Still needed');
    ok(alice, 'sharing:applyImport', { content: fromBob, applyDeletions: true, theirs: true });
    expect(alice.dispatch('items:get', { id: item.id }).ok).toBe(false);
  });

  it('made here stay: an unchanged item in the file is not brought back; a changed one is a conflict', () => {
    const { alice, bob } = aliceAndBob();
    const [a, b] = [items(alice)[8]!, items(alice)[9]!];
    ok(alice, 'items:delete', { id: a.id });
    ok(alice, 'items:delete', { id: b.id });
    ok(bob, 'items:update', { id: b.id, patch: { title: 'Bob changed it' } });
    const result = ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    expect(find(result, a.id)).toMatchObject({ action: 'stays_deleted', willApply: false });
    expect(find(result, b.id)).toMatchObject({ action: 'conflict', outcome: 'ours', willApply: false });
    expect(alice.dispatch('items:get', { id: a.id }).ok).toBe(false);
    ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID), resolutions: [{ type: 'item', id: b.id, choose: 'theirs' }] });
    expect(ok(alice, 'items:get', { id: b.id }).title).toBe('Bob changed it');
  });

  it('a participant deleted here is left out of an item brought in, with a warning', () => {
    const { alice, bob } = aliceAndBob();
    const shenyangItem = items(bob).find((i) => !i.allMembers)!;
    const leaving = shenyangItem.participantIds[0]!;
    ok(alice, 'members:delete', { id: leaving });
    ok(bob, 'items:update', { id: shenyangItem.id, patch: { title: 'Shenyang (changed)' } });
    const result = ok(alice, 'sharing:applyImport', { content: exportText(bob, JINAN_ID) });
    expect(find(result, leaving)).toMatchObject({ action: 'stays_deleted' });
    expect(find(result, shenyangItem.id)).toMatchObject({ action: 'update' });
    expect(result.warnings.join('\n')).toMatch(/left out because the member was deleted here/);
    expect(ok(alice, 'items:get', { id: shenyangItem.id }).participantIds).not.toContain(leaving);
  });
});

describe('the address book', () => {
  it('matches contacts already there by name and organisation or e-mail, never duplicating them', () => {
    const alice = demoCore();
    const [byName, byEmail] = ok(alice, 'trips:workspace', { id: JINAN_ID }).contacts as [Contact, Contact];
    ok(alice, 'contacts:update', { id: byEmail.id, patch: { email: 'duty@example.org' } });
    const fromAlice = exportText(alice, JINAN_ID);
    const { contacts } = ok(alice, 'trips:workspace', { id: JINAN_ID });

    // Bob's address book already has two of these people, typed in by himself (other ids).
    const bob = freshCore();
    const orgOfByName = ok(alice, 'trips:workspace', { id: JINAN_ID }).organisations.find((o) => o.id === byName.organisationId);
    const bobsOrg = orgOfByName ? ok(bob, 'organisations:create', { name: orgOfByName.name, nativeName: orgOfByName.nativeName }) : undefined;
    const bobsA = ok(bob, 'contacts:create', { name: byName.name, nativeName: byName.nativeName, organisationId: bobsOrg?.id ?? null });
    const bobsB = ok(bob, 'contacts:create', { name: 'Someone', email: 'Duty@Example.org' });
    const countBefore = ok(bob, 'contacts:list', {}).total;

    const result = ok(bob, 'sharing:applyImport', { content: fromAlice });
    expect(find(result, byName.id)).toMatchObject({ action: 'match', matchedId: bobsA.id });
    expect(find(result, byEmail.id)).toMatchObject({ action: 'match', matchedId: bobsB.id });
    if (orgOfByName) expect(find(result, orgOfByName.id)).toMatchObject({ action: 'match', matchedId: bobsOrg!.id });
    expect(ok(bob, 'contacts:list', {}).total).toBe(countBefore + contacts.length - 2);
    // The trip's items and meetings now point at Bob's own entries.
    const ws = ok(bob, 'trips:workspace', { id: JINAN_ID });
    expect(ws.contacts.map((c) => c.id)).toEqual(expect.arrayContaining([bobsA.id, bobsB.id]));
    expect(ws.contacts.map((c) => c.id)).not.toContain(byName.id);
    expect(ws.contacts.map((c) => c.id)).not.toContain(byEmail.id);

    // Importing the same file again adds nothing more.
    ok(bob, 'sharing:applyImport', { content: fromAlice });
    expect(ok(bob, 'contacts:list', {}).total).toBe(countBefore + contacts.length - 2);
  });

  it('a second trip that shares contacts with the first does not duplicate them', () => {
    const alice = demoCore();
    const bob = freshCore();
    ok(bob, 'sharing:applyImport', { content: exportText(alice, JINAN_ID) });
    const count = ok(bob, 'contacts:list', {}).total;
    // A copy of the trip made from a template keeps the same contacts.
    const copy = ok(alice, 'trips:duplicate', { id: JINAN_ID, startDate: '2019-05-01', title: 'Jinan 2019' });
    const result = ok(bob, 'sharing:applyImport', { content: exportText(alice, copy.id) });
    expect(result.mode).toBe('new');
    expect(result.changes.filter((c) => c.type === 'contact' && c.action === 'add')).toEqual([]);
    expect(ok(bob, 'contacts:list', {}).total).toBe(count);
  });
});

describe('a deleted trip', () => {
  it('is brought back whole by importing its file', () => {
    const alice = demoCore();
    const text = exportText(alice, JINAN_ID);
    ok(alice, 'trips:delete', { id: JINAN_ID });
    const preview = ok(alice, 'sharing:previewImport', { content: text });
    expect(preview).toMatchObject({ mode: 'new', restoresDeletedTrip: true, conflicts: 0 });
    ok(alice, 'sharing:applyImport', { content: text });
    expect(members(alice)).toHaveLength(9);
  });
});
