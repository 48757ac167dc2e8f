import type { Migration } from './types';

/**
 * The app's settings (language, default home zone, paper, the organisation's profile and logo)
 * live in the data file, not in the browser's per-origin storage: the browser mode on another
 * port, or the desktop app on the same file, must find the same settings.
 *
 * One row per setting, the value as JSON: the core reads each through its schema and falls back
 * to the default for a missing or malformed one, so a setting added later needs no migration.
 */
export const settings: Migration = {
  version: 5,
  name: 'settings',
  up: `
CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;
`,
};
