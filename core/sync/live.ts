import type Database from 'better-sqlite3';
import { INDEX_DOCUMENT, INDEX_TRIPS, tripDocumentName } from '../../shared/sync/layout';
import { now } from '../services/clock';
import type { Colleague } from '../../shared/sync/presence';
import { colleaguesOf, LocalPresence, publishPresence } from './awareness';
import { DocConnection } from './connection';
import { LiveAddressBook } from './live-address-book';
import { plannerOf, type Planner } from './planner';
import { SyncRefusal } from './errors';
import { checkServerUrl } from './server-url';
import {
  acknowledgeOutbox,
  applyRemoteUpdate,
  lastOutboxId,
  outboxSince,
  pendingChanges,
  recordSyncResult,
  startReceiving,
  storedState,
} from './store';
import type { Team } from './sync';

/** What the trip header shows. */
export type TripSyncState =
  | { state: 'synced' }
  | { state: 'syncing' }
  | { state: 'offline'; pending: number }
  | { state: 'error'; reason: string };

export interface LiveSyncOptions {
  onStatus?: (tripId: string, status: TripSyncState) => void;
  /** A colleague's change was written to the tables: open screens should reload. */
  onRemoteChange?: (tripId: string) => void;
  /** How often the outbox is looked at (it may also be written by another process). */
  pollMs?: number;
  /** The name the team's index shows for trips shared from here. */
  sharedBy?: string;
  /** Colleagues came, left or moved to another screen in a trip (awareness.ts). */
  onPresence?: (tripId: string) => void;
  /** A colleague's change to the shared address book was written to the contacts tables. */
  onAddressBookChange?: () => void;
}

/**
 * The background sync loop of the app (browser mode and desktop) and of `sync` without --once:
 * one connection per shared trip plus the team's index, kept open; local changes are found in
 * the outbox (written by dispatch in each write's transaction) and pushed; a colleague's changes
 * are applied as they arrive. Nothing here blocks an edit: the UI writes SQLite, this follows.
 */
export class LiveSync {
  private readonly trips = new Map<string, { connection: DocConnection; pushed: number; acknowledged: number }>();
  private index: DocConnection | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private planner: Planner = { laptopId: '', name: '' };
  private readonly remote = new Map<string, number>();
  private readonly presence = new LocalPresence();
  private readonly addressBook: LiveAddressBook;

  constructor(
    private readonly db: Database.Database,
    private readonly team: Team,
    private readonly options: LiveSyncOptions = {},
  ) {
    checkServerUrl(team.url);
    this.planner = plannerOf(db);
    this.addressBook = new LiveAddressBook(db, team, () => this.options.onAddressBookChange?.());
  }

  start(): void {
    this.index = new DocConnection({
      url: this.team.url,
      token: this.team.token,
      name: INDEX_DOCUMENT,
      persistent: true,
      onStatus: () => this.tick(),
    });
    this.timer = setInterval(() => this.tick(), this.options.pollMs ?? 500);
    this.tick();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    for (const { connection } of this.trips.values()) connection.close();
    this.trips.clear();
    this.addressBook.close();
    this.index?.close();
    this.index = undefined;
  }

  /** How many colleagues' changes were applied to a trip since the loop started. */
  remoteChanges(tripId: string): number {
    return this.remote.get(tripId) ?? 0;
  }

  /** How many colleagues' changes to the shared address book were applied since the loop started. */
  addressBookChanges(): number {
    return this.addressBook.remoteChanges;
  }

  /** The page's screen (awareness.ts): carried by the open trip's connection, cleared on the others. */
  setPresence(report: Parameters<LocalPresence['set']>[0], planner: Planner): void {
    this.presence.set(report);
    this.planner = planner;
    this.publishPresence();
  }

  /** Colleagues who have the trip open now. */
  colleagues(tripId: string): Colleague[] {
    const trip = this.trips.get(tripId);
    return trip ? colleaguesOf(trip.connection.awareness, this.planner.laptopId) : [];
  }

