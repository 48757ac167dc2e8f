import { describe, expect, it } from 'vitest';
import { DEMO_TRIP_IDS, seedDemo } from '../../core/demo';
import type { Core } from '../../core/core';
import { Contact, Organisation } from '../../shared/domain/contact';
import { Item } from '../../shared/domain/item';
import { MeetingDetails } from '../../shared/domain/meeting';
import { Member } from '../../shared/domain/member';
import { Trip } from '../../shared/domain/trip';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { offsetMinutes, toInstant } from '../../shared/time/zoned';
import { freshCore, ok } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

const TABLES = [
  'trips',
  'members',
  'member_groups',
  'member_group_members',
  'organisations',
  'contacts',
  'items',
  'item_participants',
  'item_contacts',
  'meetings',
  'meeting_counterparts',
  'follow_ups',
  'deletions',
];

/** Every stored row, in a stable order: "changes nothing" means this is identical. */
function snapshot(core: Core): Record<string, unknown[]> {
  return Object.fromEntries(TABLES.map((t) => [t, databaseOf(core).prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]));
}

function seeded(): { core: Core; jinan: TripWorkspace; wuxi: TripWorkspace } {
  const core = freshCore();
  expect(seedDemo(databaseOf(core))).toEqual({ created: true, tripIds: [DEMO_TRIP_IDS.jinan, DEMO_TRIP_IDS.wuxi] });
  return {
    core,
    jinan: ok(core, 'trips:workspace', { id: DEMO_TRIP_IDS.jinan }),
    wuxi: ok(core, 'trips:workspace', { id: DEMO_TRIP_IDS.wuxi }),
  };
}

const attends = (item: Item, memberId: string) => item.allMembers || item.participantIds.includes(memberId);
const byStart = (a: Item, b: Item) => toInstant(a.startLocal, a.startZone) - toInstant(b.startLocal, b.startZone);

