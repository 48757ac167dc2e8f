import { z } from 'zod';
import { Id } from '../domain/primitives';
import type { Colleague } from './presence';

/** The team as the page sees it: never the whole token. */
export interface SyncTeamView {
  url: string;
  /** "…k3Qz": enough to tell two tokens apart. */
  tokenHint: string;
  /** ws:// to this computer: allowed, and said so in the UI (nothing leaves the computer). */
  plainLoopback: boolean;
  /** "Share the address book with the team" (Settings → Team sync). */
  addressBook: AddressBookSharing;
}

export interface AddressBookSharing {
  on: boolean;
  /** When the server last agreed with this laptop's address book (null: not yet). */
  syncedAt: string | null;
  /** Why the last round failed (null: it did not). */
  lastError: string | null;
  /** Colleagues' changes applied while the app runs: a change means "reload the contacts". */
  remoteChanges: number;
}

export const SetAddressBookSharingInput = z.object({ on: z.boolean() });

export const SetTeamInput = z.object({
  url: z.string().trim().max(500),
  /** Empty: keep the saved token. */
  token: z.string().trim().max(500).default(''),
});

export const ShareTripInput = z.object({ tripId: Id, syncSensitive: z.boolean().default(false) });
export const SetSensitiveInput = z.object({ tripId: Id, on: z.boolean() });

/** One trip's sync state, for the trip header. */
export interface TripSyncStatus {
  shared: boolean;
  sharedByMe: boolean;
  syncSensitive: boolean;
  /** not_running: shared, but no team is set up (or the app's sync loop is not running). */
  state: 'synced' | 'syncing' | 'offline' | 'error' | 'not_running';
  /** Local changes not yet confirmed by the server. */
  pending: number;
  reason?: string;
  /** Counts colleagues' changes applied while the app runs: a change means "reload the screens". */
  remoteChanges: number;
  /** Colleagues who have the trip open now (awareness; empty while the sync loop is not running). */
  colleagues: Colleague[];
  /** Rows a colleague changed that this planner has not opened yet. */
  unseen: number;
}
