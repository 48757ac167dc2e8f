import type { OperationInput, OperationName, OperationResult } from '../../../shared/api/contract';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import {
  compareGroups,
  compareItems,
  compareMembers,
  groupMembersInOrder,
  meetingsInItemOrder,
  referencesMatch,
} from './workspace-order';

/**
 * How a successful write changes an open trip's workspace, from the row the write answered with,
 * so the screens show it without fetching the whole trip again (on the large trip that answer is
 * over a megabyte). Each patch returns:
 * - the workspace unchanged (the same object) when the write concerns another trip;
 * - the patched workspace — exactly what `trips:workspace` would now answer (workspace-order.ts);
 * - null when the answer does not hold enough to get there: the caller refetches the workspace.
 *
 * Writes without an entry here refetch as before, because they change data derived elsewhere:
 * deletes (a member's or item's delete reaches participants, groups, meeting details, gifts and
 * attachments through foreign keys), trash restores and imports (anything), gifts (the workspace's
 * "gifts given on earlier trips" follow the organisations this trip gives to), attachments (rare,
 * and the add answers without the row's owner order), duplicates and copies between trips.
 */
type WorkspacePatch<K extends OperationName> = (
  workspace: TripWorkspace,
  value: OperationResult<K>,
  input: OperationInput<K>,
) => TripWorkspace | null;

type PatchTable = { [K in OperationName]?: WorkspacePatch<K> };

/** Replace the element with the same id, or add it; null when `mustExist` and it is not there. */
function upsert<T extends { id: string; revision: number }>(list: T[], row: T, mustExist: boolean): T[] | null {
  const index = list.findIndex((entry) => entry.id === row.id);
  if (index === -1) return mustExist ? null : [...list, row];
  // Two quick edits can be answered out of order: an older row never replaces a newer one.
  if (list[index]!.revision > row.revision) return list;
  return list.with(index, row);
}

/**
 * The trip's items changed, `items` already in programme order: keep meetings in item order and
 * the references exact (`referencesChanged: false` when no item's contacts changed).
 */
function withItems(workspace: TripWorkspace, items: TripWorkspace['items'], referencesChanged = true): TripWorkspace | null {
  const next = { ...workspace, items };
  next.meetings = meetingsInItemOrder(next);
  return !referencesChanged || referencesMatch(next) ? next : null;
}

/**
 * `item` placed in programme order among `sorted` by a binary search: a save costs a handful of
 * comparisons however long the programme is, where sorting it again cost 420 items' worth of
 * comparisons (each two instants) on every save of the large trip.
 */
function placeItem(sorted: TripWorkspace['items'], item: TripWorkspace['items'][number]): TripWorkspace['items'] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareItems(sorted[middle]!, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return sorted.toSpliced(low, 0, item);
}

