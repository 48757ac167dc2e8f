import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { SyncRefusal } from './errors';

/**
 * One document on the sync server, through the maintained Hocuspocus provider. The provider's
 * document is the network copy; what is stored on this laptop lives in SQLite (store.ts) and is
 * fed in here (push) and taken out from here (onRemote), so a refused remote update never
 * reaches the tables.
 */
export interface ConnectionOptions {
  url: string;
  token: string;
  name: string;
  /** The state to start from (this laptop's stored document). */
  initialState?: Uint8Array;
  /** A colleague's update, as the server relayed it. May throw SyncRefusal: reported, not fatal. */
  onRemote?: (update: Uint8Array) => void;
  onStatus?: (status: ConnectionStatus) => void;
  /**
   * Keep trying when the server cannot be reached (the app's background loop: offline is normal).
   * Without it, a server that cannot be reached is a refusal (the CLI's --once).
   */
  persistent?: boolean;
}

export type ConnectionStatus = { state: 'offline' | 'synced' | 'syncing' } | { state: 'error'; reason: string };

export class DocConnection {
  readonly doc = new Y.Doc();
  private readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private failure: SyncRefusal | undefined;
  private everConnected = false;
  /** Whether the socket is open now. */
  online = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly options: ConnectionOptions) {
    if (options.initialState) Y.applyUpdate(this.doc, options.initialState, 'stored');
    this.socket = new HocuspocusProviderWebsocket({
      url: options.url,
      // One attempt unless persistent: --once reports an unreachable server at once instead of
      // retrying forever.
      ...(options.persistent ? {} : { maxAttempts: 1 }),
      onMaxAttemptsFailed: () => this.fail(new SyncRefusal(`cannot reach the sync server at ${options.url}`, 'unreachable'), false),
    });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: options.name,
      token: options.token,
      document: this.doc,
      onAuthenticationFailed: ({ reason }) => this.fail(new SyncRefusal(`the server refused the team token (${reason || 'token refused'})`, 'token_refused')),
      onSynced: () => this.changed(),
      onUnsyncedChanges: () => this.changed(),
      onConnect: () => {
        this.everConnected = true;
        this.online = true;
        this.changed();
      },
      onClose: () => {
        this.online = false;
        if (!this.everConnected && !options.persistent) {
          this.fail(new SyncRefusal(`cannot reach the sync server at ${options.url}`, 'unreachable'), false);
        }
        this.changed();
      },
    });
    this.provider.attach();
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this.provider || !this.options.onRemote) return;
      try {
        this.options.onRemote(update);
      } catch (error) {
        if (!(error instanceof SyncRefusal)) throw error;
        this.fail(error, false);
      }
    });
  }

  /** This laptop's newer state (the stored document): sent at once when connected, else on reconnect. */
  push(state: Uint8Array): void {
    Y.applyUpdate(this.doc, Y.diffUpdate(state, Y.encodeStateVector(this.doc)), 'local');
  }

  /** Who else has the document open (awareness.ts); the provider always has one unless told not to. */
  get awareness(): NonNullable<HocuspocusProvider['awareness']> {
    return this.provider.awareness!;
  }

  /** The server confirmed everything sent, and sent everything it had. */
  get agreed(): boolean {
    return this.provider.isSynced && !this.provider.hasUnsyncedChanges && this.provider.isAuthenticated;
  }

  get error(): SyncRefusal | undefined {
    return this.failure;
  }

  /** Wait until agreed; rejects with the first refusal (token, unreachable, invalid update) or on timeout. */
  waitAgreed(timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new SyncRefusal(`no answer from the sync server at ${this.options.url} within ${Math.round(timeoutMs / 1000)} s`, 'unreachable'));
      }, timeoutMs);
      const check = () => {
        if (this.failure) {
          clearTimeout(timer);
          this.waiters.delete(check);
          reject(this.failure);
        } else if (this.agreed) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve();
        }
      };
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }

  private fail(error: SyncRefusal, report = true): void {
    this.failure ??= error;
    if (report) this.options.onStatus?.({ state: 'error', reason: error.message });
    this.changed();
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) waiter();
    if (this.failure) return;
    this.options.onStatus?.({ state: !this.online ? 'offline' : this.agreed ? 'synced' : 'syncing' });
  }
}
