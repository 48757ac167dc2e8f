import type Database from 'better-sqlite3';
import type { LiveSync } from './live';
import { followTeamChanges, registerLiveSync } from './registry';
import { getTeam } from './team-settings';

/**
 * Run team sync in the background for an open database (browser mode, desktop app): a LiveSync
 * for the team set up in Settings, replaced when the team changes. Returns stop(). (Another
 * program changing the team in the same file is noticed at the next start.)
 */
export function startBackgroundSync(db: Database.Database): () => void {
  let current: { key: string; live: LiveSync } | undefined;
  let stopped = false;
  let loading = false;
  const follow = async () => {
    if (!db.open || loading) return;
    const team = getTeam(db);
    const key = team ? `${team.url}\n${team.token}` : '';
    if ((current?.key ?? '') === key) return;
    current?.live.stop();
    current = undefined;
    registerLiveSync(db, undefined);
    if (!team) return;
    loading = true;
    try {
      // Loaded only once a team is set up: Yjs and the provider cost start-up time that a
      // laptop without team sync should not pay.
      const { LiveSync } = await import('./live');
      if (stopped || !db.open) return;
      const live = new LiveSync(db, team);
      live.start();
      current = { key, live };
      registerLiveSync(db, live);
    } catch {
      // A saved address that is refused now: the trip header says "not running"; Settings
      // refuses such an address when it is entered.
    } finally {
      loading = false;
    }
  };
  // No timer: the team changes only through 'sync:setTeam', which tells this (registry.ts).
  void follow();
  followTeamChanges(db, () => void follow());
  return () => {
    stopped = true;
    followTeamChanges(db, undefined);
    current?.live.stop();
    if (db.open) registerLiveSync(db, undefined);
  };
}
