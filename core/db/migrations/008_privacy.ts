import type { Migration } from './types';

/**
 * Personal data (GDPR). `privacy_erasures`: members and contacts erased on request; an import of
 * an older trip file never brings these ids back (core/sharing/trip-file/plan.ts), whatever the
 * merge choices. `privacy_log`: when a purge or erase ran and how much it erased — counts only,
 * so the log itself holds nothing about the people.
 */
export const privacy: Migration = {
  version: 8,
  name: 'personal data erasures and log',
  up: `
CREATE TABLE privacy_erasures (
  entity_id TEXT PRIMARY KEY NOT NULL,
  entity_type TEXT NOT NULL CHECK (entity_type IN ('member', 'contact')),
  erased_at TEXT NOT NULL
) STRICT;

CREATE TABLE privacy_log (
  id INTEGER PRIMARY KEY,
  action TEXT NOT NULL CHECK (action IN ('purge', 'erase')),
  trigger TEXT NOT NULL,
  ran_at TEXT NOT NULL,
  trips INTEGER NOT NULL DEFAULT 0,
  members INTEGER NOT NULL DEFAULT 0,
  contacts INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX privacy_log_by_time ON privacy_log(ran_at);
`,
};
