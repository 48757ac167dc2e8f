import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { DEMO_TRIP_IDS } from '../../core/demo/ids';
import { databaseOf } from '../../core/db/raw-handle';
import { takeDirtyTrips } from '../../core/sync/dirty-trips';
import { captureTrip, lastOutboxId, startSharing } from '../../core/sync/store';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import { freshCore, ok, openRaw, tempDbPath } from '../core/helpers';
import { withDemo } from './laptops';

/**
 * A write captures only the shared trips it touched (core/sync/dirty-trips.ts). What must hold:
 * whatever the write, nothing of it is left behind — capturing every shared trip in full right
 * after it finds nothing new — while an edit of one trip leaves the others alone.
 */

const SERVER = 'ws://127.0.0.1:1';
const TRIPS = [DEMO_TRIP_IDS.jinan, DEMO_TRIP_IDS.wuxi] as const;

function sharedDemo(): { core: Core; db: Database.Database; file: string } {
  const file = tempDbPath();
  const core = withDemo(freshCore(file));
  const db = databaseOf(core);
  for (const tripId of TRIPS) db.transaction(() => startSharing(db, tripId, SERVER)).immediate();
  return { core, db, file };
}

/** The outbox rows a full capture of every shared trip adds now: none, when nothing was missed. */
function leftBehind(db: Database.Database): string[] {
  return db.transaction(() =>
    TRIPS.filter((tripId) => {
      const before = lastOutboxId(db, tripId);
      captureTrip(db, tripId);
      return lastOutboxId(db, tripId) !== before;
    }),
  ).immediate();
}

type Op =
  | { kind: 'itemTitle' | 'itemDelete' | 'itemCreate' | 'itemContacts' | 'participants' | 'meeting'; trip: number; pick: number; text: string }
  | { kind: 'memberEdit' | 'memberDelete' | 'reorder' | 'group' | 'groupEdit'; trip: number; pick: number; text: string }
  | { kind: 'contact' | 'organisation' | 'restore' | 'otherConnection'; trip: number; pick: number; text: string };

const text = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom('a', 'ö', '济', 'Z', ' ') }).filter((s) => s.trim() !== '');
const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom(
    'itemTitle',
    'itemDelete',
    'itemCreate',
    'itemContacts',
    'participants',
    'meeting',
    'memberEdit',
    'memberDelete',
    'reorder',
    'group',
    'groupEdit',
    'contact',
    'organisation',
    'restore',
    'otherConnection',
  ),
  trip: fc.nat(1),
  pick: fc.nat(1_000),
  text,
}) as fc.Arbitrary<Op>;

/** An item edit by another program on the file, the way the services write it (revision + 1). */
function editElsewhere(file: string, itemId: string, title: string): void {
  openRaw(file)
    .prepare("UPDATE items SET title = ?, revision = revision + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ') WHERE id = ?")
    .run(title, itemId);
}

