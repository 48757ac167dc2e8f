import type Database from 'better-sqlite3';
import { format } from 'date-fns/format'; // not the index: see shared/documents/format.ts
import { subMonths } from 'date-fns/subMonths';
import type { PrivacyLogEntry, PurgePreview, PurgeTrip } from '../../../shared/domain/privacy';
import { prepared } from '../../db/statements';
import { getSettings } from '../settings';
import { lastPrivacyAction, recordPrivacyAction } from './log';
import { PERSONAL_DATA_KINDS } from './personal-data';
import { eraseSecurely } from './secure-delete';

/**
 * Retention of members' personal data (Settings → Personal data). A trip is past retention when
 * its end date is before the day `retentionMonths` months before today (UTC): with 6 months, a
 * trip that ended on 15 March is purged from 16 September. `now` is a parameter so tests can
 * move the clock.
 */
export function endedBefore(now: Date, months: number): string {
  // date-fns: subtracting months clamps to the month's last day (31 Aug − 6 months = 28/29 Feb),
  // the rule users expect and one that hand-written month arithmetic tends to get wrong.
  const today = new Date(now.toISOString().slice(0, 10) + 'T00:00:00');
  return format(subMonths(today, months), 'yyyy-MM-dd');
}

/** What a purge would erase now; writes nothing. `onlyTripId`: just that trip (after an import). */
export function previewPurge(db: Database.Database, now = new Date(), onlyTripId?: string): PurgePreview {
  const { retentionMonths } = getSettings(db);
  const lastRun = lastPrivacyAction(db, 'purge');
  if (retentionMonths === null) return { retentionMonths, endedBefore: null, trips: [], trashEntries: 0, lastRun };
  const cutoff = endedBefore(now, retentionMonths);
  const trips = (
    prepared(db, 'SELECT id, title, end_date AS endDate FROM trips WHERE end_date < ? AND (? IS NULL OR id = ?) ORDER BY end_date, title').all(
      cutoff,
      onlyTripId ?? null,
      onlyTripId ?? null,
    ) as { id: string; title: string; endDate: string }[]
  )
    .map((trip): PurgeTrip => ({ tripId: trip.id, title: trip.title, endDate: trip.endDate, members: membersWithData(db, trip.id) }))
    .filter((trip) => trip.members.length > 0);
  return { retentionMonths, endedBefore: cutoff, trips, trashEntries: expiredTrash(db, cutoff, onlyTripId).length, lastRun };
}

function membersWithData(db: Database.Database, tripId: string): PurgeTrip['members'] {
  const held = PERSONAL_DATA_KINDS.map((kind) => ({ key: kind.key, ids: kind.heldBy(db, tripId) }));
  const members = prepared(db, 'SELECT id, name FROM members WHERE trip_id = ? ORDER BY precedence, name').all(tripId) as { id: string; name: string }[];
  return members
    .map((m) => ({ memberId: m.id, name: m.name, fields: held.filter((h) => h.ids.has(m.id)).map((h) => h.key) }))
    .filter((m) => m.fields.length > 0);
}

/**
 * Undo entries that hold personal data past retention: deleted members of such trips, and
 * deleted trips that ended before the cutoff (their snapshot lists the trip row first).
 */
function expiredTrash(db: Database.Database, cutoff: string, onlyTripId?: string): string[] {
  const rows = prepared(
    db,
    `SELECT id FROM trash
     WHERE (? IS NULL OR trip_id = ?)
       AND ((entity_type = 'member' AND trip_id IN (SELECT id FROM trips WHERE end_date < ?))
         OR (entity_type = 'trip' AND json_extract(snapshot, '$.rows[0].rows[0].end_date') < ?))`,
  ).all(onlyTripId ?? null, onlyTripId ?? null, cutoff, cutoff) as { id: string }[];
  return rows.map((r) => r.id);
}

/**
 * Erase what previewPurge(db, now) lists — exactly that — and record the run. Call inside a
 * transaction. Members keep their names, roles and places in the programme; each changed member
 * gets a new revision, so a colleague importing this trip's file takes the erasure too.
 */
export function purgeExpired(
  db: Database.Database,
  trigger: PrivacyLogEntry['trigger'],
  now = new Date(),
  onlyTripId?: string,
): PurgePreview {
  const preview = previewPurge(db, now, onlyTripId);
  if (preview.endedBefore === null) return preview;
  const timestamp = now.toISOString();
  eraseSecurely(db, () => {
    for (const trip of preview.trips) {
      const ids = trip.members.map((m) => m.memberId);
      for (const kind of PERSONAL_DATA_KINDS) kind.erase(db, trip.tripId, ids);
      prepared(db, 'UPDATE members SET revision = revision + 1, updated_at = ? WHERE id IN (SELECT value FROM json_each(?))').run(
        timestamp,
        JSON.stringify(ids),
      );
    }
    const trash = expiredTrash(db, preview.endedBefore!, onlyTripId);
    prepared(db, 'DELETE FROM trash WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(trash));
  });
  const members = preview.trips.reduce((n, t) => n + t.members.length, 0);
  // A start or import that found nothing to erase is not worth a log line; an asked-for run is.
  if (members > 0 || preview.trashEntries > 0 || trigger === 'manual' || trigger === 'cli') {
    recordPrivacyAction(db, { action: 'purge', trigger, ranAt: timestamp, trips: preview.trips.length, members, contacts: 0 });
  }
  return { ...preview, lastRun: lastPrivacyAction(db, 'purge') };
}