  private publishPresence(): void {
    for (const [tripId, { connection }] of this.trips) {
      publishPresence(connection.awareness, this.presence.stateFor(tripId, this.planner, connection.awareness.clientID));
    }
  }

  /** The state of one shared trip (undefined: not shared through this team). */
  status(tripId: string): TripSyncState | undefined {
    const trip = this.trips.get(tripId);
    if (!trip) return undefined;
    const error = trip.connection.error ?? this.index?.error;
    if (error) return { state: 'error', reason: error.message };
    if (!trip.connection.online) return { state: 'offline', pending: pendingChanges(this.db, tripId) };
    return trip.connection.agreed && trip.acknowledged >= trip.pushed ? { state: 'synced' } : { state: 'syncing' };
  }

  /** Look for new shared trips, push new outbox entries, acknowledge what the server confirmed. */
  tick(): void {
    if (!this.index || !this.db.open) return;
    this.followIndex();
    for (const tripId of this.tripsOfTeam()) if (!this.trips.has(tripId)) this.open(tripId);
    for (const [tripId, trip] of this.trips) {
      const newest = lastOutboxId(this.db, tripId);
      if (newest > trip.pushed && trip.connection.online) {
        for (const update of outboxSince(this.db, tripId, trip.pushed)) trip.connection.push(update);
        trip.pushed = newest;
      }
      if (trip.connection.agreed && trip.acknowledged < trip.pushed) {
        acknowledgeOutbox(this.db, tripId, trip.pushed);
        trip.acknowledged = trip.pushed;
        recordSyncResult(this.db, tripId, null);
      }
      const status = this.status(tripId);
      if (status) this.options.onStatus?.(tripId, status);
    }
    this.addressBook.tick();
    // Also ends the presence of a page that stopped reporting (PAGE_SILENCE_MS).
    this.publishPresence();
  }

  /** Receive trips the team shared; list the ones shared from here that the index lacks. */
  private followIndex(): void {
    const index = this.index!;
    if (!index.agreed) return;
    const listed = index.doc.getMap(INDEX_TRIPS);
    for (const id of listed.keys()) {
      if (/^[0-9a-f-]{36}$/i.test(id)) this.db.transaction(() => startReceiving(this.db, id, this.team.url)).immediate();
    }
    const mine = this.db
      .prepare(`SELECT d.trip_id, t.title FROM sync_docs d JOIN trips t ON t.id = d.trip_id WHERE d.shared_by_me = 1 AND d.server_url = ?`)
      .all(this.team.url) as { trip_id: string; title: string }[];
    for (const { trip_id, title } of mine) if (!listed.has(trip_id)) listed.set(trip_id, { title, sharedBy: this.options.sharedBy ?? 'a colleague', sharedAt: now() });
  }

  private tripsOfTeam(): string[] {
    return (this.db.prepare('SELECT trip_id FROM sync_docs WHERE server_url = ? ORDER BY trip_id').all(this.team.url) as { trip_id: string }[]).map(
      (r) => r.trip_id,
    );
  }

  private open(tripId: string): void {
    // Everything stored counts as pushed: the connection starts from it and the handshake sends
    // whatever the server lacks.
    const pushed = lastOutboxId(this.db, tripId);
    const connection = new DocConnection({
      url: this.team.url,
      token: this.team.token,
      name: tripDocumentName(tripId),
      initialState: storedState(this.db, tripId),
      persistent: true,
      onRemote: (update) => {
        try {
          if (applyRemoteUpdate(this.db, tripId, update)) {
            this.remote.set(tripId, this.remoteChanges(tripId) + 1);
            this.options.onRemoteChange?.(tripId);
          }
        } catch (error) {
          if (error instanceof SyncRefusal) recordSyncResult(this.db, tripId, error.message);
          throw error;
        }
      },
      onStatus: () => queueMicrotask(() => this.tick()),
    });
    connection.awareness.on('change', () => this.options.onPresence?.(tripId));
    this.trips.set(tripId, { connection, pushed, acknowledged: 0 });
  }
}
