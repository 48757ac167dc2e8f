import type { Migration } from './types';

/**
 * Budget against the grant and per diem (issue 17). Amounts are integer minor units of their
 * currency (öre, fen); the rate to SEK is kept as the exact decimal text the user entered, so a
 * total is recomputed to the same öre on every machine. A cost line's member and programme item
 * are optional links: deleting them keeps the cost (it was still spent) and clears the link.
 *
 * The per-diem rates (Skatteverket's normal amounts per country and year) are the user's data,
 * not a trip's: they change every year and no authoritative table can be shipped offline.
 */
export const budget: Migration = {
  version: 11,
  name: 'budget, funding sources and per-diem rates',
  up: `
CREATE TABLE funding_sources (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  rate_to_sek TEXT NOT NULL DEFAULT '1',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX funding_sources_by_trip ON funding_sources(trip_id);

CREATE TABLE cost_lines (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  category TEXT NOT NULL CHECK (category IN ('travel', 'accommodation', 'per_diem', 'interpreters', 'local_transport', 'gifts', 'venue', 'other')),
  description TEXT NOT NULL DEFAULT '',
  planned_minor INTEGER NOT NULL DEFAULT 0 CHECK (planned_minor >= 0),
  actual_minor INTEGER CHECK (actual_minor >= 0),
  currency TEXT NOT NULL CHECK (length(currency) = 3),
  rate_to_sek TEXT NOT NULL DEFAULT '1',
  payer TEXT NOT NULL CHECK (payer IN ('municipality', 'grant', 'host')),
  funding_source_id TEXT REFERENCES funding_sources(id) ON DELETE SET NULL,
  member_id TEXT REFERENCES members(id) ON DELETE SET NULL,
  item_id TEXT REFERENCES items(id) ON DELETE SET NULL,
  date TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX cost_lines_by_trip ON cost_lines(trip_id, date);
CREATE INDEX cost_lines_by_source ON cost_lines(funding_source_id);
CREATE INDEX cost_lines_by_member ON cost_lines(member_id);
CREATE INDEX cost_lines_by_item ON cost_lines(item_id);

CREATE TABLE per_diem_rates (
  country TEXT NOT NULL CHECK (length(country) = 2),
  year INTEGER NOT NULL,
  amount_sek_minor INTEGER NOT NULL CHECK (amount_sek_minor >= 0),
  source TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (country, year)
) STRICT, WITHOUT ROWID;
`,
};