function apply(core: Core, file: string, trash: string[], o: Op): void {
  const tripId = TRIPS[o.trip]!;
  const items = ok(core, 'items:list', { tripId }) as Item[];
  const members = ok(core, 'members:list', { tripId }) as Member[];
  const item = items[o.pick % items.length]!;
  const member = members[o.pick % members.length]!;
  const { contacts } = ok(core, 'contacts:list', {});
  switch (o.kind) {
    case 'itemTitle':
      ok(core, 'items:update', { id: item.id, patch: { title: `${item.title.slice(0, 30)} ${o.text}`.trim() } });
      break;
    case 'itemCreate':
      ok(core, 'items:create', { tripId, kind: 'visit', title: o.text.trim(), startLocal: item.startLocal, startZone: item.startZone });
      break;
    case 'itemDelete':
      if (items.length > 2) trash.push(ok(core, 'items:delete', { id: item.id }).trashId);
      break;
    case 'itemContacts':
      ok(core, 'items:update', { id: item.id, patch: { contactIds: contacts.slice(0, 1 + (o.pick % 3)).map((c) => c.id) } });
      break;
    case 'participants':
      ok(core, 'items:update', { id: item.id, patch: { allMembers: false, participantIds: members.slice(0, 1 + (o.pick % members.length)).map((m) => m.id) } });
      break;
    case 'meeting': {
      const meeting = items.find((i) => i.kind === 'meeting');
      if (meeting) ok(core, 'meetings:update', { itemId: meeting.id, patch: { minutes: o.text, counterpartIds: contacts.slice(o.pick % 4, 2).map((c) => c.id) } });
      break;
    }
    case 'memberEdit':
      ok(core, 'members:update', { id: member.id, patch: { dietaryNeeds: o.text } });
      break;
    case 'memberDelete':
      if (members.length > 2) trash.push(ok(core, 'members:delete', { id: member.id }).trashId);
      break;
    case 'reorder':
      ok(core, 'members:reorder', { tripId, ids: [member.id, ...members.filter((m) => m.id !== member.id).map((m) => m.id)] });
      break;
    case 'group':
      ok(core, 'groups:create', { tripId, name: o.text.trim(), memberIds: [member.id] });
      break;
    case 'groupEdit': {
      const group = (ok(core, 'groups:list', { tripId }) as { id: string }[])[0];
      if (group) ok(core, 'groups:update', { id: group.id, name: o.text.trim(), memberIds: members.slice(0, 2).map((m) => m.id) });
      break;
    }
    case 'contact':
      ok(core, 'contacts:update', { id: contacts[o.pick % contacts.length]!.id, patch: { notes: o.text } });
      break;
    case 'organisation': {
      const organisations = ok(core, 'organisations:list', {}) as { id: string }[];
      ok(core, 'organisations:update', { id: organisations[o.pick % organisations.length]!.id, patch: { city: o.text } });
      break;
    }
    case 'restore': {
      const trashId = trash.pop();
      if (trashId) ok(core, 'trash:restore', { trashId });
      break;
    }
    case 'otherConnection': {
      // Another program on the same file (an older app, the CLI): no trigger of ours fires
      // there, so the next write here, to the other trip, must still capture this one.
      editElsewhere(file, item.id, `${item.title.slice(0, 30)} ${o.text}`.trim());
      const other = (ok(core, 'items:list', { tripId: TRIPS[1 - o.trip]! }) as Item[])[0]!;
      ok(core, 'items:update', { id: other.id, patch: { description: o.text } });
      break;
    }
  }
}

describe('a write to shared trips', () => {
  it('leaves nothing uncaptured, whatever it changed: items, members, groups, meetings, the address book, the trash or another program', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 10 }), (ops) => {
        const { core, db, file } = sharedDemo();
        const trash: string[] = [];
        for (const o of ops) {
          apply(core, file, trash, o);
          expect(leftBehind(db), o.kind).toEqual([]);
        }
        core.close();
      }),
      { numRuns: 15 },
    );
  });

  it('captures only the trip it touched; the address book and another program’s writes touch every trip', () => {
    const { core, db, file } = sharedDemo();
    const [jinan, wuxi] = TRIPS;
    const dirtyAfter = (write: () => void) =>
      db.transaction(() => {
        write();
        return takeDirtyTrips(db, TRIPS);
      }).immediate();
    // A connection starts with every trip to capture.
    expect(dirtyAfter(() => {})).toEqual([jinan, wuxi]);
    expect(dirtyAfter(() => {})).toEqual([]);
    const jinanItem = (ok(core, 'items:list', { tripId: jinan }) as Item[])[0]!;
    expect(dirtyAfter(() => db.prepare('UPDATE items SET title = ? WHERE id = ?').run('Jinan', jinanItem.id))).toEqual([jinan]);
    const wuxiMember = (ok(core, 'members:list', { tripId: wuxi }) as Member[])[0]!;
    expect(dirtyAfter(() => db.prepare('UPDATE members SET notes = ? WHERE id = ?').run('x', wuxiMember.id))).toEqual([wuxi]);
    const jinanMember = (ok(core, 'members:list', { tripId: jinan }) as Member[])[0]!;
    const participant = db.prepare('INSERT OR IGNORE INTO item_participants (item_id, member_id) VALUES (?, ?)');
    expect(dirtyAfter(() => participant.run(jinanItem.id, jinanMember.id))).toEqual([jinan]);
    expect(dirtyAfter(() => db.prepare("UPDATE contacts SET notes = 'Met in Jinan'").run())).toEqual([jinan, wuxi]);
    // A write to the search index alone touches no trip.
    expect(dirtyAfter(() => db.prepare('DELETE FROM search_entries').run())).toEqual([]);
    editElsewhere(file, jinanItem.id, 'Elsewhere');
    expect(dirtyAfter(() => {})).toEqual([jinan, wuxi]);
    // A write that rolls back takes its marks with it.
    expect(() =>
      db.transaction(() => {
        db.prepare('UPDATE items SET title = ? WHERE id = ?').run('Rolled back', jinanItem.id);
        throw new Error('the write failed');
      }).immediate(),
    ).toThrow('the write failed');
    expect(dirtyAfter(() => {})).toEqual([]);
  });
});
