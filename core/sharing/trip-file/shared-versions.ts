import type Database from 'better-sqlite3';
import type { SharingEntityType } from '../../../shared/sharing/types';
import { now } from '../../services/clock';

/**
 * The versions of entities that went through a trip file here (table shared_versions, migration
 * 002). A merge asks two questions of it: "is our row unchanged since it was shared?" (its
 * version is listed) and "have we seen the file's version before?" (then it is old news).
 */
export interface Version {
  revision: number;
  updatedAt: string;
}

export interface SharedVersionRecord extends Version {
  type: SharingEntityType;
  id: string;
  tripId: string | null;
}

const key = (v: Version) => `${v.revision}|${v.updatedAt}`;

export class SharedHistory {
  private readonly versions = new Map<string, Set<string>>();

  has(type: SharingEntityType, id: string, version: Version): boolean {
    return this.versions.get(`${type}:${id}`)?.has(key(version)) ?? false;
  }

  /** Whether anything of this entity was ever shared here. */
  knows(type: SharingEntityType, id: string): boolean {
    return this.versions.has(`${type}:${id}`);
  }

  static load(db: Database.Database, ids: Map<SharingEntityType, string[]>): SharedHistory {
    const history = new SharedHistory();
    const select = db.prepare(
      'SELECT entity_id, revision, updated_at FROM shared_versions WHERE entity_type = ? AND entity_id IN (SELECT value FROM json_each(?))',
    );
    for (const [type, list] of ids) {
      if (!list.length) continue;
      const rows = select.all(type, JSON.stringify(list)) as { entity_id: string; revision: number; updated_at: string }[];
      for (const row of rows) {
        const k = `${type}:${row.entity_id}`;
        let set = history.versions.get(k);
        if (!set) history.versions.set(k, (set = new Set()));
        set.add(key({ revision: row.revision, updatedAt: row.updated_at }));
      }
    }
    return history;
  }
}

/** Remember that these versions were shared (exported or imported) now; known ones stay as they were. */
export function recordShared(db: Database.Database, records: readonly SharedVersionRecord[], direction: 'export' | 'import'): void {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO shared_versions (entity_type, entity_id, trip_id, revision, updated_at, shared_at, direction)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = now();
  for (const r of records) insert.run(r.type, r.id, r.tripId, r.revision, r.updatedAt, at, direction);
}