describe('seedDemo', () => {
  it('creates the outgoing Jinan trip and the incoming Wuxi trip', () => {
    const { core, jinan, wuxi } = seeded();
    expect(jinan.trip).toMatchObject({ direction: 'outgoing', startDate: '2017-10-28', homeTimeZone: 'Europe/Stockholm' });
    expect(jinan.trip.destinations.map((d) => [d.city, d.nativeName, d.timeZone])).toEqual([
      ['Jinan', '济南', 'Asia/Shanghai'],
      ['Shenyang', '沈阳', 'Asia/Shanghai'],
    ]);
    expect(jinan.trip.notes).toContain('Demo: days and times are plausible inventions, not the real programme.');
    expect(wuxi.trip).toMatchObject({ direction: 'incoming', hostingOrganisation: 'Södertälje kommun' });
    expect(wuxi.trip.sendingOrganisation).toContain('无锡市人民政府');
    expect(ok(core, 'trips:list', {}).map((t) => t.id).sort()).toEqual(Object.values(DEMO_TRIP_IDS).sort());
  });

  it('stores only data that passes the same schemas as user data', () => {
    const { jinan, wuxi } = seeded();
    for (const w of [jinan, wuxi]) {
      Trip.parse(w.trip);
      w.members.forEach((m) => Member.parse(m));
      w.items.forEach((i) => Item.parse(i));
      w.meetings.forEach((m) => MeetingDetails.parse(m));
      w.contacts.forEach((c) => Contact.parse(c));
      w.organisations.forEach((o) => Organisation.parse(o));
      expect(w.meetings.length).toBeGreaterThan(3);
    }
    expect(jinan.meetings.every((m) => m.counterpartLanguage === 'zh' && m.interpreterContactId)).toBe(true);
    expect(jinan.organisations.map((o) => o.nativeName)).toContain('济南市外事办公室');
  });

  it('lists the nine Jinan members in precedence order, Teljebäck first', () => {
    const { jinan } = seeded();
    expect(jinan.members).toHaveLength(9);
    expect(jinan.members.map((m) => m.precedence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(jinan.members[0]).toMatchObject({ name: 'Anders Teljebäck', party: 'S', role: 'head' });
  });

  it('gives personal names only to the four people the press release names', () => {
    const { jinan } = seeded();
    // Two capitalised words and nothing else reads as a person; roles are written "Role, context".
    const personal = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
    const role = /^\p{Lu}[\p{L} ]*, \S/u;
    const names = jinan.members.map((m) => m.name);
    expect(new Set(names.filter((n) => personal.test(n)))).toEqual(
      new Set(['Anders Teljebäck', 'Elisabeth Unell', 'Charlotta Filling', 'Peter Engström']),
    );
    expect(names.filter((n) => !personal.test(n)).every((n) => role.test(n))).toBe(true);
  });

  it('sends exactly the three members of the Shenyang group to Shenyang', () => {
    const { jinan } = seeded();
    const group = jinan.groups.find((g) => g.name === 'Shenyang-gruppen')!;
    expect(group.memberIds).toHaveLength(3);
    expect(group.memberIds).toContain(jinan.members[0]!.id);

    const shenyangItems = jinan.items.filter((i) => i.title.includes('Shenyang'));
    expect(shenyangItems.map((i) => i.kind)).toEqual(expect.arrayContaining(['flight', 'accommodation', 'meeting']));
    const attending = new Set(shenyangItems.flatMap((i) => (i.allMembers ? jinan.members.map((m) => m.id) : i.participantIds)));
    expect([...attending].sort()).toEqual([...group.memberIds].sort());
    for (const item of shenyangItems) expect(item.participantIds.slice().sort()).toEqual([...group.memberIds].sort());

    const others = jinan.members.filter((m) => !group.memberIds.includes(m.id));
    expect(others).toHaveLength(6);
    for (const m of others) expect(shenyangItems.some((i) => attends(i, m.id))).toBe(false);
  });

  it('flies out from Stockholm time to China time, across the end of Swedish summer time', () => {
    const { jinan } = seeded();
    const flight = jinan.items.find((i) => i.kind === 'flight')!;
    expect(flight).toMatchObject({ startZone: 'Europe/Stockholm', endZone: 'Asia/Shanghai', startLocal: '2017-10-28T13:30' });
    const start = toInstant(flight.startLocal, flight.startZone);
    const end = toInstant(flight.endLocal!, flight.endZone);
    expect(end).toBeGreaterThan(start);
    // Summer time at departure, winter time by the time the others land at home.
    const homeFlight = jinan.items.find((i) => i.kind === 'flight' && i.endZone === 'Europe/Stockholm')!;
    expect(offsetMinutes(start, 'Europe/Stockholm')).toBe(120);
    expect(offsetMinutes(toInstant(homeFlight.endLocal!, homeFlight.endZone), 'Europe/Stockholm')).toBe(60);
  });

  it('brings every member of the Jinan trip home to Västerås', () => {
    const { jinan } = seeded();
    const items = [...jinan.items].sort(byStart);
    for (const m of jinan.members) {
      const last = items.filter((i) => attends(i, m.id)).at(-1)!;
      expect(last.details.to, m.name).toContain('Västerås');
    }
  });

  it('takes the Wuxi delegation to the five places of earlier visits', () => {
    const { wuxi } = seeded();
    const visits = wuxi.items.filter((i) => i.kind === 'visit').map((i) => i.title);
    for (const place of ['Wendela Hebbe', 'AstraZeneca', 'Telge Återvinning', 'Tom Tits', 'Stavbofjärden']) {
      expect(visits.some((t) => t.includes(place)), place).toBe(true);
    }
    expect(wuxi.members.find((m) => m.role === 'head')).toMatchObject({ name: 'Vice Mayor of Wuxi', nativeName: '无锡市副市长' });
  });

  it('changes nothing when run again', () => {
    const { core } = seeded();
    const before = snapshot(core);
    expect(before.items!.length).toBeGreaterThan(40);
    expect(seedDemo(databaseOf(core))).toEqual({ created: false, tripIds: [DEMO_TRIP_IDS.jinan, DEMO_TRIP_IDS.wuxi] });
    expect(snapshot(core)).toEqual(before);
  });

  it('leaves an edited demo trip alone and recreates only a deleted one', () => {
    const { core, jinan } = seeded();
    ok(core, 'trips:update', { id: DEMO_TRIP_IDS.jinan, patch: { title: 'Our own Jinan trip' } });
    ok(core, 'trips:delete', { id: DEMO_TRIP_IDS.wuxi });
    expect(seedDemo(databaseOf(core)).created).toBe(true);
    expect(ok(core, 'trips:get', { id: DEMO_TRIP_IDS.jinan }).title).toBe('Our own Jinan trip');
    expect(ok(core, 'trips:workspace', { id: DEMO_TRIP_IDS.jinan }).items).toHaveLength(jinan.items.length);
    expect(ok(core, 'trips:workspace', { id: DEMO_TRIP_IDS.wuxi }).members).toHaveLength(8);
  });
});
