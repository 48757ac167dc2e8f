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

/** Programme days of the trips that show how costs grow: about 120 and 1,600 items (the large trip: 420). */
export const GROWTH_DAYS = { small: 4, huge: 53 } as const;

export interface Dataset {
  dbPath: string;
  large: LargeTrip;
  /** The large trip's programme shorter and longer (same members, 30 items a day), smallest first with the large trip. */
  growth: LargeTrip[];
  tripIds: string[];
  book: AddressBook;
  counts: Record<string, number>;
}

/**
 * The benchmark's database: 20,000 contacts (Swedish and Chinese names) in 600 organisations,
 * 499 ordinary trips and one large state-visit trip (500 trips), written in one transaction
 * with the same seed every time; then the large trip's programme at about 120 and 1,600 items
 * for the growth figures (not in `tripIds`). Not timed.
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
    const { book, large, tripIds, growth } = databaseOf(core).transaction(() => {
      const book = writeAddressBook(random, write, { organisations: SIZES.organisations, contacts: SIZES.contacts });
      const large = writeLargeTrip(random, write, book);
      const tripIds = [large.tripId, ...writeTrips(random, write, book, SIZES.trips - 1)];
      // Written last, so everything before is the same data as without them.
      const small = writeLargeTrip(random, write, book, { days: GROWTH_DAYS.small, title: 'Tillväxtmätning: kort besök' });
      const huge = writeLargeTrip(random, write, book, { days: GROWTH_DAYS.huge, title: 'Tillväxtmätning: långt besök' });
      return { book, large, tripIds, growth: [small, large, huge] };
    })();
    const counts = Object.fromEntries(
      ['trips', 'members', 'items', 'item_participants', 'meetings', 'contacts', 'organisations'].map((table) => [
        table,
        (databaseOf(core).prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
      ]),
    );
    databaseOf(core).pragma('wal_checkpoint(TRUNCATE)');
    return { dbPath, large, growth, tripIds, book, counts };
  } finally {
    core.close();
  }
}
