import type { Migration } from './types';
import { initialSchema } from './001_initial';
import { sharedVersions } from './002_shared_versions';
import { trash } from './003_trash';
import { searchEntries } from './004_search_entries';
import { settings } from './005_settings';
import { memberSides } from './006_member_sides';
import { costCoverage } from './007_cost_coverage';
import { giftsAndAttachments } from './012_gifts_attachments';

/** Every schema version in order. Never edit a released migration; add the next one. */
export const migrations: readonly Migration[] = [
  initialSchema,
  sharedVersions,
  trash,
  searchEntries,
  settings,
  memberSides,
  costCoverage,
  // 8–11 belong to branches not merged yet; the placeholders keep versions contiguous.
  { version: 8, name: 'reserved', up: '' },
  { version: 9, name: 'reserved', up: '' },
  { version: 10, name: 'reserved', up: '' },
  { version: 11, name: 'reserved', up: '' },
  giftsAndAttachments,
];

export const LATEST_SCHEMA_VERSION = migrations.length;
