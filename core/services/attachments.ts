import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/api/contract';
import type { AttachmentContent, AttachmentInfo } from '../../shared/domain/attachment';
import { defineTable } from '../db/table';
import { prepared } from '../db/statements';
import { collectUnusedBlobs, putBlob, readBlob } from './blobs';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { getItem } from './items';
import { getMember } from './members';
import { getTrip } from './trips';
import { captureForTrash } from './trash';
import { mediaTypeOf } from './media-types';

export const attachmentTable = defineTable<AttachmentInfo>('attachments', [
  { field: 'id', column: 'id' },
  { field: 'tripId', column: 'trip_id' },
  { field: 'memberId', column: 'member_id' },
  { field: 'itemId', column: 'item_id' },
  { field: 'fileName', column: 'file_name' },
  { field: 'mediaType', column: 'media_type' },
  { field: 'size', column: 'size' },
  { field: 'sha256', column: 'sha256' },
  { field: 'sensitive', column: 'sensitive', kind: 'bool' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

const SELECT = `SELECT ${attachmentTable.columns()} FROM attachments`;

/** A trip's attachments (never their bytes), oldest first. */
export function listAttachments(db: Database.Database, tripId: string): AttachmentInfo[] {
  getTrip(db, tripId);
  return (prepared(db, `${SELECT} WHERE trip_id = ? ORDER BY created_at, id`).all(tripId) as Record<string, unknown>[]).map(
    attachmentTable.fromRow,
  );
}

export function getAttachment(db: Database.Database, id: string): AttachmentInfo {
  const row = prepared(db, `${SELECT} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('attachment', id);
  return attachmentTable.fromRow(row);
}

/** Store a file on a trip, a member or an item: the bytes once per content, a row per attachment. */
export function addAttachment(db: Database.Database, input: ParsedInput<'attachments:add'>, id = newId()): AttachmentInfo {
  getTrip(db, input.tripId);
  if (input.memberId && getMember(db, input.memberId).tripId !== input.tripId) {
    throw new ServiceError('conflict', 'That member belongs to another trip');
  }
  if (input.itemId && getItem(db, input.itemId).tripId !== input.tripId) {
    throw new ServiceError('conflict', 'That item belongs to another trip');
  }
  const bytes = Buffer.from(input.content, 'base64');
  return insertAttachment(db, {
    id,
    tripId: input.tripId,
    memberId: input.memberId ?? null,
    itemId: input.itemId ?? null,
    fileName: input.fileName,
    mediaType: input.mediaType || mediaTypeOf(input.fileName),
    // A member's files are personal data whatever the user ticked (PERSONAL_ATTACHMENT_OWNER_KINDS).
    sensitive: input.sensitive || !!input.memberId,
    bytes,
  });
}

export interface AttachmentWrite {
  id: string;
  tripId: string;
  memberId: string | null;
  itemId: string | null;
  fileName: string;
  mediaType: string;
  sensitive: boolean;
  bytes: Buffer;
  /** From a trip file: the hash the file claims, checked against the bytes. */
  expectedSha256?: string;
}

/** Blob and row together, in the caller's transaction (used by add and by trip-file import). */
export function insertAttachment(db: Database.Database, write: AttachmentWrite): AttachmentInfo {
  const sha256 = putBlob(db, write.bytes, write.fileName, write.expectedSha256);
  const timestamp = now();
  attachmentTable.insert(db, {
    id: write.id,
    tripId: write.tripId,
    memberId: write.memberId,
    itemId: write.itemId,
    fileName: write.fileName,
    mediaType: write.mediaType,
    size: write.bytes.length,
    sha256,
    sensitive: write.sensitive,
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
  });
  return getAttachment(db, write.id);
}

/** The bytes, checked against their hash, with what a download needs. */
export function attachmentContent(db: Database.Database, id: string): AttachmentContent {
  const info = getAttachment(db, id);
  const bytes = readBlob(db, info.sha256, info.fileName);
  return { fileName: info.fileName, mediaType: info.mediaType, size: info.size, base64: bytes.toString('base64') };
}

/** Delete (undoable: the row goes to the trash; the bytes stay while an undo may need them). */
export function deleteAttachment(db: Database.Database, id: string): { id: string; trashId: string } {
  const { tripId } = getAttachment(db, id);
  const trashId = captureForTrash(db, 'attachment', id, tripId);
  prepared(db, 'DELETE FROM attachments WHERE id = ?').run(id);
  collectUnusedBlobs(db);
  return { id, trashId };
}

/**
 * GDPR erase hook: remove a member's attachments (personal data) for good — no trash entry, and
 * their bytes go too unless another attachment shares the same content. Returns how many.
 * Trash entries made earlier (a deleted member) may still hold the rows: erase those with them.
 */
export function erasePersonalAttachments(db: Database.Database, memberId: string): number {
  const removed = prepared(db, 'DELETE FROM attachments WHERE member_id = ?').run(memberId).changes;
  collectUnusedBlobs(db);
  return removed;
}
