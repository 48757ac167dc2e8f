import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, countRows, expectError, freshCore, makeItem, makeMember, makeTrip, ok, unknownId } from './helpers';

describe('meeting details', () => {
  it('a new meeting item has empty details', () => {
    const core = freshCore();
    const item = makeItem(core, makeTrip(core).id);
    expect(ok(core, 'meetings:get', { itemId: item.id })).toMatchObject({
      itemId: item.id,
      agenda: '',
      counterpartIds: [],
      followUps: [],
      hostOrganisationId: null,
      interpreterMemberId: null,
    });
  });

  it('stores host, counterparts, interpreter and agenda and reads them back', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const interpreter = makeMember(core, trip.id, 'Karin Interpreter', { role: 'interpreter' });
    const host = ok(core, 'organisations:create', { name: 'Jinan Municipal People’s Government', nativeName: '济南市人民政府' });
    const mayor = ok(core, 'contacts:create', { name: 'Wang Wei', nativeName: '王伟', organisationId: host.id, role: 'host' });
    const aide = ok(core, 'contacts:create', { name: 'Liu Yang', organisationId: host.id });
    const item = makeItem(core, trip.id, { kind: 'visit', title: 'Visit to the water works' });

    const details = ok(core, 'meetings:update', {
      itemId: item.id,
      patch: {
        hostOrganisationId: host.id,
        counterpartIds: [mayor.id, aide.id],
        counterpartLanguage: 'zh',
        interpreterMemberId: interpreter.id,
        agenda: '1. Welcome\n2. Water treatment',
        talkingPoints: 'Internal: mention the 2018 exchange',
        onlineUrl: 'https://meet.example.org/jinan',
      },
    });
    expect(details).toMatchObject({
      itemId: item.id,
      hostOrganisationId: host.id,
      counterpartIds: [mayor.id, aide.id],
      interpreterMemberId: interpreter.id,
      agenda: '1. Welcome\n2. Water treatment',
      revision: 0,
    });
    expect(ok(core, 'meetings:get', { itemId: item.id })).toEqual(details);

    // A second update changes only what it names.
    const again = ok(core, 'meetings:update', { itemId: item.id, patch: { dressCode: 'Dark suit', counterpartIds: [aide.id] } });
    expect(again).toMatchObject({ agenda: details.agenda, dressCode: 'Dark suit', counterpartIds: [aide.id], revision: 1 });

    // The workspace carries the details and the contacts and organisations they refer to.
    const ws = ok(core, 'trips:workspace', { id: trip.id });
    expect(ws.meetings.map((m) => m.itemId)).toEqual([item.id]);
    expect(ws.contacts.map((c) => c.id)).toEqual([aide.id]);
    expect(ws.organisations.map((o) => o.id)).toEqual([host.id]);
  });

  it('only meetings and visits have details', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const dinner = makeItem(core, trip.id, { kind: 'meal', title: 'Banquet' });
    expectError(call(core, 'meetings:get', { itemId: dinner.id }), 'conflict');
    expectError(call(core, 'meetings:update', { itemId: dinner.id, patch: { agenda: 'x' } }), 'conflict');
    expect(countRows(core, 'meetings')).toBe(0);
    expectError(call(core, 'meetings:get', { itemId: unknownId }), 'not_found');
  });

  it('refuses an interpreter from another trip and unknown counterparts, changing nothing', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const stranger = makeMember(core, makeTrip(core, { title: 'Other' }).id, 'Stranger');
    const item = makeItem(core, trip.id);
    ok(core, 'meetings:update', { itemId: item.id, patch: { agenda: 'Kept' } });
    expectError(call(core, 'meetings:update', { itemId: item.id, patch: { agenda: 'Lost', interpreterMemberId: stranger.id } }), 'conflict');
    expectError(call(core, 'meetings:update', { itemId: item.id, patch: { agenda: 'Lost', counterpartIds: [unknownId] } }), 'not_found');
    expectError(call(core, 'meetings:update', { itemId: item.id, patch: { hostOrganisationId: unknownId } }), 'not_found');
    expect(ok(core, 'meetings:get', { itemId: item.id }).agenda).toBe('Kept');
  });

  it('follow-ups keep their ids and done state across updates, in the given order', () => {
    const core = freshCore();
    const item = makeItem(core, makeTrip(core).id);
    const send = { id: randomUUID(), text: 'Send the signed letter', owner: 'Anna', dueDate: '2017-11-15', done: false };
    const invite = { id: randomUUID(), text: 'Invite the delegation to Sweden', owner: '', dueDate: null, done: false };

    ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [send, invite] } });
    // Tick one off and reorder.
    const ticked = ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [invite, { ...send, done: true }] } });
    expect(ticked.followUps).toEqual([invite, { ...send, done: true }]);

    // Another field changes: follow-ups are untouched.
    const later = ok(core, 'meetings:update', { itemId: item.id, patch: { minutes: 'Agreed on the exchange.' } });
    expect(later.followUps).toEqual([invite, { ...send, done: true }]);

    // Removing one deletes just that one.
    const removed = ok(core, 'meetings:update', { itemId: item.id, patch: { followUps: [{ ...send, done: true }] } });
    expect(removed.followUps).toEqual([{ ...send, done: true }]);
    expect(countRows(core, 'follow_ups')).toBe(1);
  });

  it("refuses to take over another meeting's follow-up id", () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const first = makeItem(core, trip.id, { title: 'First' });
    const second = makeItem(core, trip.id, { title: 'Second' });
    const followUp = { id: randomUUID(), text: 'Ours', owner: '', dueDate: null, done: false };
    ok(core, 'meetings:update', { itemId: first.id, patch: { followUps: [followUp] } });
    expectError(call(core, 'meetings:update', { itemId: second.id, patch: { followUps: [{ ...followUp, text: 'Stolen' }] } }), 'conflict');
    expect(ok(core, 'meetings:get', { itemId: first.id }).followUps).toEqual([followUp]);
    expect(ok(core, 'meetings:get', { itemId: second.id }).followUps).toEqual([]);
  });

  it('deleting the interpreter member clears the interpreter, keeping the rest', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const interpreter = makeMember(core, trip.id, 'Karin');
    const item = makeItem(core, trip.id);
    ok(core, 'meetings:update', { itemId: item.id, patch: { interpreterMemberId: interpreter.id, agenda: 'Agenda' } });
    ok(core, 'members:delete', { id: interpreter.id });
    expect(ok(core, 'meetings:get', { itemId: item.id })).toMatchObject({ interpreterMemberId: null, agenda: 'Agenda' });
  });

  it('refuses a non-https meeting link', () => {
    const core = freshCore();
    const item = makeItem(core, makeTrip(core).id);
    const error = expectError(call(core, 'meetings:update', { itemId: item.id, patch: { onlineUrl: 'javascript:alert(1)' } }), 'invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['patch', 'onlineUrl']);
  });
});
