import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';

/**
 * A plain Y.Doc connected to the sync server through @hocuspocus/provider (Node 22's global
 * WebSocket). Waits are event-driven: on the provider's events and the document's updates.
 */
export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves once the server has acknowledged every local change (nothing unsynced). */
  acknowledged(): Promise<void>;
  /** Resolves when `check(doc)` holds, re-checking on every update the document receives. */
  until(check: (doc: Y.Doc) => boolean): Promise<void>;
  destroy(): void;
}

export function connectClient(url: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  // Quick reconnects: the tests restart the server and wait for the laptops to come back.
  const socket = new HocuspocusProviderWebsocket({ url, delay: 50, minDelay: 50, factor: 1.5, maxDelay: 500 });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name, token, document: doc });
  provider.attach(); // a provider given its socket does not attach by itself
  const acknowledged = () =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (provider.isSynced && provider.unsyncedChanges === 0) {
          provider.off('unsyncedChanges', check);
          provider.off('synced', check);
          resolve();
        }
      };
      provider.on('unsyncedChanges', check);
      provider.on('synced', check);
      check();
    });
  const until = (check: (doc: Y.Doc) => boolean) =>
    new Promise<void>((resolve) => {
      const onUpdate = () => {
        if (check(doc)) {
          doc.off('update', onUpdate);
          resolve();
        }
      };
      doc.on('update', onUpdate);
      onUpdate();
    });
  const destroy = () => {
    provider.destroy();
    socket.destroy();
  };
  return { doc, provider, acknowledged, until, destroy };
}

/** Resolves with the server's reason once it refuses the token. */
export function refusal(url: string, name: string, token: string, doc = new Y.Doc()): Promise<{ reason: string; doc: Y.Doc }> {
  return new Promise((resolve) => {
    const provider = new HocuspocusProvider({
      url,
      name,
      token,
      document: doc,
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        resolve({ reason, doc });
      },
    });
  });
}
