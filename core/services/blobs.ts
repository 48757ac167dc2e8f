import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_LABEL } from '../../shared/domain/attachment';
import { prepared } from '../db/statements';
import { now } from './clock';
import { ServiceError } from './errors';

/**
 * Content-addressed file contents inside the database (table `blobs`, migration 012): the key is
 * the SHA-256 of the bytes, so the same file attached twice is stored once. A blob is written in
 * the caller's transaction together with the row that uses it, so a crash leaves either both or
 * neither — never half a file.
 */
export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function assertAttachmentSize(size: number, fileName: string): void {
  if (size > ATTACHMENT_MAX_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1);
    throw new ServiceError('invalid_input', `${fileName} is too large (${megabytes} MB): at most ${ATTACHMENT_MAX_LABEL} per attachment`, [
      { path: ['content'], message: `At most ${ATTACHMENT_MAX_LABEL}` },
    ]);
  }
}

/**
 * Store bytes (once per content); returns their hash. `expectedSha256`, from a trip file, must
 * match the bytes: a file that says one thing and carries another is refused.
 */
export function putBlob(db: Database.Database, bytes: Buffer, fileName: string, expectedSha256?: string): string {
  assertAttachmentSize(bytes.length, fileName);
  const sha256 = sha256Hex(bytes);
  if (expectedSha256 !== undefined && expectedSha256 !== sha256) {
    throw new ServiceError('invalid_input', `The contents of ${fileName} do not match their checksum: the file is damaged or was altered.`);
  }
  prepared(db, 'INSERT INTO blobs (sha256, size, content, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    sha256,
    bytes.length,
    bytes,
    now(),
  );
  return sha256;
}

/** The bytes of a blob, refused when they no longer hash to their key (damage on disk, a hand edit). */
export function readBlob(db: Database.Database, sha256: string, fileName: string): Buffer {
  const row = prepared(db, 'SELECT content FROM blobs WHERE sha256 = ?').get(sha256) as { content: Buffer } | undefined;
  if (!row) throw new ServiceError('not_found', `The contents of ${fileName} are missing from the database.`);
  if (sha256Hex(row.content) !== sha256) {
    throw new ServiceError('conflict', `The stored contents of ${fileName} are damaged (checksum mismatch); restore a backup to get them back.`);
  }
  return row.content;
}

/**
 * Drop blobs no attachment uses and no trash entry can bring back (an undo must find its bytes).
 * Runs after deletes; cheap, since the trash holds at most a few hundred entries.
 */
export function collectUnusedBlobs(db: Database.Database): number {
  return prepared(
    db,
    `DELETE FROM blobs WHERE NOT EXISTS (SELECT 1 FROM attachments a WHERE a.sha256 = blobs.sha256)
       AND NOT EXISTS (SELECT 1 FROM trash t WHERE instr(t.snapshot, blobs.sha256) > 0)`,
  ).run().changes;
}
