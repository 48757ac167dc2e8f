import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SQLITE_STORE_FILE } from '../../core/sync-server/sqlite-store';

function openStore(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, SQLITE_STORE_FILE), { readonly: true, fileMustExist: true });
}

export function storedDocumentCount(dataDir: string): number {
  const db = openStore(dataDir);
  try {
    return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM documents').get()?.count ?? 0;
  } finally {
    db.close();
  }
}

/** The document as the server stored it in its SQLite file (read-only), or null. */
export function readStoredDocument(dataDir: string, team: string, name: string): Y.Doc | null {
  const db = openStore(dataDir);
  try {
    const row = db.prepare<[string, string], { state: Buffer }>('SELECT state FROM documents WHERE team = ? AND name = ?').get(team, name);
    if (row === undefined) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    return doc;
  } finally {
    db.close();
  }
}
