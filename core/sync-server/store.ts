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
  fetchDocument(team: string, name: string): Promise<Uint8Array | null>;
  /** Merges `update` (a Yjs update or a whole document state) into the stored state. */
  mergeDocument(team: string, name: string, update: Uint8Array): Promise<void>;
  /** Adds a team with the given token hash; false when the name is already taken. */
  addTeam(team: string, tokenHash: string): Promise<boolean>;
  /** Marks a team's token revoked; false when there is no such team. */
  revokeTeam(team: string): Promise<boolean>;
  /** The team whose active (not revoked) token has this hash, or null. */
  teamForTokenHash(tokenHash: string): Promise<string | null>;
  close(): Promise<void>;
}

/** The stored state with `update` merged in (the update alone when nothing was stored). */
export function mergedState(stored: Uint8Array | null, update: Uint8Array): Uint8Array {
  return stored === null ? update : Y.mergeUpdates([stored, update]);
}