function withMembers(workspace: TripWorkspace, members: TripWorkspace['members']): TripWorkspace {
  const sorted = members.toSorted(compareMembers);
  return { ...workspace, members: sorted, groups: groupMembersInOrder(workspace.groups, sorted) };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

const ofTrip = (workspace: TripWorkspace, tripId: string) => workspace.trip.id === tripId;

const PATCHES: PatchTable = {
  'trips:update': (ws, trip) => (ofTrip(ws, trip.id) ? { ...ws, trip } : ws),
  'trips:archive': (ws, trip) => (ofTrip(ws, trip.id) ? { ...ws, trip } : ws),

  'items:create': (ws, item) => (ofTrip(ws, item.tripId) ? withItems(ws, placeItem(ws.items, item)) : ws),
  'items:update': (ws, item) => {
    if (!ofTrip(ws, item.tripId)) return ws;
    const index = ws.items.findIndex((entry) => entry.id === item.id);
    if (index === -1) return null;
    const before = ws.items[index]!;
    // Two quick edits can be answered out of order: an older row never replaces a newer one.
    if (before.revision > item.revision) return ws;
    const referencesChanged = !sameList(before.contactIds, item.contactIds);
    const moved =
      before.startLocal !== item.startLocal || before.startZone !== item.startZone || before.sortOrder !== item.sortOrder || before.title !== item.title;
    if (moved) return withItems(ws, placeItem(ws.items.toSpliced(index, 1), item), referencesChanged);
    // Most edits (notes, participants, details) keep the item in its place: the meetings keep
    // their order, and only a change of contacts asks whether the references still match.
    const next = { ...ws, items: ws.items.with(index, item) };
    return !referencesChanged || referencesMatch(next) ? next : null;
  },
  // The answer is the trip's whole programme, in order.
  'items:reorder': (ws, items, input) => (ofTrip(ws, input.tripId) ? withItems(ws, items.toSorted(compareItems)) : ws),

  'meetings:update': (ws, meeting) => {
    if (!ws.items.some((item) => item.id === meeting.itemId)) return ws;
    const index = ws.meetings.findIndex((m) => m.itemId === meeting.itemId);
    const before = ws.meetings[index];
    if (before && before.revision > meeting.revision) return ws;
    if (
      before &&
      before.hostOrganisationId === meeting.hostOrganisationId &&
      before.interpreterContactId === meeting.interpreterContactId &&
      sameList(before.counterpartIds, meeting.counterpartIds)
    ) {
      return { ...ws, meetings: ws.meetings.with(index, meeting) }; // same place, same references
    }
    const meetings = index === -1 ? [...ws.meetings, meeting] : ws.meetings.with(index, meeting);
    const next = { ...ws, meetings };
    next.meetings = meetingsInItemOrder(next);
    return referencesMatch(next) ? next : null;
  },

  'members:create': (ws, member) => (ofTrip(ws, member.tripId) ? withMembers(ws, [...ws.members, member]) : ws),
  'members:update': (ws, member) => {
    if (!ofTrip(ws, member.tripId)) return ws;
    const members = upsert(ws.members, member, true);
    return members && withMembers(ws, members);
  },
  // The answer is every member of the trip with the new precedences.
  'members:reorder': (ws, members, input) => (ofTrip(ws, input.tripId) ? withMembers(ws, members) : ws),

  'groups:create': (ws, group) => (ofTrip(ws, group.tripId) ? { ...ws, groups: [...ws.groups, group].toSorted(compareGroups) } : ws),
  'groups:update': (ws, group) => {
    if (!ofTrip(ws, group.tripId)) return ws;
    const index = ws.groups.findIndex((g) => g.id === group.id);
    return index === -1 ? null : { ...ws, groups: ws.groups.with(index, group).toSorted(compareGroups) };
  },

  // A new contact or organisation is in no workspace until something refers to it.
  'contacts:create': (ws) => ws,
  'organisations:create': (ws) => ws,
  'contacts:update': (ws, contact) => {
    const index = ws.contacts.findIndex((c) => c.id === contact.id);
    if (index === -1) return ws;
    // The list is in folded-name order (a collation only the core has): a rename refetches.
    if (ws.contacts[index]!.name !== contact.name) return null;
    const contacts = upsert(ws.contacts, contact, true)!;
    const next = { ...ws, contacts };
    return referencesMatch(next) ? next : null;
  },
  'organisations:update': (ws, organisation) => {
    const index = ws.organisations.findIndex((o) => o.id === organisation.id);
    if (index === -1) return ws;
    if (ws.organisations[index]!.name !== organisation.name) return null;
    return { ...ws, organisations: upsert(ws.organisations, organisation, true)! };
  },
};

/** True when `name`'s answer can update an open workspace in place (see PATCHES). */
export function patchesWorkspace(name: OperationName): boolean {
  return PATCHES[name] !== undefined;
}

/** The workspace after `name` succeeded with `value`; null: refetch it instead. */
export function patchWorkspace<K extends OperationName>(
  workspace: TripWorkspace,
  name: K,
  input: OperationInput<K>,
  value: OperationResult<K>,
): TripWorkspace | null {
  // The first screen's part leaves lists empty on purpose; the whole workspace is on its way.
  if (workspace.firstScreenOnly) return null;
  const patch: WorkspacePatch<K> | undefined = PATCHES[name];
  return patch ? patch(workspace, value, input) : null;
}
