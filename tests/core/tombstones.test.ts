import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { createTrip } from '../../core/services/trips';
import { createMember } from '../../core/services/members';
import { createItem } from '../../core/services/items';
import { createContact } from '../../core/services/contacts';
import { ItemCreate } from '../../shared/domain/item';
import { MemberCreate } from '../../shared/domain/member';
import { TripCreate } from '../../shared/domain/trip';
import { ContactCreate } from '../../shared/domain/contact';
import { freshCore, makeItem, makeMember, makeTrip, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

type Tombstone = { entity_id: string; entity_type: string; trip_id: string | null; deleted_at: string };
const tombstone = (core: Core, id: string) =>
  databaseOf(core).prepare('SELECT * FROM deletions WHERE entity_id = ?').get(id) as Tombstone | undefined;

describe('tombstones', () => {
  it('deleting a member, an item or a contact leaves a tombstone with type and trip', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    const contact = ok(core, 'contacts:create', { name: 'Wang Wei' });
    const organisation = ok(core, 'organisations:create', { name: 'Jinan Government' });
    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Group' });

    ok(core, 'members:delete', { id: member.id });
    ok(core, 'items:delete', { id: item.id });
    ok(core, 'contacts:delete', { id: contact.id });
    ok(core, 'organisations:delete', { id: organisation.id });
    ok(core, 'groups:delete', { id: group.id });

    expect(tombstone(core, member.id)).toMatchObject({ entity_type: 'member', trip_id: trip.id });
    expect(tombstone(core, item.id)).toMatchObject({ entity_type: 'item', trip_id: trip.id });
    expect(tombstone(core, group.id)).toMatchObject({ entity_type: 'member_group', trip_id: trip.id });
    expect(tombstone(core, contact.id)).toMatchObject({ entity_type: 'contact', trip_id: null });
    expect(tombstone(core, organisation.id)).toMatchObject({ entity_type: 'organisation', trip_id: null });
    // An ISO-8601 UTC timestamp, like the rest of the file's timestamps.
    expect(tombstone(core, item.id)!.deleted_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // The trip itself lives on.
    expect(tombstone(core, trip.id)).toBeUndefined();
  });

  it('deleting a trip leaves tombstones for it and everything deleted with it', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    const followUp = { id: randomUUID(), text: 'Write report', owner: '', dueDate: null, done: false };
    ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [followUp] } });

    ok(core, 'trips:delete', { id: trip.id });

    expect(tombstone(core, trip.id)).toMatchObject({ entity_type: 'trip', trip_id: trip.id });
    expect(tombstone(core, member.id)).toMatchObject({ entity_type: 'member', trip_id: trip.id });
    expect(tombstone(core, item.id)).toMatchObject({ entity_type: 'item', trip_id: trip.id });
    expect(tombstone(core, followUp.id)).toMatchObject({ entity_type: 'follow_up' });
  });

  it('a removed follow-up leaves a tombstone with its trip', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const item = makeItem(core, trip.id);
    const followUp = { id: randomUUID(), text: 'Write report', owner: '', dueDate: null, done: false };
    ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [followUp] } });
    ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [] } });
    expect(tombstone(core, followUp.id)).toMatchObject({ entity_type: 'follow_up', trip_id: trip.id });
  });

  it('re-creating an entity with the same id (undo, merge) removes its tombstone', () => {
    const core = freshCore();
    const tripInput = TripCreate.parse({ title: 'Undo me', direction: 'outgoing', startDate: '2017-10-27', endDate: '2017-10-28' });
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    const contact = ok(core, 'contacts:create', { name: 'Wang Wei' });
    const doomed = databaseOf(core).transaction(() => createTrip(databaseOf(core), tripInput))();

    ok(core, 'members:delete', { id: member.id });
    ok(core, 'items:delete', { id: item.id });
    ok(core, 'contacts:delete', { id: contact.id });
    ok(core, 'trips:delete', { id: doomed.id });
    for (const id of [member.id, item.id, contact.id, doomed.id]) expect(tombstone(core, id)).toBeDefined();

    // The services take an explicit id for exactly this purpose.
    databaseOf(core).transaction(() => {
      createTrip(databaseOf(core), tripInput, doomed.id);
      createMember(databaseOf(core), MemberCreate.parse({ tripId: trip.id, name: 'Anna' }), member.id);
      createItem(databaseOf(core), ItemCreate.parse({ tripId: trip.id, kind: 'meal', title: 'Lunch', startLocal: '2017-10-30T12:00', startZone: 'Asia/Shanghai' }), item.id);
      createContact(databaseOf(core), ContactCreate.parse({ name: 'Wang Wei' }), contact.id);
    })();

    for (const id of [member.id, item.id, contact.id, doomed.id]) expect(tombstone(core, id)).toBeUndefined();
    expect(ok(core, 'members:list', { tripId: trip.id }).map((m) => m.id)).toEqual([member.id]);
  });
});

