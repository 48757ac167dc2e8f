import * as Y from 'yjs';

/**
 * What the sync server keeps: each team's documents as opaque Yjs state, and the teams with the
 * hash of their token. Two implementations: SQLite in the server's data folder (one instance)
 * and PostgreSQL (several instances sharing one store).
 *
 * Every write MERGES into the stored state (Y.mergeUpdates) instead of overwriting it. Yjs
 * updates form a CRDT, so merging is idempotent and order-free: two instances storing their
 * in-memory copies in any order, or an update logged before it is applied and then stored
 * again as part of the whole document, never lose each other's changes.
 */
export interface ServerStore {
  /** The stored state with every logged update merged in, or null for a new document. */
  fetchDocument(team: string, name: string): Promise<Uint8Array | null>;
  /**
   * Logs one incoming update durably, cheaply (an append: merging into a large trip's state
   * costs ~100 ms, far too much per keystroke). The next mergeDocument folds it in.
   */
  appendUpdate(team: string, name: string, update: Uint8Array): Promise<void>;
  /**
   * Merges a whole document state (what Hocuspocus stores, debounced) and the logged updates
   * into the stored state, and removes the updates it merged.
   */
  mergeDocument(team: string, name: string, state: Uint8Array): Promise<void>;
  /** Adds a team with the given token hash; false when the name is already taken. */
  addTeam(team: string, tokenHash: string): Promise<boolean>;
  /** Marks a team's token revoked; false when there is no such team. */
  revokeTeam(team: string): Promise<boolean>;
  /** The team whose active (not revoked) token has this hash, or null. */
  teamForTokenHash(tokenHash: string): Promise<string | null>;
  close(): Promise<void>;
}

/** One state from the stored one (if any) and updates; null when there is nothing at all. */
export function mergedState(stored: Uint8Array | null, updates: Uint8Array[]): Uint8Array | null {
  const all = stored === null ? updates : [stored, ...updates];
  if (all.length <= 1) return all[0] ?? null;
  return Y.mergeUpdates(all);
}
