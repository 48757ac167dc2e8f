import type Database from 'better-sqlite3';
import type { Trip, TripSummary } from '../../shared/domain/trip';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { captureForTrash } from './trash';
import { prepared } from '../db/statements';

export const tripTable = defineTable<Trip>('trips', [
  { field: 'id', column: 'id' },
  { field: 'title', column: 'title' },
  { field: 'direction', column: 'direction' },
  { field: 'purpose', column: 'purpose' },
  { field: 'sendingOrganisation', column: 'sending_organisation' },
  { field: 'hostingOrganisation', column: 'hosting_organisation' },
  { field: 'destinations', column: 'destinations', kind: 'json' },
  { field: 'startDate', column: 'start_date' },
  { field: 'endDate', column: 'end_date' },
  { field: 'homeTimeZone', column: 'home_time_zone' },
  { field: 'visitorsTimeZone', column: 'visitors_time_zone' },
  { field: 'costCoverage', column: 'cost_coverage' },
  { field: 'status', column: 'status' },
  { field: 'fundingReference', column: 'funding_reference' },
  { field: 'notes', column: 'notes' },
  { field: 'reportResults', column: 'report_results' },
  { field: 'reportLessons', column: 'report_lessons' },
  { field: 'reportNextSteps', column: 'report_next_steps' },
  { field: 'archivedAt', column: 'archived_at' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

export function getTrip(db: Database.Database, id: string): Trip {
  const row = prepared(db, `SELECT ${tripTable.columns()} FROM trips WHERE id = ?`).get(id);
  if (!row) throw notFound('trip', id);
  return tripTable.fromRow(row as Record<string, unknown>);
}

export function listTrips(db: Database.Database, input: ParsedInput<'trips:list'>): TripSummary[] {
  const rows = prepared(db, 
      `SELECT ${tripTable.columns('t')},
         (SELECT count(*) FROM members m WHERE m.trip_id = t.id) AS member_count,
         (SELECT count(*) FROM members m WHERE m.trip_id = t.id AND m.side = 'host') AS host_count,
         (SELECT count(*) FROM items i WHERE i.trip_id = t.id) AS item_count
       FROM trips t
       WHERE @includeArchived OR t.archived_at IS NULL
       ORDER BY t.start_date DESC, t.title`,
    )
    .all({ includeArchived: input.includeArchived ? 1 : 0 }) as Record<string, unknown>[];
  return rows.map((row) => {
    const summary = tripTable.fromRow(row) as TripSummary;
    summary.memberCount = Number(row.member_count);
    summary.hostCount = Number(row.host_count);
    summary.itemCount = Number(row.item_count);
    return summary;
  });
}

export function createTrip(db: Database.Database, input: ParsedInput<'trips:create'>, id = newId()): Trip {
  const timestamp = now();
  const trip: Trip = { id, ...input, archivedAt: null, createdAt: timestamp, updatedAt: timestamp, revision: 0 };
  tripTable.insert(db, trip);
  return trip;
}

export function updateTrip(db: Database.Database, { id, patch }: ParsedInput<'trips:update'>): Trip {
  const current = getTrip(db, id);
  const next = { ...current, ...patch };
  if (next.startDate > next.endDate) {
    // The patch alone may look fine (only endDate) yet contradict the stored start.
    throw invalidDates();
  }
  tripTable.update(db, id, patch, now());
  return getTrip(db, id);
}

export function archiveTrip(db: Database.Database, { id, archived }: ParsedInput<'trips:archive'>): Trip {
  getTrip(db, id);
  prepared(db, 'UPDATE trips SET archived_at = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(
    archived ? now() : null,
    now(),
    id,
  );
  return getTrip(db, id);
}

export function deleteTrip(db: Database.Database, id: string): { id: string; trashId: string } {
  getTrip(db, id);
  const trashId = captureForTrash(db, 'trip', id, id);
  prepared(db, 'DELETE FROM trips WHERE id = ?').run(id);
  return { id, trashId };
}

function invalidDates(): ServiceError {
  return new ServiceError('invalid_input', 'The trip cannot end before it starts', [
    { path: ['endDate'], message: 'The trip cannot end before it starts' },
  ]);
}
