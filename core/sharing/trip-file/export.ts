import type Database from 'better-sqlite3';
import type { ExportedFile } from '../../../shared/sharing/types';
import { toInstant } from '../../../shared/time/zoned';
import { fold } from '../../../shared/text/fold';
import { now } from '../../services/clock';
import { getWorkspace } from '../../services/workspace';
import { safeFileName } from '../file-names';
import {
  TRIP_FILE_EXTENSION,
  TRIP_FILE_FORMAT,
  TRIP_FILE_MEDIA_TYPE,
  TRIP_FILE_VERSION,
  TombstoneType,
  type FileAttachment,
  type FileMember,
  type FileTombstone,
  type TripFile,
} from './format';
import { recordShared, type SharedVersionRecord } from './shared-versions';
import type { AttachmentInfo } from '../../../shared/domain/attachment';
import { readBlob } from '../../services/blobs';

export interface ExportOptions {
  /** Passport numbers are left out unless asked for (privacy rule). */
  includePassports?: boolean;
  /** Attachments (with their bytes; members' are personal data) are left out unless asked for. */
  includeAttachments?: boolean;
  /** The exportedAt stamp (tests fix it). */
  exportedAt?: string;
}

/**
 * Everything about one trip as a TripFile. Lists are sorted with the id as the last tie-breaker,
 * so the same data always gives the same file (the round trip compares files text for text).
 */
export function buildTripFile(db: Database.Database, tripId: string, options: ExportOptions = {}): TripFile {
  const ws = getWorkspace(db, tripId);
  const includePassports = options.includePassports ?? false;
  const items = sortedBy(ws.items, (i) => toInstant(i.startLocal, i.startZone), (i) => i.sortOrder, (i) => i.title, (i) => i.id);
  const itemOrder = new Map(items.map((item, index) => [item.id, index]));
  return {
    format: TRIP_FILE_FORMAT,
    version: TRIP_FILE_VERSION,
    exportedAt: options.exportedAt ?? now(),
    includesPassports: includePassports,
    trip: ws.trip,
    members: sortedBy(ws.members, (m) => m.precedence, (m) => m.id).map((m): FileMember => {
      if (includePassports) return m;
      const { passportNumber: _left, sex: _sex, dateOfBirth: _born, ...rest } = m;
      return rest;
    }),
    groups: sortedBy(ws.groups, (g) => g.name, (g) => g.id),
    items,
    meetings: sortedBy(ws.meetings, (m) => itemOrder.get(m.itemId) ?? -1, (m) => m.itemId),
    contacts: sortedBy(ws.contacts, (c) => fold(c.name), (c) => c.id),
    organisations: sortedBy(ws.organisations, (o) => fold(o.name), (o) => o.id),
    tombstones: tombstonesOf(db, tripId),
    ...(options.includeAttachments ? { attachments: attachmentsOf(db, ws.attachments) } : {}),
  };
}

/** The trip's attachments with their bytes, each checked against its hash as it is read. */
function attachmentsOf(db: Database.Database, attachments: readonly AttachmentInfo[]): FileAttachment[] {
  return sortedBy(attachments, (a) => a.createdAt, (a) => a.id).map((a) => ({ ...a, content: readBlob(db, a.sha256, a.fileName).toString('base64') }));
}

/** Two-space indented JSON: readable, and diffs of two exports show what changed. */
export function serialiseTripFile(file: TripFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * The export operation: the file's text and a suggested name. Records the exported versions as
 * shared, so a colleague's edited copy of them later merges without conflicts.
 */
export function exportTrip(db: Database.Database, tripId: string, options: ExportOptions = {}): ExportedFile {
  const file = buildTripFile(db, tripId, options);
  try {
    recordShared(db, sharedRecordsOf(file), 'export');
  } catch (error) {
    // Bookkeeping only: a read-only database (a backup on a locked share) can still be exported.
    // SQLite rolls back just the failed statement, so the surrounding transaction stays usable.
    if (!String((error as { code?: unknown }).code).startsWith('SQLITE_READONLY')) throw error;
  }
  return {
    fileName: safeFileName(`${file.trip.title} ${file.trip.startDate}`, TRIP_FILE_EXTENSION, 'trip'),
    mediaType: TRIP_FILE_MEDIA_TYPE,
    content: serialiseTripFile(file),
  };
}

/** The version of every entity in a file, for the shared_versions bookkeeping. */
export function sharedRecordsOf(file: TripFile): SharedVersionRecord[] {
  const tripId = file.trip.id;
  const v = (type: SharedVersionRecord['type'], id: string, e: { revision: number; updatedAt: string }, trip: string | null = tripId) => ({
    type,
    id,
    tripId: trip,
    revision: e.revision,
    updatedAt: e.updatedAt,
  });
  return [
    v('trip', tripId, file.trip),
    ...file.members.map((m) => v('member', m.id, m)),
    ...file.groups.map((g) => v('member_group', g.id, g)),
    ...file.items.map((i) => v('item', i.id, i)),
    ...file.meetings.map((m) => v('meeting', m.itemId, m)),
    ...file.contacts.map((c) => v('contact', c.id, c, null)),
    ...file.organisations.map((o) => v('organisation', o.id, o, null)),
  ];
}

const KNOWN_TOMBSTONES = new Set<string>(TombstoneType.options);

function tombstonesOf(db: Database.Database, tripId: string): FileTombstone[] {
  return (
    db
      .prepare(
        `SELECT entity_id AS entityId, entity_type AS entityType, deleted_at AS deletedAt FROM deletions
         WHERE trip_id = ? AND entity_id != ? ORDER BY deleted_at, entity_id`,
      )
      .all(tripId, tripId) as FileTombstone[]
  )
    // Only the kinds this file version knows; a later schema's other tombstones stay out.
    .filter((t) => KNOWN_TOMBSTONES.has(t.entityType))
    .map((t) => ({ entityId: t.entityId, entityType: t.entityType, deletedAt: t.deletedAt }));
}

type Key<T> = (value: T) => string | number;
/**
 * A sorted copy, by several keys in turn (strings by code unit, so the order is the same
 * everywhere). Each value's keys are computed once, not on every comparison: an item's start
 * instant is a time-zone conversion, and a large trip's 420 items took 7,000 of them.
 */
function sortedBy<T>(values: readonly T[], ...keys: Key<T>[]): T[] {
  const keyed = values.map((value) => ({ value, keys: keys.map((key) => key(value)) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const x = a.keys[i]!;
      const y = b.keys[i]!;
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
  return keyed.map((entry) => entry.value);
}
