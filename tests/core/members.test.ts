import { describe, expect, it } from 'vitest';
import type { Core } from '../../core/core';
import { call, countRows, expectError, freshCore, makeItem, makeMember, makeTrip, ok, unknownId } from './helpers';

function tripWithMembers(core: Core, names: string[]) {
  const trip = makeTrip(core);
  const members = names.map((name) => makeMember(core, trip.id, name));
  return { trip, members };
}

const names = (core: Core, tripId: string) => ok(core, 'members:list', { tripId }).map((m) => `${m.precedence}:${m.name}`);

describe('members', () => {
  it('creates members in order of precedence 1..n with defaults', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna Mayor', 'Bo Deputy', 'Cecilia Staff']);
    expect(members.map((m) => m.precedence)).toEqual([1, 2, 3]);
    expect(members[0]).toMatchObject({ tripId: trip.id, role: 'member', visaStatus: 'unknown', passportExpiry: null, revision: 0 });
    expect(names(core, trip.id)).toEqual(['1:Anna Mayor', '2:Bo Deputy', '3:Cecilia Staff']);
  });

  it('updates a member and keeps the precedence', () => {
    const core = freshCore();
    const { members } = tripWithMembers(core, ['Anna', 'Bo']);
    const updated = ok(core, 'members:update', {
      id: members[1]!.id,
      patch: { role: 'deputy_head', passportExpiry: '2020-01-31', dietaryNeeds: 'Vegetarian', nativeName: '博' },
    });
    expect(updated).toMatchObject({ name: 'Bo', role: 'deputy_head', passportExpiry: '2020-01-31', dietaryNeeds: 'Vegetarian', nativeName: '博', precedence: 2 });
    // Clearing an optional date with null.
    expect(ok(core, 'members:update', { id: members[1]!.id, patch: { passportExpiry: null } }).passportExpiry).toBeNull();
  });

  it('refuses a member for a trip that does not exist', () => {
    const core = freshCore();
    expectError(call(core, 'members:create', { tripId: unknownId, name: 'Nobody' }), 'not_found');
    expectError(call(core, 'members:list', { tripId: unknownId }), 'not_found');
  });

  it('deleting a member renumbers precedence 1..n and removes them from items and groups', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna', 'Bo', 'Cecilia', 'David']);
    const [a, b, c, d] = members as [typeof members[0], typeof members[0], typeof members[0], typeof members[0]];
    const item = makeItem(core, trip.id, { allMembers: false, participantIds: [a.id, b.id, c.id] });
    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Shenyang group', memberIds: [b.id, d.id] });

    ok(core, 'members:delete', { id: b.id });

    expect(names(core, trip.id)).toEqual(['1:Anna', '2:Cecilia', '3:David']);
    expect(ok(core, 'items:get', { id: item.id }).participantIds.sort()).toEqual([a.id, c.id].sort());
    expect(ok(core, 'groups:list', { tripId: trip.id }).find((g) => g.id === group.id)?.memberIds).toEqual([d.id]);
    expectError(call(core, 'members:delete', { id: b.id }), 'not_found');
    // A new precedence is an edit: the members that moved up count a revision, Anna did not move.
    const revisions = Object.fromEntries(ok(core, 'members:list', { tripId: trip.id }).map((m) => [m.name, m.revision]));
    expect(revisions).toEqual({ Anna: 0, Cecilia: 1, David: 1 });
    // A member added afterwards continues the sequence without a gap.
    expect(makeMember(core, trip.id, 'Erik').precedence).toBe(4);
  });

  it('reorders members when given the complete list', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna', 'Bo', 'Cecilia']);
    const [a, b, c] = members.map((m) => m.id) as [string, string, string];
    const result = ok(core, 'members:reorder', { tripId: trip.id, ids: [c, a, b] });
    expect(result.map((m) => `${m.precedence}:${m.name}`)).toEqual(['1:Cecilia', '2:Anna', '3:Bo']);
    expect(names(core, trip.id)).toEqual(['1:Cecilia', '2:Anna', '3:Bo']);
  });

  it('refuses a reorder that leaves out, repeats or adds a member, changing nothing', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna', 'Bo', 'Cecilia']);
    const other = makeTrip(core, { title: 'Other' });
    const stranger = makeMember(core, other.id, 'Stranger');
    const [a, b, c] = members.map((m) => m.id) as [string, string, string];

    expectError(call(core, 'members:reorder', { tripId: trip.id, ids: [c, a] }), 'conflict');
    expectError(call(core, 'members:reorder', { tripId: trip.id, ids: [c, a, a] }), 'conflict');
    expectError(call(core, 'members:reorder', { tripId: trip.id, ids: [c, a, stranger.id] }), 'conflict');
    expectError(call(core, 'members:reorder', { tripId: trip.id, ids: [c, a, b, stranger.id] }), 'conflict');
    expect(names(core, trip.id)).toEqual(['1:Anna', '2:Bo', '3:Cecilia']);
  });

  it('copies members from another trip as new members appended after the existing ones', () => {
    const core = freshCore();
    const source = makeTrip(core, { title: 'Shenyang 2016', startDate: '2016-05-01', endDate: '2016-05-07' });
    const anna = makeMember(core, source.id, 'Anna', { title: 'Mayor', role: 'head', nativeName: '安娜', dietaryNeeds: 'No pork', passportNumber: 'AA123' });
    const bo = makeMember(core, source.id, 'Bo', { party: 'S' });
    makeMember(core, source.id, 'Cecilia');
    const target = makeTrip(core);
    makeMember(core, target.id, 'Already here');

    const copied = ok(core, 'members:copyFromTrip', { fromTripId: source.id, toTripId: target.id, memberIds: [bo.id, anna.id] });
    expect(copied).toHaveLength(2);
    // Source order of precedence is kept, after the one existing member.
    expect(copied.map((m) => `${m.precedence}:${m.name}`)).toEqual(['2:Anna', '3:Bo']);
    for (const m of copied) {
      expect(m.tripId).toBe(target.id);
      expect([anna.id, bo.id]).not.toContain(m.id);
    }
    const { id: _1, tripId: _2, precedence: _3, createdAt: _4, updatedAt: _5, ...annaFields } = anna;
    expect(copied[0]).toMatchObject(annaFields);
    expect(names(core, target.id)).toEqual(['1:Already here', '2:Anna', '3:Bo']);
    // The source trip is untouched.
    expect(names(core, source.id)).toEqual(['1:Anna', '2:Bo', '3:Cecilia']);
  });

  it('copies all members when no ids are given, and refuses ids of other trips or the same trip', () => {
    const core = freshCore();
    const source = makeTrip(core, { title: 'Source' });
    ['Anna', 'Bo'].forEach((n) => makeMember(core, source.id, n));
    const target = makeTrip(core, { title: 'Target' });
    const stranger = makeMember(core, target.id, 'Stranger');

    expectError(call(core, 'members:copyFromTrip', { fromTripId: source.id, toTripId: target.id, memberIds: [stranger.id] }), 'not_found');
    expectError(call(core, 'members:copyFromTrip', { fromTripId: source.id, toTripId: source.id }), 'conflict');
    expect(countRows(core, 'members', 'trip_id = ?', target.id)).toBe(1);

    expect(ok(core, 'members:copyFromTrip', { fromTripId: source.id, toTripId: target.id })).toHaveLength(2);
    expect(names(core, target.id)).toEqual(['1:Stranger', '2:Anna', '3:Bo']);
  });
});

