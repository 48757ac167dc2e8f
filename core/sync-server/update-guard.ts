import * as Y from 'yjs';

/** Sync message types that carry a Yjs update (y-protocols: 0 is a state vector). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export function carriesUpdate(syncType: number): boolean {
  return syncType === SYNC_STEP_2 || syncType === SYNC_UPDATE;
}

/** Thrown from a hook, Hocuspocus closes the document's connection with this code and reason. */
export class RefusedMessage extends Error {
  constructor(
    readonly reason: string,
    readonly code = 4400,
  ) {
    super(reason);
  }
}

/**
 * Decodes an incoming update completely before it touches the document. y-protocols applies
 * updates inside a try/catch that only logs, so garbage would otherwise be half-read, the
 * sender still acknowledged, and the bytes merged into the stored state. Returns whether the
 * update changes anything (an empty update is what a client with nothing new sends).
 */
export function checkUpdate(update: Uint8Array): { empty: boolean } {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    throw new RefusedMessage('malformed update');
  }
  return { empty: decoded.structs.length === 0 && decoded.ds.clients.size === 0 };
}
