import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Extension, type WebSocketLike } from '@hocuspocus/server';
import crossws from 'crossws/adapters/node';
import type { ServerStore } from './store';
import type { TeamTokens } from './team-tokens';
import { socketScope, type SocketScope } from './team-scope';
import { authentication, connectionLog, persistence, type SyncContext } from './hooks';

export interface SyncServerOptions {
  host: string;
  port: number;
  /** PEM certificate and key: serve wss:// instead of ws://. */
  tls?: { cert: Buffer; key: Buffer };
  store: ServerStore;
  tokens: TeamTokens;
  /** More Hocuspocus extensions (Redis when several instances share the documents). */
  extensions?: Extension[];
  log: (line: string) => void;
}

export interface RunningSyncServer {
  url: string;
  port: number;
  /** Stops accepting, closes every connection, stores every document, then resolves. */
  close(): Promise<void>;
}

/** Largest WebSocket message accepted: a large trip's first sync is a few MB at most. */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

interface PeerState {
  connection: ReturnType<Hocuspocus['handleConnection']>;
  scope: SocketScope;
  /** Incoming messages in arrival order: scoping one may wait for a token lookup. */
  queue: Promise<void>;
}

/**
 * Hocuspocus on our own HTTP(S) server, wired through crossws (the WebSocket adapter
 * @hocuspocus/server itself uses). Not Hocuspocus's `Server` class: it only listens on plain
 * HTTP and hands sockets to Hocuspocus unchanged, while we need TLS and the team scoping of
 * every message (team-scope.ts) between the socket and Hocuspocus.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  const hocuspocus = new Hocuspocus<SyncContext>({
    quiet: true,
    extensions: [
      authentication(options.tokens, options.log),
      ...persistence(options.store),
      ...(options.extensions ?? []),
      connectionLog(options.log),
    ],
  });

  const peers = new WeakMap<object, PeerState>();
  const ws = crossws({
    serverOptions: { maxPayload: MAX_MESSAGE_BYTES },
    hooks: {
      open(peer) {
        const scope = socketScope(options.tokens.teamFor);
        const socket = peer.websocket as unknown as WebSocketLike;
        const scopedSocket: WebSocketLike = {
          send: (data) => socket.send(data instanceof Uint8Array ? scope.outgoing(data) : data),
          close: (code, reason) => socket.close(code, reason),
          get readyState() {
            return socket.readyState;
          },
        };
        const connection = hocuspocus.handleConnection(scopedSocket, peer.request as Request, {
          address: peer.remoteAddress ?? '?',
        });
        peers.set(peer, { connection, scope, queue: Promise.resolve() });
      },
      message(peer, message) {
        const state = peers.get(peer);
        if (state === undefined) return;
        const data = message.uint8Array();
        state.queue = state.queue.then(async () => {
          try {
            const scoped = await state.scope.incoming(data);
            if (scoped !== null) state.connection.handleMessage(scoped);
          } catch (error) {
            // A failed token lookup (the store unreachable): better a closed socket, which the
            // laptop retries, than a chain of messages silently dropped after this one.
            console.error('closing a connection: handling its message failed:', error);
            peer.close(1011, 'server error');
          }
        });
      },
      close(peer, event) {
        const state = peers.get(peer);
        if (state === undefined) return;
        // After the queued messages: a message Hocuspocus never saw cannot be acknowledged.
        state.queue = state.queue.then(() => state.connection.handleClose({ code: event.code ?? 1005, reason: event.reason ?? '' }));
      },
    },
  });

  const onRequest = (_request: http.IncomingMessage, response: http.ServerResponse) => {
    response.writeHead(426, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Delegation Planner sync server: connect with a WebSocket.\n');
  };
  const httpServer = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest)
    : http.createServer(onRequest);
  httpServer.on('upgrade', (request, socket, head) => {
    void ws.handleUpgrade(request, socket, head);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen({ port: options.port, host: options.host }, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `${options.tls ? 'wss' : 'ws'}://${host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = async () => {
    httpServer.close();
    // Documents unload once their last connection is closed and their store has run.
    await new Promise<void>((resolve) => {
      if (hocuspocus.getDocumentsCount() === 0) return resolve();
      hocuspocus.configuration.extensions.push({
        async afterUnloadDocument({ instance }) {
          if (instance.getDocumentsCount() === 0) resolve();
        },
      });
      hocuspocus.closeConnections();
      hocuspocus.flushPendingStores();
    });
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    for (const namespace of ws.peers.values()) for (const peer of namespace) peer.close(1001, 'server stopping');
    httpServer.closeAllConnections();
    await options.store.close();
  };
  return { url, port, close: () => (closing ??= close()) };
}
