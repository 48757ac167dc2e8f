import type { ApiCall } from '../../../../shared/api/client';
import type { TripWorkspace } from '../../../../shared/domain/workspace';
import type { ApiResult } from '../../../../shared/api/result';
import { runMutation } from '../../api/mutation';
import { invalidateQueries } from '../../api/query';

/**
 * Undo of a trip deletion, done in the renderer until the core has a restore operation: the
 * trip is created again from the workspace snapshot loaded just before the delete — trip,
 * members (in precedence order), groups, items with their participants, meeting details,
 * archive state. Contacts and organisations belong to the address book and are not deleted
 * with a trip, so references to them still hold.
 *
 * Limits (why a core `trips:restore` taking the snapshot would be better): the copies get new
 * ids and revisions, so links to the old ids (a shared trip file, a calendar subscription)
 * see a different trip; items that started at the same minute keep their order only because
 * they are created in programme order.
 */
export async function recreateTrip(call: ApiCall, snapshot: TripWorkspace): Promise<ApiResult<{ id: string }>> {
  const { trip } = snapshot;
  const created = await runMutation(call, 'trips:create', {
    title: trip.title,
    direction: trip.direction,
    purpose: trip.purpose,
    sendingOrganisation: trip.sendingOrganisation,
    hostingOrganisation: trip.hostingOrganisation,
    destinations: trip.destinations,
    startDate: trip.startDate,
    endDate: trip.endDate,
    homeTimeZone: trip.homeTimeZone,
    visitorsTimeZone: trip.visitorsTimeZone,
    costCoverage: trip.costCoverage,
    status: trip.status,
    fundingReference: trip.fundingReference,
    notes: trip.notes,
  });
  if (!created.ok) return created;
  const tripId = created.value.id;
  const fail = (result: { ok: false; error: { code: string; message: string } }) =>
    ({ ok: false, error: { ...result.error, code: 'internal' } }) as const;

  const memberIds = new Map<string, string>();
  for (const member of snapshot.members) {
    const { id, tripId: _trip, precedence: _p, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = member;
    const result = await runMutation(call, 'members:create', { ...fields, tripId }, []);
    if (!result.ok) return fail(result);
    memberIds.set(id, result.value.id);
  }
  const mapMember = (id: string) => memberIds.get(id);
  const mapMembers = (ids: string[]) => ids.map(mapMember).filter((id): id is string => id !== undefined);

  for (const group of snapshot.groups) {
    const result = await runMutation(call, 'groups:create', { tripId, name: group.name, memberIds: mapMembers(group.memberIds) }, []);
    if (!result.ok) return fail(result);
  }

  const itemIds = new Map<string, string>();
  for (const item of snapshot.items) {
    const { id, tripId: _trip, sortOrder: _s, createdAt: _c, updatedAt: _u, revision: _r, ...fields } = item;
    const result = await runMutation(
      call,
      'items:create',
      { ...fields, tripId, participantIds: mapMembers(item.participantIds) },
      [],
    );
    if (!result.ok) return fail(result);
    itemIds.set(id, result.value.id);
  }

  for (const meeting of snapshot.meetings) {
    const itemId = itemIds.get(meeting.itemId);
    if (!itemId) continue;
    const { itemId: _i, createdAt: _c, updatedAt: _u, revision: _r, ...details } = meeting;
    const result = await runMutation(
      call,
      'meetings:update',
      {
        itemId,
        patch: {
          ...details,
          interpreterMemberId: details.interpreterMemberId ? (mapMember(details.interpreterMemberId) ?? null) : null,
        },
      },
      [],
    );
    if (!result.ok) return fail(result);
  }

  if (trip.archivedAt) {
    const archived = await runMutation(call, 'trips:archive', { id: tripId, archived: true }, []);
    if (!archived.ok) return fail(archived);
  }
  // One refresh at the end instead of one per created row.
  invalidateQueries(['trips:', 'members:', 'groups:', 'items:', 'meetings:', 'search:']);
  return { ok: true, value: { id: tripId } };
}
