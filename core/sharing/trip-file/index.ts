import type Database from 'better-sqlite3';
import type { ImportOptions, ImportPreview, ImportResult } from '../../../shared/sharing/types';
import { applyPlan } from './apply';
import { planImport } from './plan';
import { readTripFile } from './validate';
import { endedBefore, purgeExpired } from '../../services/privacy/retention';
import { getSettings } from '../../services/settings';
import type { TripFile } from './format';

export { buildTripFile, exportTrip, serialiseTripFile } from './export';
export { readTripFile } from './validate';
export { TRIP_FILE_EXTENSION, TRIP_FILE_FORMAT, TRIP_FILE_VERSION, type TripFile } from './format';

/** What importing `content` would change; validates the whole file first and writes nothing. */
export function previewImport(db: Database.Database, content: string, options: ImportOptions = {}): ImportPreview {
  const file = readTripFile(content);
  const preview = planImport(db, file, options).preview;
  const warning = retentionWarning(db, file);
  return warning ? { ...preview, warnings: [...preview.warnings, warning] } : preview;
}

/**
 * Import `content`: validate everything, plan, then write. Call inside a transaction (dispatch
 * does): a refusal or failure at any step leaves the database unchanged.
 */
export function applyImport(db: Database.Database, content: string, options: ImportOptions = {}): ImportResult {
  const plan = planImport(db, readTripFile(content), options);
  applyPlan(db, plan);
  // Personal data the retention setting erased must not come back from an older file: a trip
  // past retention is purged again right after the import, in the same transaction.
  purgeExpired(db, 'import', new Date(), plan.file.trip.id);
  const warning = retentionWarning(db, plan.file);
  return { ...plan.preview, warnings: warning ? [...plan.preview.warnings, warning] : plan.preview.warnings, applied: true };
}

function retentionWarning(db: Database.Database, file: TripFile): string | null {
  const { retentionMonths } = getSettings(db);
  if (retentionMonths === null || file.trip.endDate >= endedBefore(new Date(), retentionMonths)) return null;
  return `The trip ended more than ${retentionMonths} months ago: members’ personal data (passport, visa, dietary and accessibility needs, emergency contact) is not kept (Settings → Personal data)`;
}