describe('timestamps and revisions', () => {
  /** Move an entity's timestamps into the past so a later change is visible without waiting. */
  function backdate(core: Core, table: string, id: string, key = 'id') {
    databaseOf(core).prepare(`UPDATE ${table} SET created_at = '2017-01-01T00:00:00.000Z', updated_at = '2017-01-01T00:00:00.000Z' WHERE ${key} = ?`).run(id);
  }

  it('a new entity has revision 0 and updatedAt equal to createdAt', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    const contact = ok(core, 'contacts:create', { name: 'Wang Wei' });
    // Many items, so that two separate clock reads for the two fields would show up.
    const items = Array.from({ length: 200 }, (_, i) => makeItem(core, trip.id, { title: `Item ${i}`, endLocal: null }));
    for (const entity of [trip, member, item, contact, ...items]) {
      expect(entity.revision).toBe(0);
      expect(entity.updatedAt).toBe(entity.createdAt);
      expect(Date.parse(entity.createdAt)).not.toBeNaN();
    }
  });

  it('every update bumps revision and updated_at and keeps created_at', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    const contact = ok(core, 'contacts:create', { name: 'Wang Wei' });
    backdate(core, 'trips', trip.id);
    backdate(core, 'members', member.id);
    backdate(core, 'items', item.id);
    backdate(core, 'contacts', contact.id);

    const changed = [
      ok(core, 'trips:update', { id: trip.id, patch: { notes: 'Changed' } }),
      ok(core, 'members:update', { id: member.id, patch: { title: 'Mayor' } }),
      ok(core, 'items:update', { id: item.id, patch: { title: 'Changed' } }),
      ok(core, 'contacts:update', { id: contact.id, patch: { title: 'Vice Mayor' } }),
    ];
    for (const entity of changed) {
      expect(entity.revision).toBe(1);
      expect(entity.createdAt).toBe('2017-01-01T00:00:00.000Z');
      expect(entity.updatedAt > '2017-01-01T00:00:00.000Z').toBe(true);
    }

    // Archiving is a change too, and revisions keep counting.
    const archived = ok(core, 'trips:archive', { id: trip.id, archived: true });
    expect(archived.revision).toBe(2);
    expect(ok(core, 'trips:update', { id: trip.id, patch: { title: 'Again' } }).revision).toBe(3);
  });

  it('meeting details count their own revisions', () => {
    const core = freshCore();
    const item = makeItem(core, makeTrip(core).id);
    expect(ok(core, 'meetings:update', { itemId: item.id, patch: { agenda: 'One' } }).revision).toBe(0);
    backdate(core, 'meetings', item.id, 'item_id');
    const second = ok(core, 'meetings:update', { itemId: item.id, patch: { agenda: 'Two' } });
    expect(second).toMatchObject({ revision: 1, createdAt: '2017-01-01T00:00:00.000Z' });
    expect(second.updatedAt > '2017-01-01T00:00:00.000Z').toBe(true);
  });
});
