import fs from 'node:fs';
import path from 'node:path';
import { openCore } from '../../core/core';
import { writeAddressBook, type AddressBook } from './address-book';
import { writeLargeTrip, type LargeTrip } from './large-trip';
import { Random } from './random';
import { writeTrips } from './trips';
import { dataWriter } from './writer';
import { databaseOf } from '../../core/db/raw-handle';

export const SEED = 20171028;
export const SIZES = { trips: 500, contacts: 20_000, organisations: 600 } as const;

export interface Dataset {
  dbPath: string;
  large: LargeTrip;
  tripIds: string[];
  book: AddressBook;
  counts: Record<string, number>;
}

/**
 * The benchmark's database: 20,000 contacts (Swedish and Chinese names) in 600 organisations,
 * 499 ordinary trips and one large state-visit trip (500 trips), written in one transaction
 * with the same seed every time. Not timed.
 */
export function generateDataset(dir: string, seed = SEED): Dataset {
  const dbPath = path.join(dir, 'bench.sqlite');
  fs.rmSync(dbPath, { force: true });
  const core = openCore(dbPath);
  try {
    // Generation only: the measurements run with the app's own durability settings.
    databaseOf(core).pragma('synchronous = OFF');
    const random = new Random(seed);
    const write = dataWriter(databaseOf(core));
    const { book, large, tripIds } = databaseOf(core).transaction(() => {
      const book = writeAddressBook(random, write, { organisations: SIZES.organisations, contacts: SIZES.contacts });
      const large = writeLargeTrip(random, write, book);
      const tripIds = [large.tripId, ...writeTrips(random, write, book, SIZES.trips - 1)];
      return { book, large, tripIds };
    })();
    const counts = Object.fromEntries(
      ['trips', 'members', 'items', 'item_participants', 'meetings', 'contacts', 'organisations'].map((table) => [
        table,
        (databaseOf(core).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );
    databaseOf(core).pragma('wal_checkpoint(TRUNCATE)');
    return { dbPath, large, tripIds, book, counts };
  } finally {
    core.close();
  }
}
