import type Database from 'better-sqlite3';
import { LiveSync } from './live';
import { registerLiveSync } from './registry';
import { getTeam } from './team-settings';

/**
 * Run team sync in the background for an open database (browser mode, desktop app): a LiveSync
 * for the team set up in Settings, replaced when the team changes. Returns stop().
 */
export function startBackgroundSync(db: Database.Database, checkEveryMs = 1000): () => void {
  let current: { key: string; live: LiveSync } | undefined;
  const follow = () => {
    if (!db.open) return;
    const team = getTeam(db);
    const key = team ? `${team.url}\n${team.token}` : '';
    if (current?.key === key) return;
    current?.live.stop();
    current = undefined;
    registerLiveSync(db, undefined);
    if (!team) return;
    try {
      const live = new LiveSync(db, team);
      live.start();
      current = { key, live };
      registerLiveSync(db, live);
    } catch {
      // A saved address that is refused now: the trip header says "not running"; Settings
      // refuses such an address when it is entered.
    }
  };
  follow();
  const timer = setInterval(follow, checkEveryMs);
  return () => {
    clearInterval(timer);
    current?.live.stop();
    if (db.open) registerLiveSync(db, undefined);
  };
}
