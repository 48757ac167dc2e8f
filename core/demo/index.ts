import type Database from 'better-sqlite3';
import { DEMO_TRIP_IDS } from './ids';
import { seedJinanProgramme } from './jinan-programme';
import { seedJinanTrip } from './jinan-trip';
import { seedShenyangLeg } from './shenyang-programme';
import { tripExists } from './write';
import { seedWuxiProgramme } from './wuxi-programme';
import { seedWuxiTrip } from './wuxi-trip';

export { DEMO_TRIP_IDS } from './ids';

const DEMOS: { tripId: string; seed: (db: Database.Database) => void }[] = [
  {
    tripId: DEMO_TRIP_IDS.jinan,
    seed: (db) => {
      seedJinanTrip(db);
      seedJinanProgramme(db);
      seedShenyangLeg(db);
    },
  },
  {
    tripId: DEMO_TRIP_IDS.wuxi,
    seed: (db) => {
      seedWuxiTrip(db);
      seedWuxiProgramme(db);
    },
  },
];

/**
 * Create the two demo delegations (Västerås → Jinan and Shenyang, outgoing; Wuxi → Södertälje,
 * incoming). Safe to run again: a demo trip that already exists is left exactly as it is, even if
 * the user has edited it, and `created` is false when nothing was written. A demo trip that was
 * deleted is created again. All in one transaction: a failure leaves the database unchanged.
 */
export function seedDemo(db: Database.Database): { created: boolean; tripIds: string[] } {
  return db.transaction(() => {
    let created = false;
    for (const demo of DEMOS) {
      if (tripExists(db, demo.tripId)) continue;
      demo.seed(db);
      created = true;
    }
    return { created, tripIds: DEMOS.map((d) => d.tripId) };
  })();
}
