import { z } from 'zod';
import { Id, Line, RequiredLine } from './primitives';

/**
 * Largest file one attachment may hold: 25 MB. What delegations attach — e-tickets, visa scans,
 * invitation letters, a presentation, a gift photo — is well below it, while a file this size is
 * still written and read by SQLite in a fraction of a second, travels through the browser mode's
 * JSON body (base64, +33 %) and keeps trip files and backups small enough for e-mail and USB
 * sticks. Videos and archives belong in the municipality's document system, not in the plan.
 */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
export const ATTACHMENT_MAX_LABEL = '25 MB';
/** base64 of ATTACHMENT_MAX_BYTES: anything longer is over the limit before it is decoded. */
export const ATTACHMENT_MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

/** What an attachment belongs to. A meeting is an item (its details hang off the item). */
export type AttachmentOwnerKind = 'trip' | 'member' | 'item';

/**
 * Owners whose attachments are personal data (passport and visa scans, boarding passes): marked
 * sensitive always, left out of trip files unless explicitly included, and what a GDPR erase of
 * a member removes (core/services/attachments.ts: `erasePersonalAttachments`).
 */
export const PERSONAL_ATTACHMENT_OWNER_KINDS: readonly AttachmentOwnerKind[] = ['member'];

/** An attachment as lists show it: never the bytes (those come one at a time, on request). */
export interface AttachmentInfo {
  id: string;
  tripId: string;
  memberId: string | null;
  itemId: string | null;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  sensitive: boolean;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

export const attachmentOwnerKind = (a: Pick<AttachmentInfo, 'memberId' | 'itemId'>): AttachmentOwnerKind =>
  a.memberId ? 'member' : a.itemId ? 'item' : 'trip';

const tooLarge = `The file is too large: at most ${ATTACHMENT_MAX_LABEL} per attachment`;

export const AttachmentAdd = z
  .object({
    tripId: Id,
    /** At most one of memberId and itemId; neither: the trip's own attachment. */
    memberId: Id.optional(),
    itemId: Id.optional(),
    fileName: RequiredLine(255),
    mediaType: Line(200).default(''),
    /** The file's bytes in base64 (every transport carries JSON). */
    content: z
      .string()
      .max(ATTACHMENT_MAX_BASE64 + 4, tooLarge)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file must be sent as base64'),
    /** Member attachments are always sensitive; others when the user says so. */
    sensitive: z.boolean().default(false),
  })
  .refine((a) => !(a.memberId && a.itemId), { message: 'An attachment belongs to a member or an item, not both', path: ['itemId'] });
export type AttachmentAdd = z.input<typeof AttachmentAdd>;

/** One attachment's bytes, for opening or downloading. */
export interface AttachmentContent {
  fileName: string;
  mediaType: string;
  size: number;
  base64: string;
}
