import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { CostLine, FundingSource } from '../../shared/domain/budget';
import { prepared } from '../db/statements';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { assertMembersOfTrip } from './members';
import { getTrip } from './trips';

/** Funding sources and cost lines of a trip (shared/domain/budget.ts); totals are in shared/budget. */

type SourceRow = {
  id: string; trip_id: string; name: string; reference: string; amount_minor: number; currency: string; rate_to_sek: string;
  created_at: string; updated_at: string; revision: number;
};
type LineRow = {
  id: string; trip_id: string; category: CostLine['category']; description: string; planned_minor: number; actual_minor: number | null;
  currency: string; rate_to_sek: string; payer: CostLine['payer']; funding_source_id: string | null; member_id: string | null;
  item_id: string | null; date: string | null; created_at: string; updated_at: string; revision: number;
};

const sourceFromRow = (r: SourceRow): FundingSource => ({
  id: r.id,
  tripId: r.trip_id,
  name: r.name,
  reference: r.reference,
  amountMinor: r.amount_minor,
  currency: r.currency,
  rateToSek: r.rate_to_sek,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

const lineFromRow = (r: LineRow): CostLine => ({
  id: r.id,
  tripId: r.trip_id,
  category: r.category,
  description: r.description,
  plannedMinor: r.planned_minor,
  actualMinor: r.actual_minor,
  currency: r.currency,
  rateToSek: r.rate_to_sek,
  payer: r.payer,
  fundingSourceId: r.funding_source_id,
  memberId: r.member_id,
  itemId: r.item_id,
  date: r.date,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export function listFundingSources(db: Database.Database, tripId: string): FundingSource[] {
  return (prepared(db, 'SELECT * FROM funding_sources WHERE trip_id = ? ORDER BY created_at, id').all(tripId) as SourceRow[]).map(
    sourceFromRow,
  );
}

/** In date order, undated lines last, then in the order they were entered. */
export function listCostLines(db: Database.Database, tripId: string): CostLine[] {
  return (
    prepared(db, 'SELECT * FROM cost_lines WHERE trip_id = ? ORDER BY date IS NULL, date, created_at, id').all(tripId) as LineRow[]
  ).map(lineFromRow);
}

export function getFundingSource(db: Database.Database, id: string): FundingSource {
  const row = prepared(db, 'SELECT * FROM funding_sources WHERE id = ?').get(id) as SourceRow | undefined;
  if (!row) throw notFound('funding source', id);
  return sourceFromRow(row);
}

export function getCostLine(db: Database.Database, id: string): CostLine {
  const row = prepared(db, 'SELECT * FROM cost_lines WHERE id = ?').get(id) as LineRow | undefined;
  if (!row) throw notFound('cost line', id);
  return lineFromRow(row);
}

export function createFundingSource(db: Database.Database, input: ParsedInput<'budget:createSource'>, id = newId()): FundingSource {
  getTrip(db, input.tripId);
  const stamp = now();
  prepared(
    db,
    `INSERT INTO funding_sources (id, trip_id, name, reference, amount_minor, currency, rate_to_sek, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.tripId, input.name, input.reference, input.amountMinor, input.currency, input.rateToSek, stamp, stamp);
  return getFundingSource(db, id);
}

export function updateFundingSource(db: Database.Database, { id, patch }: ParsedInput<'budget:updateSource'>): FundingSource {
  const next = { ...getFundingSource(db, id), ...patch };
  prepared(
    db,
    `UPDATE funding_sources SET name = ?, reference = ?, amount_minor = ?, currency = ?, rate_to_sek = ?, updated_at = ?,
     revision = revision + 1 WHERE id = ?`,
  ).run(next.name, next.reference, next.amountMinor, next.currency, next.rateToSek, now(), id);
  return getFundingSource(db, id);
}

/** The lines charged to it stay (the money was still spent) and are paid by the municipality. */
export function deleteFundingSource(db: Database.Database, id: string): { id: string } {
  getFundingSource(db, id);
  prepared(
    db,
    `UPDATE cost_lines SET payer = 'municipality', funding_source_id = NULL, updated_at = ?, revision = revision + 1
     WHERE funding_source_id = ?`,
  ).run(now(), id);
  prepared(db, 'DELETE FROM funding_sources WHERE id = ?').run(id);
  return { id };
}

export function createCostLine(db: Database.Database, input: ParsedInput<'budget:createLine'>, id = newId()): CostLine {
  getTrip(db, input.tripId);
  assertLinks(db, input.tripId, input);
  const stamp = now();
  prepared(
    db,
    `INSERT INTO cost_lines (id, trip_id, category, description, planned_minor, actual_minor, currency, rate_to_sek, payer,
       funding_source_id, member_id, item_id, date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id, input.tripId, input.category, input.description, input.plannedMinor, input.actualMinor, input.currency, input.rateToSek,
    input.payer, input.payer === 'grant' ? input.fundingSourceId : null, input.memberId, input.itemId, input.date, stamp, stamp,
  );
  return getCostLine(db, id);
}

export function updateCostLine(db: Database.Database, { id, patch }: ParsedInput<'budget:updateLine'>): CostLine {
  const current = getCostLine(db, id);
  const next = { ...current, ...patch };
  if (next.payer !== 'grant') next.fundingSourceId = null;
  else if (next.fundingSourceId === null) {
    throw new ServiceError('invalid_input', 'Choose which grant pays this cost', [{ path: ['fundingSourceId'], message: 'Choose which grant pays this cost' }]);
  }
  assertLinks(db, current.tripId, next);
  prepared(
    db,
    `UPDATE cost_lines SET category = ?, description = ?, planned_minor = ?, actual_minor = ?, currency = ?, rate_to_sek = ?,
       payer = ?, funding_source_id = ?, member_id = ?, item_id = ?, date = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
  ).run(
    next.category, next.description, next.plannedMinor, next.actualMinor, next.currency, next.rateToSek, next.payer,
    next.fundingSourceId, next.memberId, next.itemId, next.date, now(), id,
  );
  return getCostLine(db, id);
}

export function deleteCostLine(db: Database.Database, id: string): { id: string } {
  getCostLine(db, id);
  prepared(db, 'DELETE FROM cost_lines WHERE id = ?').run(id);
  return { id };
}

/** A line's source, member and item must be the same trip's. */
function assertLinks(
  db: Database.Database,
  tripId: string,
  links: { fundingSourceId: string | null; memberId: string | null; itemId: string | null },
): void {
  if (links.memberId) assertMembersOfTrip(db, tripId, [links.memberId]);
  if (links.fundingSourceId) {
    const row = prepared(db, 'SELECT trip_id FROM funding_sources WHERE id = ?').get(links.fundingSourceId) as { trip_id: string } | undefined;
    if (row?.trip_id !== tripId) throw new ServiceError('conflict', `Not a funding source of this trip: ${links.fundingSourceId}`);
  }
  if (links.itemId) {
    const row = prepared(db, 'SELECT trip_id FROM items WHERE id = ?').get(links.itemId) as { trip_id: string } | undefined;
    if (row?.trip_id !== tripId) throw new ServiceError('conflict', `Not a programme item of this trip: ${links.itemId}`);
  }
}
