import type { Migration } from './types';
import { initialSchema } from './001_initial';
import { sharedVersions } from './002_shared_versions';
import { trash } from './003_trash';
import { searchEntries } from './004_search_entries';
import { settings } from './005_settings';
import { memberSides } from './006_member_sides';
import { costCoverage } from './007_cost_coverage';
import { privacy } from './008_privacy';
import { secondLanguage } from './009_second_language';
import { outcomesSeatingReport } from './010_outcomes_seating_report';
import { budget } from './011_budget';
import { giftsAndAttachments } from './012_gifts_attachments';
import { sync } from './013_sync';
import { rowChanges } from './014_row_changes';
import { syncDocUpdates } from './015_sync_doc_updates';

/** Every schema version in order. Never edit a released migration; add the next one. */
export const migrations: readonly Migration[] = [
  initialSchema,
  sharedVersions,
  trash,
  searchEntries,
  settings,
  memberSides,
  costCoverage,
  privacy,
  secondLanguage,
  outcomesSeatingReport,
  budget,
  giftsAndAttachments,
  sync,
  rowChanges,
  syncDocUpdates,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
