import { describe, expect, it } from 'vitest';
import { seedDemo, DEMO_TRIP_IDS } from '../../core/demo';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { expectError, expectOk, freshCore } from './helpers';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';

/** Undo of deletes: what a delete removed comes back exactly, with the same ids. */

function demoCore(): Core {
  const core = freshCore();
  seedDemo(databaseOf(core));
  return core;
}

const workspace = (core: Core, id = DEMO_TRIP_IDS.jinan) =>
  expectOk(core.dispatch('trips:workspace', { id })) as TripWorkspace;

/** Precedence renumbering bumps revision/updatedAt of other members; compare the rest. */
const withoutVersions = (ws: TripWorkspace) =>
  JSON.parse(JSON.stringify(ws, (key, value) => (key === 'revision' || key === 'updatedAt' ? undefined : value)));

describe('trash:restore', () => {
  it('brings back a deleted trip with every member, item, meeting and group, same ids', () => {
    const core = demoCore();
    const before = workspace(core);
    const { trashId } = expectOk(core.dispatch('trips:delete', { id: DEMO_TRIP_IDS.jinan })) as { trashId: string };
    expectError(core.dispatch('trips:get', { id: DEMO_TRIP_IDS.jinan }), 'not_found');
    expectOk(core.dispatch('trash:restore', { trashId }));
    expect(workspace(core)).toEqual(before);
    const tombstones = databaseOf(core).prepare('SELECT count(*) AS n FROM deletions WHERE trip_id = ?').get(DEMO_TRIP_IDS.jinan) as { n: number };
    expect(tombstones.n).toBe(0);
  });

  it('puts a deleted member back in its place, its groups, the items it attended and as interpreter', () => {
    const core = demoCore();
    const before = workspace(core);
    const shenyangGroup = before.groups.find((g) => g.memberIds.length === 3)!;
    const member = before.members.find((m) => m.id === shenyangGroup.memberIds[1])!;
    const interpreterItem = before.items.find((i) => i.kind === 'meeting')!;
    expectOk(core.dispatch('meetings:update', { itemId: interpreterItem.id, patch: { interpreterMemberId: member.id } }));
    const withInterpreter = workspace(core);

    const { trashId } = expectOk(core.dispatch('members:delete', { id: member.id })) as { trashId: string };
    const gone = workspace(core);
    expect(gone.members.map((m) => m.precedence)).toEqual(gone.members.map((_, i) => i + 1));
    expect(gone.groups.find((g) => g.id === shenyangGroup.id)!.memberIds).not.toContain(member.id);

    expectOk(core.dispatch('trash:restore', { trashId }));
    expect(withoutVersions(workspace(core))).toEqual(withoutVersions(withInterpreter));
  });

  it('restores an item with its participants, contacts and meeting details', () => {
    const core = demoCore();
    const before = workspace(core);
    const meeting = before.meetings.find((m) => m.followUps.length > 0 && m.counterpartIds.length > 0)!;
    const { trashId } = expectOk(core.dispatch('items:delete', { id: meeting.itemId })) as { trashId: string };
    expectOk(core.dispatch('trash:restore', { trashId }));
    expect(workspace(core)).toEqual(before);
  });

  it('restores an organisation and reconnects its contacts', () => {
    const core = demoCore();
    const contacts = (expectOk(core.dispatch('contacts:list', { limit: 1000 })) as { contacts: { id: string; organisationId: string | null }[] }).contacts;
    const linked = contacts.find((c) => c.organisationId)!;
    const { trashId } = expectOk(core.dispatch('organisations:delete', { id: linked.organisationId! })) as { trashId: string };
    expect((expectOk(core.dispatch('contacts:get', { id: linked.id })) as { organisationId: string | null }).organisationId).toBeNull();
    expectOk(core.dispatch('trash:restore', { trashId }));
    expect((expectOk(core.dispatch('contacts:get', { id: linked.id })) as { organisationId: string | null }).organisationId).toBe(
      linked.organisationId,
    );
  });

  it('refuses to restore twice, or a member whose trip is gone, and changes nothing', () => {
    const core = demoCore();
    const member = workspace(core).members[0]!;
    const { trashId } = expectOk(core.dispatch('members:delete', { id: member.id })) as { trashId: string };
    const trip = expectOk(core.dispatch('trips:delete', { id: DEMO_TRIP_IDS.jinan })) as { trashId: string };
    expectError(core.dispatch('trash:restore', { trashId }), 'conflict');
    expectOk(core.dispatch('trash:restore', { trashId: trip.trashId }));
    expectError(core.dispatch('trash:restore', { trashId: trip.trashId }), 'not_found');
    expect(workspace(core).members.some((m) => m.id === member.id)).toBe(false);
  });
});
