import { z } from 'zod';
import { AppLanguage } from '../domain/language';
import { Id } from '../domain/primitives';

/**
 * Inputs and results of the sharing operations (trip files, calendars, lists). The contract
 * lists the operations; the core implements them in core/sharing. Pure: runs in every process.
 */

/** Largest trip file accepted, in characters of its text (the CLI also checks bytes on disk). */
export const MAX_TRIP_FILE_CHARS = 50 * 1024 * 1024;

/** Entities a trip file carries. `member_group` and `meeting` match the tombstone types. */
export const SharingEntityType = z.enum(['trip', 'member', 'member_group', 'item', 'meeting', 'contact', 'organisation']);
export type SharingEntityType = z.infer<typeof SharingEntityType>;

export const ExportTripInput = z.object({
  tripId: Id,
  /** Passport numbers stay out of trip files unless asked for explicitly (privacy). */
  includePassports: z.boolean().default(false),
  /** Attachments (members' are personal data) stay out of trip files unless asked for explicitly. */
  includeAttachments: z.boolean().default(false),
});

/** Which version wins when both sides changed an entity. */
export const MergeChoice = z.enum(['ours', 'theirs']);
export type MergeChoice = z.infer<typeof MergeChoice>;

export const ImportOptions = z.object({
  /** Take the file's version of every conflicting entity (the CLI's --theirs). */
  theirs: z.boolean().default(false),
  /** Remove entities the file's author deleted (tombstones), after the user confirmed. */
  applyDeletions: z.boolean().default(false),
  /**
   * Overwrite address-book contacts and organisations that OTHER trips here use too, after the
   * user saw them listed (the CLI's --update-contacts, the import preview's confirmation).
   */
  updateContacts: z.boolean().default(false),
  /** Per-entity choices that override `theirs` (the app's conflict list). */
  resolutions: z
    .array(z.object({ type: SharingEntityType, id: Id, choose: MergeChoice }))
    .max(20_000)
    .default([]),
});
export type ImportOptions = z.input<typeof ImportOptions>;

export const ImportTripInput = ImportOptions.extend({
  /** The whole text of the .delegation file. */
  content: z.string().max(MAX_TRIP_FILE_CHARS, 'The trip file is too large (at most 50 MB)'),
});

export const CalendarInput = z.object({
  tripId: Id,
  /** Only this member's items; the whole programme when omitted. */
  memberId: Id.optional(),
  lang: AppLanguage.default('sv'),
});

export const CsvInput = z.object({
  tripId: Id,
  /** invitation-data: what a Chinese invitation letter needs per traveller (passport data: only when asked for by name). */
  what: z.enum(['members', 'contacts', 'invitation-data']),
  /** ';' is what Excel expects with Swedish regional settings, ',' elsewhere. */
  separator: z.enum([';', ',']).default(';'),
  /** Language of the header row and of role names. */
  lang: AppLanguage.default('sv'),
  includePassports: z.boolean().default(false),
});

export const VcardInput = z.object({
  /** The contacts of this trip; the whole address book when omitted. */
  tripId: Id.optional(),
  /** Language of role names. */
  lang: AppLanguage.default('sv'),
});

/** A file produced for the user to save: a suggested name and its text. */
export interface ExportedFile {
  fileName: string;
  /** MIME type, e.g. text/calendar. */
  mediaType: string;
  content: string;
}

/** Contacts as vCards: all in one file, and one file per contact (Outlook imports only the first card of a file). */
export interface VcardExport {
  combined: ExportedFile;
  perContact: ExportedFile[];
}

/**
 * What importing a trip file does to one entity:
 * - add: not here yet;
 * - update: their newer version replaces ours (ours is unchanged since it was last shared);
 * - unchanged: both sides have the same version;
 * - keep_local: ours is newer, or they did not change it;
 * - conflict: both sides changed it since it was last shared — ours is kept unless resolved 'theirs';
 * - match: a contact or organisation that is already in the address book under another id (same
 *   name or e-mail): the existing one is used, never duplicated;
 * - remove: they deleted it (tombstone) — removed only when the user confirms (applyDeletions);
 * - stays_deleted: we deleted it and they did not change it since — not brought back;
 * - local_only: only here and they never deleted it (added here) — kept.
 */
export type ImportAction =
  | 'add'
  | 'update'
  | 'unchanged'
  | 'keep_local'
  | 'conflict'
  | 'match'
  | 'remove'
  | 'stays_deleted'
  | 'local_only';

export interface ImportChange {
  type: SharingEntityType;
  id: string;
  /** What a person recognises: a name, or an item's title with its local start. */
  label: string;
  action: ImportAction;
  /** Fields whose values differ between the two versions (update, conflict, keep_local). */
  fields?: string[];
  /** For conflicts and deletions: whose version ends up in the database. */
  outcome?: MergeChoice;
  /** Whether applying with the same options writes this change. */
  willApply: boolean;
  /** One sentence for the user. */
  reason: string;
  /** For 'match': the id of the existing contact or organisation that is used instead. */
  matchedId?: string;
  /**
   * For a contact or organisation the file changes: the titles of the other trips here that use
   * it. Such a change waits for the user's confirmation (updateContacts).
   */
  usedByOtherTrips?: string[];
}

export interface ImportPreview {
  file: { formatVersion: number; exportedAt: string; includesPassports: boolean };
  trip: { id: string; title: string; startDate: string; endDate: string };
  /** new: the trip is not in this database; merge: the file is merged into the trip that is. */
  mode: 'new' | 'merge';
  /** The trip was deleted here; importing creates it again. */
  restoresDeletedTrip: boolean;
  /** Every entity that is not unchanged, in the order: trip, members, groups, items, meetings, contacts, organisations. */
  changes: ImportChange[];
  /** Counts per entity type and action, unchanged ones included. */
  summary: Partial<Record<SharingEntityType, Partial<Record<ImportAction, number>>>>;
  conflicts: number;
  /** Deletions in the file that wait for the user's confirmation (applyDeletions). */
  pendingDeletions: number;
  /** Changes to address-book entries other trips use that wait for confirmation (updateContacts). */
  pendingContactUpdates: number;
  /** Things the user should know that are not changes (e.g. a participant who was deleted here). */
  warnings: string[];
  /** Applying would change nothing in the database. */
  upToDate: boolean;
}

export interface ImportResult extends ImportPreview {
  applied: true;
}
