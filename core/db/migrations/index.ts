import type { Migration } from './types';
import { initialSchema } from './001_initial';
import { sharedVersions } from './002_shared_versions';
import { trash } from './003_trash';
import { searchEntries } from './004_search_entries';
import { settings } from './005_settings';
import { memberSides } from './006_member_sides';
import { costCoverage } from './007_cost_coverage';
import { sync } from './013_sync';

/** Every schema version in order. Never edit a released migration; add the next one. */
export const migrations: readonly Migration[] = [
  initialSchema,
  sharedVersions,
  trash,
  searchEntries,
  settings,
  memberSides,
  costCoverage,
  // Placeholders for migrations of branches not merged yet; the lead replaces them at merge.
  { version: 8, name: 'reserved', up: '' },
  { version: 9, name: 'reserved', up: '' },
  { version: 10, name: 'reserved', up: '' },
  { version: 11, name: 'reserved', up: '' },
  { version: 12, name: 'reserved', up: '' },
  sync,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
