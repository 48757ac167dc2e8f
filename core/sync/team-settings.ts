import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { SyncTeamView } from '../../shared/sync/status';
import { prepared } from '../db/statements';
import { addressBookSharingView } from './address-book-sharing';
import { now } from '../services/clock';
import { ServiceError } from '../services/errors';
import { SyncRefusal } from './errors';
import { teamChanged } from './registry';
import { checkServerUrl, isLoopback } from './server-url';
import type { Team } from './sync';

/**
 * The team this laptop syncs with (server address and team token), kept in the settings table
 * under its own key: it follows the data file like every setting, and the settings service,
 * which reads only the keys it knows, never hands the token to the page.
 */
const KEY = 'syncTeam';
const StoredTeam = z.object({ url: z.string().max(500), token: z.string().min(1).max(500) });

export function getTeam(db: Database.Database): Team | null {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return null;
  const parsed = StoredTeam.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

/** What the page may see: the address and the token's last four characters only. */
export function teamView(db: Database.Database): SyncTeamView | null {
  const team = getTeam(db);
  if (!team) return null;
  const url = new URL(team.url);
  return {
    url: team.url,
    tokenHint: `…${team.token.slice(-4)}`, plainLoopback: url.protocol === 'ws:' && isLoopback(url.hostname),
    addressBook: addressBookSharingView(db, team.url),
  };
}

/** Save the team (null: stop syncing). An address that is refused (ws:// to another host) is bad input. */
export function setTeam(db: Database.Database, team: { url: string; token?: string } | null): SyncTeamView | null {
  if (team === null) {
    prepared(db, 'DELETE FROM settings WHERE key = ?').run(KEY);
    teamChanged(db);
    return null;
  }
  try {
    checkServerUrl(team.url);
  } catch (error) {
    if (error instanceof SyncRefusal) throw new ServiceError('invalid_input', error.message, [{ path: ['url'], message: error.message }]);
    throw error;
  }
  // An empty token keeps the saved one (the page never has it to send back).
  const token = team.token || getTeam(db)?.token;
  if (!token) throw new ServiceError('invalid_input', 'Enter the team token', [{ path: ['token'], message: 'Required' }]);
  prepared(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(KEY, JSON.stringify({ url: team.url, token }), now());
  teamChanged(db);
  return teamView(db);
}
