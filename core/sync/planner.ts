import type Database from 'better-sqlite3';
import { z } from 'zod';
import { prepared } from '../db/statements';
import { newId, now } from '../services/clock';

/**
 * Who this laptop is to colleagues: the planner's name ("Your name, shown to colleagues", set in
 * Settings → Team sync) and a random laptop id, kept in the settings table under their own key
 * (like the team, team-settings.ts). The id is what "changed by you" and the awareness filter
 * compare, so renaming yourself or a colleague of the same name changes neither.
 */
const KEY = 'syncPlanner';
const StoredPlanner = z.object({ laptopId: z.string().min(1).max(64), name: z.string().max(100) });
export type Planner = z.infer<typeof StoredPlanner>;

/** The stored planner; laptopId is '' until the first write that needs it (reads never write). */
export function plannerOf(db: Database.Database): Planner {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return { laptopId: '', name: '' };
  const parsed = StoredPlanner.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : { laptopId: '', name: '' };
}

/** The planner, with a laptop id created if there is none yet. Inside a write transaction. */
export function ensurePlanner(db: Database.Database): Planner {
  const planner = plannerOf(db);
  if (planner.laptopId) return planner;
  return savePlanner(db, { ...planner, laptopId: newId() });
}

export function setPlannerName(db: Database.Database, name: string): Planner {
  return savePlanner(db, { ...ensurePlanner(db), name });
}

function savePlanner(db: Database.Database, planner: Planner): Planner {
  prepared(
    db,
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(KEY, JSON.stringify(planner), now());
  return planner;
}