describe('groups', () => {
  it('creates, renames, changes members and deletes a group', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna', 'Bo', 'Cecilia']);
    const [a, b, c] = members.map((m) => m.id) as [string, string, string];
    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Shenyang group', memberIds: [a.toString(), c] });
    expect(group).toMatchObject({ tripId: trip.id, name: 'Shenyang group' });
    expect([...group.memberIds].sort()).toEqual([a, c].sort());

    const renamed = ok(core, 'groups:update', { id: group.id, name: 'Jinan group' });
    expect(renamed.name).toBe('Jinan group');
    expect([...renamed.memberIds].sort()).toEqual([a, c].sort());

    const changed = ok(core, 'groups:update', { id: group.id, memberIds: [b] });
    expect(changed).toMatchObject({ name: 'Jinan group', memberIds: [b] });

    ok(core, 'groups:delete', { id: group.id });
    expect(ok(core, 'groups:list', { tripId: trip.id })).toEqual([]);
    // Members stay when their group goes.
    expect(ok(core, 'members:list', { tripId: trip.id })).toHaveLength(3);
  });

  it("lists a group's members in order of precedence, whatever order they were picked in", () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna', 'Bo', 'Cecilia', 'David', 'Erik']);
    const ids = members.map((m) => m.id);
    const picked = [ids[4]!, ids[1]!, ids[3]!, ids[0]!];
    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Delegation', memberIds: picked });
    const inPrecedence = [ids[0]!, ids[1]!, ids[3]!, ids[4]!];
    expect(group.memberIds).toEqual(inPrecedence);

    // After a reorder the group follows the new precedence.
    const reversed = [...ids].reverse();
    ok(core, 'members:reorder', { tripId: trip.id, ids: reversed });
    expect(ok(core, 'groups:list', { tripId: trip.id })[0]!.memberIds).toEqual([...inPrecedence].reverse());
  });

  it('refuses members of another trip with conflict and stores nothing', () => {
    const core = freshCore();
    const { trip, members } = tripWithMembers(core, ['Anna']);
    const other = makeTrip(core, { title: 'Other' });
    const stranger = makeMember(core, other.id, 'Stranger');
    expectError(call(core, 'groups:create', { tripId: trip.id, name: 'Mixed', memberIds: [members[0]!.id, stranger.id] }), 'conflict');
    expect(ok(core, 'groups:list', { tripId: trip.id })).toEqual([]);

    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'Ours', memberIds: [members[0]!.id] });
    expectError(call(core, 'groups:update', { id: group.id, name: 'Renamed', memberIds: [stranger.id] }), 'conflict');
    expect(ok(core, 'groups:list', { tripId: trip.id })[0]).toMatchObject({ name: 'Ours', memberIds: [members[0]!.id] });
  });
});
