import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { openSqliteStore, SQLITE_STORE_FILE } from '../../core/sync-server/sqlite-store';

function openStore(dataDir: string): Database.Database {
  return new Database(path.join(dataDir, SQLITE_STORE_FILE), { readonly: true, fileMustExist: true });
}

/** Documents and logged updates: zero when nothing at all was stored. */
export function storedDocumentCount(dataDir: string): number {
  const db = openStore(dataDir);
  try {
    const count = (table: string) => db.prepare<[], { count: number }>(`SELECT count(*) AS count FROM ${table}`).get()?.count ?? 0;
    return count('documents') + count('document_updates');
  } finally {
    db.close();
  }
}

/** The document as the server stored it (its state and the updates logged since), or null. */
export async function readStoredDocument(dataDir: string, team: string, name: string): Promise<Y.Doc | null> {
  const store = openSqliteStore(dataDir);
  try {
    const state = await store.fetchDocument(team, name);
    if (state === null) return null;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    return doc;
  } finally {
    await store.close();
  }
}
