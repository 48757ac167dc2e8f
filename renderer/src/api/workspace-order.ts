import type { TripWorkspace } from '../../../shared/domain/workspace';
import type { Item } from '../../../shared/domain/item';
import type { Member, MemberGroup } from '../../../shared/domain/member';
import { toInstant } from '../../../shared/time/zoned';

/**
 * The orders and the references `trips:workspace` answers with (core/services/workspace.ts and
 * the list queries it calls), restated for a workspace patched in place after a write
 * (workspace-patch.ts). A patched workspace must be exactly what a refetch would return, or the
 * screens would show something the file does not hold; the tests compare the two on real files.
 */

// SQLite compares TEXT with memcmp over UTF-8; comparing UTF-16 code units agrees with it for
// every character outside the surrogate range, which is all a title or name realistically holds.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** ORDER BY start_instant, sort_order, title (listItems). */
export function compareItems(a: Item, b: Item): number {
  return (
    toInstant(a.startLocal, a.startZone) - toInstant(b.startLocal, b.startZone) ||
    a.sortOrder - b.sortOrder ||
    compareText(a.title, b.title)
  );
}

/** ORDER BY precedence, name (listMembers). */
export function compareMembers(a: Member, b: Member): number {
  return a.precedence - b.precedence || compareText(a.name, b.name);
}

/** ORDER BY name (listGroups). */
export function compareGroups(a: MemberGroup, b: MemberGroup): number {
  return compareText(a.name, b.name);
}

/** Meetings follow their items' programme order (listMeetings joins items for it). */
export function meetingsInItemOrder(workspace: TripWorkspace): TripWorkspace['meetings'] {
  const position = new Map(workspace.items.map((item, index) => [item.id, index]));
  const sorted = workspace.meetings.toSorted((a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0));
  // Still in order (an item was renamed or moved among non-meetings): the same array, so what is
  // derived from the meetings (every programme card's model) is not worked out again.
  return sorted.every((meeting, i) => meeting === workspace.meetings[i]) ? workspace.meetings : sorted;
}

/** A group's member ids are in the members' order of precedence (listGroups). */
export function groupMembersInOrder(groups: MemberGroup[], members: Member[]): MemberGroup[] {
  const position = new Map(members.map((member, index) => [member.id, index]));
  return groups.map((group) => ({
    ...group,
    memberIds: group.memberIds.toSorted((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
  }));
}

/**
 * True when the workspace's contacts and organisations are exactly the ones its items, meetings,
 * gifts and contacts refer to — the rule getWorkspace selects them by. A write that links a
 * contact the workspace does not hold yet (or unlinks the last reference to one) breaks it: the
 * patch is then given up for a refetch, since the contact's row is not in the write's answer.
 */
export function referencesMatch(workspace: TripWorkspace): boolean {
  const contactIds = new Set<string>();
  for (const gift of workspace.gifts) if (gift.contactId) contactIds.add(gift.contactId);
  for (const item of workspace.items) for (const id of item.contactIds) contactIds.add(id);
  for (const meeting of workspace.meetings) {
    for (const id of meeting.counterpartIds) contactIds.add(id);
    if (meeting.interpreterContactId) contactIds.add(meeting.interpreterContactId);
  }
  const organisationIds = new Set<string>();
  for (const contact of workspace.contacts) if (contact.organisationId) organisationIds.add(contact.organisationId);
  for (const meeting of workspace.meetings) if (meeting.hostOrganisationId) organisationIds.add(meeting.hostOrganisationId);
  for (const gift of workspace.gifts) if (gift.organisationId) organisationIds.add(gift.organisationId);
  return (
    sameIds(contactIds, workspace.contacts.map((c) => c.id)) &&
    sameIds(organisationIds, workspace.organisations.map((o) => o.id))
  );
}

function sameIds(wanted: Set<string>, held: string[]): boolean {
  return held.length === wanted.size && held.every((id) => wanted.has(id));
}
