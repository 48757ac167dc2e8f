import type { Core } from '../../core/core';
import { seedDemo } from '../../core/demo';
import { buildTripFile, serialiseTripFile } from '../../core/sharing/trip-file/export';
import { applyRemoteUpdate, storedState } from '../../core/sync/store';
import { freshCore } from '../core/helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Laptops for sync tests: each a core on its own SQLite file, as on separate machines.
 * `exportOf` is the trip file the user would export (passport numbers included, a fixed stamp),
 * the yardstick for "every laptop holds the same trip".
 */
export function laptops(count: number): Core[] {
  return Array.from({ length: count }, () => freshCore());
}

export function withDemo(core: Core): Core {
  seedDemo(databaseOf(core));
  return core;
}

export function exportOf(core: Core, tripId: string): string {
  return serialiseTripFile(buildTripFile(databaseOf(core), tripId, { includePassports: true, exportedAt: '2026-01-01T00:00:00.000Z' }));
}

/** Deliver everything `from` knows of a trip to `to`, as the server would (without the network). */
export function deliver(from: Core, to: Core, tripId: string): void {
  applyRemoteUpdate(databaseOf(to), tripId, storedState(databaseOf(from), tripId)!);
}

/** Everyone's changes to everyone. */
export function exchange(all: Core[], tripId: string): void {
  for (const from of all) for (const to of all) if (from !== to) deliver(from, to, tripId);
}
