import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { EarlierGift, Gift, GiftRegisterEntry, GiftRegisterQuery } from '../../shared/domain/gift';
import { defineTable } from '../db/table';
import { prepared } from '../db/statements';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { captureForTrash } from './trash';
import { getTrip } from './trips';
import { getSettings } from './settings';

export const giftTable = defineTable<Gift>('gifts', [
  { field: 'id', column: 'id' },
  { field: 'tripId', column: 'trip_id' },
  { field: 'direction', column: 'direction' },
  { field: 'date', column: 'gift_date' },
  { field: 'itemId', column: 'item_id' },
  { field: 'contactId', column: 'contact_id' },
  { field: 'organisationId', column: 'organisation_id' },
  { field: 'description', column: 'description' },
  { field: 'valueOre', column: 'value_ore' },
  { field: 'holder', column: 'holder' },
  { field: 'photoAttachmentId', column: 'photo_attachment_id' },
  { field: 'notes', column: 'notes' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

// The date a gift is filed under: its own, else its trip's first day.
const FILED_DATE = 'COALESCE(g.gift_date, t.start_date)';

export function getGift(db: Database.Database, id: string): Gift {
  const row = prepared(db, `SELECT ${giftTable.columns()} FROM gifts WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('gift', id);
  return giftTable.fromRow(row);
}

/** A trip's gifts in date order (undated last), for the workspace, checks and briefing. */
export function listGifts(db: Database.Database, tripId: string): Gift[] {
  return (
    prepared(db, `SELECT ${giftTable.columns()} FROM gifts WHERE trip_id = ? ORDER BY gift_date IS NULL, gift_date, created_at, id`).all(
      tripId,
    ) as Record<string, unknown>[]
  ).map(giftTable.fromRow);
}

export function createGift(db: Database.Database, input: ParsedInput<'gifts:create'>, id = newId()): Gift {
  getTrip(db, input.tripId);
  assertReferences(db, input.tripId, input);
  const timestamp = now();
  giftTable.insert(db, { ...input, id, createdAt: timestamp, updatedAt: timestamp, revision: 0 });
  return getGift(db, id);
}

export function updateGift(db: Database.Database, { id, patch }: ParsedInput<'gifts:update'>): Gift {
  const gift = getGift(db, id);
  assertReferences(db, gift.tripId, patch);
  giftTable.update(db, id, patch, now());
  return getGift(db, id);
}

export function deleteGift(db: Database.Database, id: string): { id: string; trashId: string } {
  const { tripId } = getGift(db, id);
  const trashId = captureForTrash(db, 'gift', id, tripId);
  prepared(db, 'DELETE FROM gifts WHERE id = ?').run(id);
  return { id, trashId };
}

/** The item and photo must be the trip's own; contact and organisation come from the shared address book. */
function assertReferences(
  db: Database.Database,
  tripId: string,
  refs: { itemId?: string | null; photoAttachmentId?: string | null; contactId?: string | null; organisationId?: string | null },
): void {
  const owned = (table: 'items' | 'attachments', id: string | null | undefined, what: string) => {
    if (!id) return;
    const row = prepared(db, `SELECT trip_id FROM ${table} WHERE id = ?`).get(id) as { trip_id: string } | undefined;
    if (!row) throw notFound(what, id);
    if (row.trip_id !== tripId) throw new ServiceError('conflict', `That ${what} belongs to another trip`);
  };
  owned('items', refs.itemId, 'programme item');
  owned('attachments', refs.photoAttachmentId, 'attachment');
  if (refs.contactId && !prepared(db, 'SELECT 1 FROM contacts WHERE id = ?').get(refs.contactId)) throw notFound('contact', refs.contactId);
  if (refs.organisationId && !prepared(db, 'SELECT 1 FROM organisations WHERE id = ?').get(refs.organisationId)) {
    throw notFound('organisation', refs.organisationId);
  }
}

/**
 * The register across every trip (or one), filtered by year, organisation and direction, newest
 * first. A gift's organisation is its own, else its contact's: "given to Wang Wei" counts for
 * Jinan's government when Wang Wei works there.
 */
export function giftRegister(db: Database.Database, query: ParsedInput<'gifts:register'> & GiftRegisterQuery): GiftRegisterEntry[] {
  const limit = getSettings(db).giftPolicy.registrationLimitOre;
  const rows = prepared(
    db,
    `SELECT ${giftTable.columns('g')}, t.title AS trip_title, t.start_date AS trip_start_date, i.title AS item_title,
       c.name AS contact_name, o.name AS organisation_name, COALESCE(g.organisation_id, c.organisation_id) AS filed_organisation
     FROM gifts g
     JOIN trips t ON t.id = g.trip_id
     LEFT JOIN items i ON i.id = g.item_id
     LEFT JOIN contacts c ON c.id = g.contact_id
     LEFT JOIN organisations o ON o.id = COALESCE(g.organisation_id, c.organisation_id)
     WHERE (@tripId IS NULL OR g.trip_id = @tripId)
       AND (@year IS NULL OR substr(${FILED_DATE}, 1, 4) = @year)
       AND (@organisationId IS NULL OR COALESCE(g.organisation_id, c.organisation_id) = @organisationId)
       AND (@direction IS NULL OR g.direction = @direction)
     ORDER BY ${FILED_DATE} DESC, t.title, g.created_at, g.id`,
  ).all({
    tripId: query.tripId ?? null,
    year: query.year === undefined ? null : String(query.year).padStart(4, '0'),
    organisationId: query.organisationId ?? null,
    direction: query.direction ?? null,
  }) as Record<string, unknown>[];
  return rows.map((row) => {
    const gift = giftTable.fromRow(row);
    return {
      ...gift,
      organisationId: gift.organisationId ?? (row.filed_organisation as string | null),
      tripTitle: String(row.trip_title),
      tripStartDate: String(row.trip_start_date),
      itemTitle: (row.item_title as string | null) ?? null,
      contactName: (row.contact_name as string | null) ?? null,
      organisationName: (row.organisation_name as string | null) ?? null,
      needsRegistration: needsRegistration(gift, limit),
    };
  });
}

/** Received and worth more than the policy's limit (none set: nothing is flagged). */
export function needsRegistration(gift: Pick<Gift, 'direction' | 'valueOre'>, limitOre: number | null): boolean {
  return gift.direction === 'received' && limitOre !== null && gift.valueOre !== null && gift.valueOre > limitOre;
}

/**
 * Gifts given on other trips that started before this one, to the organisations this trip's
 * gifts go to: what the "already given" check compares descriptions with.
 */
export function earlierGifts(db: Database.Database, tripId: string): EarlierGift[] {
  return prepared(
    db,
    `SELECT g.id AS giftId, t.id AS tripId, t.title AS tripTitle, t.start_date AS tripStartDate,
       COALESCE(g.organisation_id, c.organisation_id) AS organisationId, g.description AS description
     FROM gifts g JOIN trips t ON t.id = g.trip_id LEFT JOIN contacts c ON c.id = g.contact_id
     WHERE g.direction = 'given' AND g.trip_id != @tripId
       AND t.start_date < (SELECT start_date FROM trips WHERE id = @tripId)
       AND COALESCE(g.organisation_id, c.organisation_id) IN (
         SELECT COALESCE(g2.organisation_id, c2.organisation_id) FROM gifts g2 LEFT JOIN contacts c2 ON c2.id = g2.contact_id
         WHERE g2.trip_id = @tripId AND g2.direction = 'given')
     ORDER BY t.start_date, g.id`,
  ).all({ tripId }) as EarlierGift[];
}
