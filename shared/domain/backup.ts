import { z } from 'zod';

/**
 * Backups of the database file (core/db/backup.ts). Why one was made:
 * - daily: on start, at most once a day;
 * - migration: just before the schema is upgraded by a new app version;
 * - manual: asked for (CLI `backup`, or the app);
 * - before-restore: the current data, kept aside before a restore replaced it.
 */
export const BACKUP_REASONS = ['daily', 'migration', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupSummary {
  /** File name inside the backups folder; what `backups:restore` takes. */
  name: string;
  /** When it was made, ISO-8601 UTC. */
  createdAt: string;
  /** The data version (PRAGMA user_version) of the app that made it. */
  schemaVersion: number;
  reason: BackupReason;
  bytes: number;
}

export interface BackupList {
  /** The folder the backups are in, to show the user where to find them. */
  folder: string;
  /** Newest first. */
  backups: BackupSummary[];
}

export interface RestoreResult {
  /** The backup that was restored (its file name) and the data version it was made with. */
  restored: { name: string; schemaVersion: number };
  /** The data as it was just before the restore, saved as a backup of its own (null: see below). */
  keptAside: BackupSummary | null;
  /**
   * A damaged data file cannot be copied: it is moved aside as it is, under this name in the
   * data file's folder (`<file>.before-restore-<time>`). Absent when the file was sound.
   */
  damagedFileKeptAside?: string | null;
}

/**
 * A backup is named, never given as a path: the page may only pick one of the backups the core
 * listed, so it cannot make the core read any other file.
 */
export const BackupName = z
  .string()
  .max(300)
  .regex(/^[^/\\:\0]+\.sqlite$/, 'Choose one of the listed backups');

export const BackupRestoreInput = z.object({ name: BackupName });
