import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { toInstant } from '../../shared/time/zoned';
import { call, expectError, freshCore, makeItem, makeMember, makeTrip, ok, unknownId } from './helpers';

/** A small but complete trip: members, a group, a flight across zones, a meeting with details. */
function sourceTrip(core: Core) {
  const trip = makeTrip(core, { status: 'confirmed', purpose: 'Friendship agreement', startDate: '2017-10-27', endDate: '2017-11-03' });
  const anna = makeMember(core, trip.id, 'Anna', { role: 'head' });
  const bo = makeMember(core, trip.id, 'Bo');
  const karin = makeMember(core, trip.id, 'Karin', { role: 'interpreter' });
  const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Water group', memberIds: [anna.id, bo.id] });
  const host = ok(core, 'organisations:create', { name: 'Jinan Water Bureau' });
  const counterpart = ok(core, 'contacts:create', { name: 'Wang Wei', organisationId: host.id });

  const flight = ok(core, 'items:create', {
    tripId: trip.id,
    kind: 'flight',
    title: 'SK 1415',
    startLocal: '2017-10-27T13:05',
    startZone: 'Europe/Stockholm',
    endLocal: '2017-10-28T04:30',
    endZone: 'Asia/Shanghai',
    details: { carrier: 'SAS', number: 'SK 1415' },
  });
  const meeting = makeItem(core, trip.id, {
    title: 'Water Bureau',
    startLocal: '2017-10-30T09:30',
    endLocal: '2017-10-30T11:00',
    allMembers: false,
    participantIds: [anna.id, karin.id],
    contactIds: [counterpart.id],
  });
  const open = { id: randomUUID(), text: 'Send report', owner: 'Bo', dueDate: '2017-11-10', done: false };
  const done = { id: randomUUID(), text: 'Book interpreter', owner: 'Anna', dueDate: null, done: true };
  ok(core, 'meetings:update', {
    itemId: meeting.id,
    patch: {
      hostOrganisationId: host.id,
      counterpartIds: [counterpart.id],
      interpreterMemberId: karin.id,
      agenda: 'Water treatment cooperation',
      minutes: 'We agreed on a pilot.',
      followUps: [open, done],
    },
  });
  return { trip, anna, bo, karin, group, flight, meeting, host, counterpart, open, done };
}

