import { openCore, type Core } from '../../core/core';
import type { ExportedFile, ImportResult } from '../../shared/sharing/types';
import { step, type Area, type BenchContext } from '../context';
import { buildTenMegabyteTripFile } from '../dataset/big-file';
import { SEED } from '../dataset/generate';
import { recordStatements, replayer } from '../replay';
import { info, timedPair, type Result } from '../report';
import { collectGarbage, timePairSync } from '../timing';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * Sharing the large trip: the .delegation trip file (export; import as a new trip into the
 * database with the 20,000-contact address book), the calendar (ICS), and importing a 10 MB trip
 * file (target < 1 s). Floors: the operation's own statements replayed bare (replay.ts), plus
 * JSON.stringify / JSON.parse of the file for export / import — reading and writing the rows and
 * (de)serialising the text is what any implementation has to do.
 */
export const sharing: Area = {
  name: 'trip files and calendars',
  async run(ctx) {
    const core = openCore(ctx.dataset.dbPath);
    try {
      return [
        ...(await step(ctx, 'trip file export and import', () => exportAndImport(ctx, core))),
        ...(await step(ctx, 'calendar', () => calendar(ctx, core))),
        ...(await tenMegabytes(ctx, core)),
      ];
    } finally {
      core.close();
    }
  },
};

function ok<T>(result: ReturnType<Core['dispatch']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const mb = (text: string) => Buffer.byteLength(text, 'utf8') / 1e6;

/** Remove a trip and every trace of it (tombstones, shared versions), so it can be imported anew. Untimed. */
function forget(core: Core, tripId: string, addressBook: { contacts: string[]; organisations: string[] } = { contacts: [], organisations: [] }) {
  databaseOf(core).transaction(() => {
    databaseOf(core).prepare('DELETE FROM trips WHERE id = ?').run(tripId);
    for (const id of addressBook.contacts) databaseOf(core).prepare('DELETE FROM contacts WHERE id = ?').run(id);
    for (const id of addressBook.organisations) databaseOf(core).prepare('DELETE FROM organisations WHERE id = ?').run(id);
    databaseOf(core).prepare('DELETE FROM deletions WHERE trip_id = ? OR entity_id = ?').run(tripId, tripId);
    for (const id of [...addressBook.contacts, ...addressBook.organisations]) databaseOf(core).prepare('DELETE FROM deletions WHERE entity_id = ?').run(id);
    databaseOf(core).prepare('DELETE FROM shared_versions WHERE trip_id = ?').run(tripId);
    for (const id of [...addressBook.contacts, ...addressBook.organisations]) databaseOf(core).prepare('DELETE FROM shared_versions WHERE entity_id = ?').run(id);
  })();
}

function exportAndImport(ctx: BenchContext, core: Core): Result[] {
  const tripId = ctx.dataset.large.tripId;
  const runs = ctx.quick ? 2 : 10;
  const exportInput = { tripId, includePassports: true };

  ok(core.dispatch('sharing:exportTrip', exportInput));
  const recordedExport = recordStatements(databaseOf(core), () => ok<ExportedFile>(core.dispatch('sharing:exportTrip', exportInput)));
  const exportFloor = replayer(databaseOf(core), recordedExport.calls);
  const file = recordedExport.result.content;
  const parsed = JSON.parse(file) as unknown;
  collectGarbage();
  const exported = timePairSync(
    () => ok(core.dispatch('sharing:exportTrip', exportInput)),
    () => {
      exportFloor.run(exportFloor.steps);
      return JSON.stringify(parsed, null, 2);
    },
    { runs, warmup: 1 },
  );

  // Import the file as a new trip: the trip is forgotten before each run (untimed).
  const importInput = { content: file };
  forget(core, tripId);
  const recordedImport = recordStatements(databaseOf(core), () => ok<ImportResult>(core.dispatch('sharing:applyImport', importInput)));
  if (recordedImport.result.mode !== 'new') throw new Error(`expected a new-trip import, got ${recordedImport.result.mode}`);
  const importFloor = replayer(databaseOf(core), recordedImport.calls);
  collectGarbage();
  const imported = timePairSync(
    () => ok(core.dispatch('sharing:applyImport', importInput)),
    () => {
      JSON.parse(file);
      importFloor.run(importFloor.steps);
    },
    { runs, warmup: 1, before: () => forget(core, tripId), beforeFloor: () => forget(core, tripId) },
  );
  // The trip is back as it was (same ids), for the areas after this one.
  ctx.log(`  trip file: ${mb(file).toFixed(2)} MB; export ${exportFloor.count}, import ${importFloor.count} statements`);
  return [
    info('trip file of the large trip · size', mb(file), 'MB'),
    ...timedPair('trip file export (large trip)', exported.value, exported.floor),
    ...timedPair('trip file import as new trip (large trip)', imported.value, imported.floor),
  ];
}

function calendar(ctx: BenchContext, core: Core): Result[] {
  const input = { tripId: ctx.dataset.large.tripId };
  ok(core.dispatch('sharing:ics', input));
  const recorded = recordStatements(databaseOf(core), () => ok<ExportedFile>(core.dispatch('sharing:ics', input)));
  const floor = replayer(databaseOf(core), recorded.calls);
  collectGarbage();
  const timed = timePairSync(() => ok(core.dispatch('sharing:ics', input)), () => floor.run(floor.steps), { runs: ctx.quick ? 5 : 20, warmup: 2 });
  return [
    info('ICS of the large trip · size', mb(recorded.result.content), 'MB'),
    ...timedPair('ICS calendar (large trip)', timed.value, timed.floor),
  ];
}

async function tenMegabytes(ctx: BenchContext, core: Core): Promise<Result[]> {
  const big = await step(ctx, 'building the 10 MB file (untimed)', () => buildTenMegabyteTripFile(ctx.dir, SEED + 1));
  const addressBook = { contacts: big.contactIds, organisations: big.organisationIds };
  const input = { content: big.content };
  const recorded = await step(ctx, 'recording its import (untimed)', () =>
    recordStatements(databaseOf(core), () => ok<ImportResult>(core.dispatch('sharing:applyImport', input))),
  );
  const floor = replayer(databaseOf(core), recorded.calls);
  forget(core, big.tripId, addressBook);
  collectGarbage();
  const timed = await step(ctx, 'timing the 10 MB import', () => timePairSync(
    () => ok(core.dispatch('sharing:applyImport', input)),
    () => {
      JSON.parse(big.content);
      floor.run(floor.steps);
    },
    {
      // The recorded import above has run the code once already; --quick skips a second warm-up
      // and times one import a side (each is seconds of work, so one is already a fair reading).
      runs: ctx.quick ? 1 : 5,
      warmup: ctx.quick ? 0 : 1,
      after: () => forget(core, big.tripId, addressBook),
      afterFloor: () => forget(core, big.tripId, addressBook),
    },
  ));
  ctx.log(`  10 MB file: ${mb(big.content).toFixed(2)} MB, ${floor.count} statements`);
  const medianSeconds = { ms: timed.value.ms.map((ms) => ms / 1000) };
  const floorSeconds = { ms: timed.floor.ms.map((ms) => ms / 1000) };
  return [
    info('10 MB trip file · size', mb(big.content), 'MB'),
    ...timedPair('10 MB trip file import', medianSeconds, floorSeconds, { maxValue: 1 }, 's'),
  ];
}

