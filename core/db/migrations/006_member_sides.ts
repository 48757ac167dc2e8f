import type Database from 'better-sqlite3';
import type { Migration } from './types';

/**
 * Hosting: every member gets a side (visitor or host) instead of the guess from the organisation
 * text that the checks and the presence matrix used to make, and an incoming trip can name the
 * visitors' home time zone for the programme's second clock.
 *
 * Existing incoming trips keep what the old guess said, applied once here: members whose
 * organisation is the trip's hosting organisation (case- and accent-insensitive, or that name
 * followed by a space or comma, "Södertälje kommun, Kommunstyrelsen") become hosts. The guess is
 * copied into this file on purpose: a migration must do the same thing forever, even after the
 * checks' code moves on. Revisions are not bumped: every copy of a shared trip migrates the same
 * way, so the change is not an edit to merge.
 */
export const memberSides: Migration = {
  version: 6,
  name: 'member sides and the visitors’ time zone',
  up: `
ALTER TABLE members ADD COLUMN side TEXT NOT NULL DEFAULT 'visitor' CHECK (side IN ('visitor', 'host'));
ALTER TABLE trips ADD COLUMN visitors_time_zone TEXT;
`,
  data: markHostsByOldGuess,
};

function markHostsByOldGuess(db: Database.Database): void {
  const candidates = db
    .prepare(
      `SELECT m.id, m.organisation, t.hosting_organisation AS host
       FROM members m JOIN trips t ON t.id = m.trip_id
       WHERE t.direction = 'incoming' AND t.hosting_organisation != ''`,
    )
    .all() as { id: string; organisation: string; host: string }[];
  const markHost = db.prepare(`UPDATE members SET side = 'host' WHERE id = ?`);
  for (const { id, organisation, host } of candidates) {
    const key = fold(host);
    const own = fold(organisation);
    if (key !== '' && (own === key || own.startsWith(`${key} `) || own.startsWith(`${key},`))) markHost.run(id);
  }
}

/** The old guess's folding (shared/checks/cities.ts as of schema version 5), frozen here. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