describe('duplicate trip', () => {
  it('copies the trip as a draft starting on the new date, shifting the end by the same days', () => {
    const core = freshCore();
    const s = sourceTrip(core);
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-04-20', title: 'Jinan 2018' });
    expect(copy.id).not.toBe(s.trip.id);
    expect(copy).toMatchObject({
      title: 'Jinan 2018',
      status: 'draft',
      startDate: '2018-04-20',
      endDate: '2018-04-27',
      purpose: 'Friendship agreement',
      destinations: s.trip.destinations,
      archivedAt: null,
    });
    // Without a title the old one is kept; the source is unchanged.
    expect(ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-04-20' }).title).toBe(s.trip.title);
    expect(ok(core, 'trips:get', { id: s.trip.id })).toEqual(s.trip);
  });

  it("shifts every item's local dates by the same number of days, keeping local times and zones", () => {
    const core = freshCore();
    const s = sourceTrip(core);
    // 2017-10-27 → 2018-03-23: 147 days, across New Year and across Stockholm's DST changes.
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-03-23' });
    const items = ok(core, 'items:list', { tripId: copy.id });
    expect(items.map((i) => [i.title, i.startLocal, i.startZone, i.endLocal, i.endZone])).toEqual([
      ['SK 1415', '2018-03-23T13:05', 'Europe/Stockholm', '2018-03-24T04:30', 'Asia/Shanghai'],
      ['Water Bureau', '2018-03-26T09:30', 'Asia/Shanghai', '2018-03-26T11:00', 'Asia/Shanghai'],
    ]);
    expect(items[0]!.details).toEqual({ carrier: 'SAS', number: 'SK 1415' });
    // Programme order in the copy is by the new instants (local time kept, offset may differ).
    expect(toInstant(items[0]!.startLocal, items[0]!.startZone)).toBeLessThan(toInstant(items[1]!.startLocal, items[1]!.startZone));
  });

  it('creates new members and remaps participants, groups and the interpreter to them', () => {
    const core = freshCore();
    const s = sourceTrip(core);
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-04-20' });
    const ws = ok(core, 'trips:workspace', { id: copy.id });

    expect(ws.members.map((m) => `${m.precedence}:${m.name}:${m.role}`)).toEqual(['1:Anna:head', '2:Bo:member', '3:Karin:interpreter']);
    const oldIds = [s.anna.id, s.bo.id, s.karin.id];
    for (const m of ws.members) expect(oldIds).not.toContain(m.id);
    const id = (name: string) => ws.members.find((m) => m.name === name)!.id;

    expect(ws.groups).toHaveLength(1);
    expect(ws.groups[0]).toMatchObject({ name: 'Water group', memberIds: [id('Anna'), id('Bo')] });
    expect(ws.groups[0]!.id).not.toBe(s.group.id);

    const meeting = ws.items.find((i) => i.title === 'Water Bureau')!;
    expect(meeting).toMatchObject({ allMembers: false, contactIds: [s.counterpart.id] });
    expect([...meeting.participantIds].sort()).toEqual([id('Anna'), id('Karin')].sort());
    const flight = ws.items.find((i) => i.title === 'SK 1415')!;
    expect(flight).toMatchObject({ allMembers: true, participantIds: [] });

    const details = ws.meetings.find((m) => m.itemId === meeting.id)!;
    expect(details).toMatchObject({
      interpreterMemberId: id('Karin'),
      hostOrganisationId: s.host.id,
      counterpartIds: [s.counterpart.id],
      agenda: 'Water treatment cooperation',
    });
  });

  it('does not copy minutes or done follow-ups; open follow-ups get new ids and shifted due dates', () => {
    const core = freshCore();
    const s = sourceTrip(core);
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-04-20' }); // +175 days
    const ws = ok(core, 'trips:workspace', { id: copy.id });
    const details = ws.meetings[0]!;
    expect(details.minutes).toBe('');
    expect(details.followUps).toHaveLength(1);
    expect(details.followUps[0]).toMatchObject({ text: 'Send report', owner: 'Bo', dueDate: '2018-05-04', done: false });
    expect(details.followUps[0]!.id).not.toBe(s.open.id);

    // The source meeting still has its minutes and both follow-ups.
    const original = ok(core, 'meetings:get', { itemId: s.meeting.id });
    expect(original.minutes).toBe('We agreed on a pilot.');
    expect(original.followUps.map((f) => f.id)).toEqual([s.open.id, s.done.id]);
  });

  it('still works when a meeting with details was later changed to another kind', () => {
    const core = freshCore();
    const s = sourceTrip(core);
    // Details stay stored (nothing typed is lost if the kind is changed back) but do not apply.
    ok(core, 'items:update', { id: s.meeting.id, patch: { kind: 'meal', title: 'Lunch with the bureau' } });
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2018-04-20' });
    const ws = ok(core, 'trips:workspace', { id: copy.id });
    expect(ws.items.map((i) => `${i.kind}:${i.title}`)).toEqual(['flight:SK 1415', 'meal:Lunch with the bureau']);
    expect(ws.meetings).toEqual([]);
  });

  it('can move a trip backwards in time and answers not_found for an unknown trip', () => {
    const core = freshCore();
    const s = sourceTrip(core);
    const copy = ok(core, 'trips:duplicate', { id: s.trip.id, startDate: '2017-10-20' });
    expect(copy).toMatchObject({ startDate: '2017-10-20', endDate: '2017-10-27' });
    expect(ok(core, 'items:list', { tripId: copy.id })[0]!.startLocal).toBe('2017-10-20T13:05');
    expectError(call(core, 'trips:duplicate', { id: unknownId, startDate: '2018-01-01' }), 'not_found');
  });
});
