import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { migrations } from '../../core/db/migrations';
import type { Item } from '../../shared/domain/item';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import { expectError, expectOk, freshCore, tempDbPath } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

const TRIP = '00000000-0000-4000-8000-000000000001';
const MEMBER = '10000000-0000-4000-8000-000000000001';
const ITEM = '20000000-0000-4000-8000-000000000001';

/** A file at schema version 9 (before outcomes and seating) with a trip, a member and a dinner. */
function version9File(): string {
  const file = tempDbPath();
  const db = new Database(file);
  migrate(db, file, migrations.slice(0, 9));
  const stamp = '2016-01-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
     VALUES (?, 'Västerås → Jinan', 'outgoing', '2017-10-28', '2017-11-05', 'Europe/Stockholm', 'draft', ?, ?, 4)`,
  ).run(TRIP, stamp, stamp);
  db.prepare(
    `INSERT INTO members (id, trip_id, name, role, precedence, visa_status, created_at, updated_at, revision)
     VALUES (?, ?, 'Anders Teljebäck', 'head', 1, 'granted', ?, ?, 2)`,
  ).run(MEMBER, TRIP, stamp, stamp);
  db.prepare(
    `INSERT INTO items (id, trip_id, kind, title, start_local, start_zone, end_zone, start_instant, created_at, updated_at, revision)
     VALUES (?, ?, 'meal', 'Welcome dinner', '2017-10-30T18:30', 'Asia/Shanghai', 'Asia/Shanghai', 1509359400000, ?, ?, 5)`,
  ).run(ITEM, TRIP, stamp, stamp);
  db.close();
  return file;
}

describe('migration 010: outcomes, seating plans, the report and invitation personal data', () => {
  it('makes existing items planned with no outcome or plan, trips without report texts, members without sex or birth date', () => {
    const core = freshCore(version9File());
    const item = expectOk(core.dispatch('items:get', { id: ITEM })) as Item;
    expect([item.state, item.outcome, item.seating, item.revision]).toEqual(['planned', '', null, 5]);
    const trip = expectOk(core.dispatch('trips:get', { id: TRIP })) as Trip;
    expect([trip.reportResults, trip.reportLessons, trip.reportNextSteps, trip.revision]).toEqual(['', '', '', 4]);
    const [member] = expectOk(core.dispatch('members:list', { tripId: TRIP })) as Member[];
    expect([member!.sex, member!.dateOfBirth, member!.revision]).toEqual([null, null, 2]);
    expect(databaseOf(core).prepare(`SELECT dflt_value FROM pragma_table_info('meetings') WHERE name = 'agreements'`).pluck().get()).toBe("''");
  });

  it('then keeps what is saved: a cancelled dinner with its reason, a seating plan, report texts, a birth date', () => {
    const core = freshCore(version9File());
    const seating = { shape: 'round' as const, seats: 8, protocol: 'facing' as const, assignments: [{ seat: 0, person: { kind: 'member' as const, id: MEMBER } }] };
    expectOk(core.dispatch('items:update', { id: ITEM, patch: { state: 'cancelled', outcome: 'Hosts moved it to lunch', seating } }));
    const item = expectOk(core.dispatch('items:get', { id: ITEM })) as Item;
    expect([item.state, item.outcome, item.seating]).toEqual(['cancelled', 'Hosts moved it to lunch', seating]);
    expectOk(core.dispatch('trips:update', { id: TRIP, patch: { reportResults: 'Avtal undertecknat', reportNextSteps: 'Återbesök 2018' } }));
    expect((expectOk(core.dispatch('trips:get', { id: TRIP })) as Trip).reportNextSteps).toBe('Återbesök 2018');
    expectOk(core.dispatch('members:update', { id: MEMBER, patch: { sex: 'male', dateOfBirth: '1961-04-02' } }));
    const [member] = expectOk(core.dispatch('members:list', { tripId: TRIP })) as Member[];
    expect([member!.sex, member!.dateOfBirth]).toEqual(['male', '1961-04-02']);
  });

  it('refuses states, plans and sexes the app does not know, in the file itself and through the API', () => {
    const core = freshCore(version9File());
    expect(() => databaseOf(core).prepare(`UPDATE items SET state = 'changed'`).run()).toThrow(/CHECK constraint/);
    expect(() => databaseOf(core).prepare(`UPDATE items SET seating = '{not json'`).run()).toThrow(/CHECK constraint/);
    expect(() => databaseOf(core).prepare(`UPDATE members SET sex = 'unknown'`).run()).toThrow(/CHECK constraint/);
    const twice = { shape: 'long', seats: 4, protocol: 'facing', assignments: [
      { seat: 1, person: { kind: 'member', id: MEMBER } },
      { seat: 1, person: { kind: 'contact', id: TRIP } },
    ] };
    expect(expectError(core.dispatch('items:update', { id: ITEM, patch: { seating: twice } } as never), 'invalid_input').message).toMatch(/Seat 2 is given twice/);
  });
});
