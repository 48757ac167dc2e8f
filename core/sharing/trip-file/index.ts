import type Database from 'better-sqlite3';
import type { ImportOptions, ImportPreview, ImportResult } from '../../../shared/sharing/types';
import { applyPlan } from './apply';
import { planImport } from './plan';
import { readTripFile } from './validate';

export { buildTripFile, exportTrip, serialiseTripFile } from './export';
export { readTripFile } from './validate';
export { TRIP_FILE_EXTENSION, TRIP_FILE_FORMAT, TRIP_FILE_VERSION, type TripFile } from './format';

/** What importing `content` would change; validates the whole file first and writes nothing. */
export function previewImport(db: Database.Database, content: string, options: ImportOptions = {}): ImportPreview {
  return planImport(db, readTripFile(content), options).preview;
}

/**
 * Import `content`: validate everything, plan, then write. Call inside a transaction (dispatch
 * does): a refusal or failure at any step leaves the database unchanged.
 */
export function applyImport(db: Database.Database, content: string, options: ImportOptions = {}): ImportResult {
  const plan = planImport(db, readTripFile(content), options);
  applyPlan(db, plan);
  return { ...plan.preview, applied: true };
}
