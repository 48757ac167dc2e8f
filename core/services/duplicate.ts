import type Database from 'better-sqlite3';
import type { Trip } from '../../shared/domain/trip';
import { MEETING_KINDS } from '../../shared/domain/item';
import type { ParsedInput } from '../../shared/api/contract';
import { addDaysToDate, addDaysToLocal, daysBetween } from '../../shared/time/zoned';
import { newId } from './clock';
import { createGroup } from './groups';
import { createItem } from './items';
import { updateMeeting } from './meetings';
import { createMember } from './members';
import { createTrip } from './trips';
import { getWorkspace } from './workspace';

/**
 * Copy a trip as a template for a new one: members, sub-groups, programme and meeting details,
 * every date moved by the same number of days (local times stay). Minutes and ticked-off
 * follow-ups belong to the old trip and are not copied; the copy starts as a draft.
 */
export function duplicateTrip(db: Database.Database, input: ParsedInput<'trips:duplicate'>): Trip {
  const source = getWorkspace(db, input.id);
  const shift = daysBetween(source.trip.startDate, input.startDate);
  const { id: _id, archivedAt: _a, createdAt: _c, updatedAt: _u, revision: _r, ...tripFields } = source.trip;
  const trip = createTrip(db, {
    ...tripFields,
    title: input.title ?? source.trip.title,
    startDate: input.startDate,
    endDate: addDaysToDate(source.trip.endDate, shift),
    status: 'draft',
  });

  const memberIds = new Map<string, string>();
  for (const member of source.members) {
    const { id, tripId: _t, precedence: _p, createdAt: _mc, updatedAt: _mu, revision: _mr, ...fields } = member;
    memberIds.set(id, createMember(db, { ...fields, tripId: trip.id }).id);
  }
  const mapMember = (id: string) => memberIds.get(id)!;

  for (const group of source.groups) {
    createGroup(db, { tripId: trip.id, name: group.name, memberIds: group.memberIds.map(mapMember) });
  }

  const meetingsByItem = new Map(source.meetings.map((m) => [m.itemId, m]));
  for (const item of source.items) {
    const { id, tripId: _t, sortOrder: _s, createdAt: _ic, updatedAt: _iu, revision: _ir, ...fields } = item;
    const copy = createItem(db, {
      ...fields,
      tripId: trip.id,
      startLocal: addDaysToLocal(item.startLocal, shift),
      endLocal: item.endLocal && addDaysToLocal(item.endLocal, shift),
      participantIds: item.participantIds.map(mapMember),
    });
    // Details are kept when a meeting's kind changes (so nothing typed is lost), but only
    // meetings and visits may have them: copying them for, say, a former meeting that is now a
    // meal would make updateMeeting refuse, and the whole duplicate fail with 'conflict'.
    const meeting = MEETING_KINDS.includes(item.kind) ? meetingsByItem.get(id) : undefined;
    if (meeting) {
      const { itemId: _m, createdAt: _mc, updatedAt: _mu, revision: _mr, ...details } = meeting;
      updateMeeting(db, {
        itemId: copy.id,
        patch: {
          ...details,
          interpreterMemberId: details.interpreterMemberId && mapMember(details.interpreterMemberId),
          minutes: '',
          followUps: details.followUps
            .filter((f) => !f.done)
            .map((f) => ({ ...f, id: newId(), dueDate: f.dueDate && addDaysToDate(f.dueDate, shift) })),
        },
      });
    }
  }
  return trip;
}
