import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { openCore, type Core } from '../../core/core';
import type { Item } from '../../shared/domain/item';
import type { Area, BenchContext } from '../context';
import { recordStatements, replayer } from '../replay';
import { info, timedPair, type Result } from '../report';
import { collectGarbage, timePairSync } from '../timing';
import { databaseOf } from '../../core/db/raw-handle';

const RATIO = 1.5;
const SEARCH_MS = 30;

/**
 * Core operations through `core.dispatch` (validation, transaction, services, mapping) against
 * their floor: the very statements the operation executed, replayed as bare prepared statements
 * in one transaction (see replay.ts). Target: ≤ 1.5× the floor; searches also < 30 ms.
 */
export const coreOperations: Area = {
  name: 'core operations',
  async run(ctx) {
    const first = firstSearches(ctx);
    const core = openCore(ctx.dataset.dbPath);
    try {
      return [...reads(ctx, core), ...searches(ctx, core), ...first, ...writes(ctx, core)];
    } finally {
      core.close();
    }
  },
};

function ok<T>(result: ReturnType<Core['dispatch']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** Dispatch `name` and its floor, interleaved. */
function compare(ctx: BenchContext, core: Core, name: string, input: unknown, runs: number, check: { maxValue?: number } = {}): Result[] {
  // Record a warm call: the first search on a connection also checks the search index.
  ok(core.dispatch(name, input));
  const { calls } = recordStatements(databaseOf(core), () => ok(core.dispatch(name, input)));
  const floor = replayer(databaseOf(core), calls);
  collectGarbage();
  const once = timePairSync(() => ok(core.dispatch(name, input)), () => floor.run(floor.steps), { runs: 1, warmup: 1 });
  const timed = timePairSync(() => ok(core.dispatch(name, input)), () => floor.run(floor.steps), {
    runs: affordable(runs, once.value.ms[0]! + once.floor.ms[0]!),
    warmup: 3,
  });
  ctx.log(`  ${name} ${JSON.stringify(input).slice(0, 60)}: ${floor.count} statements`);
  return timedPair(label(name, input), timed.value, timed.floor, { maxRatio: RATIO, ...check });
}

/** Fewer runs for a slow operation, so the whole benchmark stays within its time budget. */
const BUDGET_MS_PER_OPERATION = 6_000;
function affordable(runs: number, pairMs: number): number {
  return Math.max(7, Math.min(runs, Math.floor(BUDGET_MS_PER_OPERATION / Math.max(pairMs, 0.001))));
}

function label(name: string, input: unknown): string {
  const query = (input as { query?: string }).query;
  return query === undefined ? name : `${name} "${query}"`;
}

function reads(ctx: BenchContext, core: Core): Result[] {
  const runs = ctx.quick ? 10 : 100;
  return [
    ...compare(ctx, core, 'trips:workspace', { id: ctx.dataset.large.tripId }, runs),
    // The Budget tab: 270 cost lines and 60 members' per diem computed from the programme.
    ...compare(ctx, core, 'budget:get', { tripId: ctx.dataset.large.tripId }, runs),
    ...compare(ctx, core, 'trips:list', {}, runs),
  ];
}

/** Latin substring, a name with å/ö typed without them, and a two-character Chinese name. */
export const GLOBAL_QUERIES = ['lind', 'robot', '王伟'];
export const CONTACT_QUERIES = ['wang', 'jonsson', '王伟', ''];

/**
 * For context, the search index's one-off costs: the first search on a new connection compares
 * every entry with its entity's version (another program may have written to the file), and the
 * first search after the upgrade that added the index builds it. Each measured once per opening.
 */
function firstSearches(ctx: BenchContext): Result[] {
  const once = (prepare?: (core: Core) => void) => {
    const core = openCore(ctx.dataset.dbPath);
    try {
      prepare?.(core);
      const start = performance.now();
      ok(core.dispatch('search:global', { query: 'lind', limit: 30 }));
      return performance.now() - start;
    } finally {
      core.close();
    }
  };
  const opened = [once(), once(), once()].sort((a, b) => a - b)[1]!;
  const results = [info('search:global first call after opening (index check)', opened, 'ms')];
  const probe = openCore(ctx.dataset.dbPath);
  const indexed = databaseOf(probe).prepare("SELECT 1 FROM sqlite_master WHERE name = 'search_entries'").get() !== undefined;
  probe.close();
  if (indexed) {
    const built = once((core) => databaseOf(core).exec('DELETE FROM search_entries'));
    results.push(info('search:global first call after upgrading (index build, once)', built, 'ms'));
  }
  return results;
}

function searches(ctx: BenchContext, core: Core): Result[] {
  const runs = ctx.quick ? 10 : 100;
  return [
    ...GLOBAL_QUERIES.flatMap((query) => compare(ctx, core, 'search:global', { query, limit: 30 }, runs, { maxValue: SEARCH_MS })),
    // The address book's first page of 100, as the Contacts screen asks for it.
    ...CONTACT_QUERIES.flatMap((query) => compare(ctx, core, 'contacts:list', { query, limit: 100, offset: 0 }, runs, { maxValue: SEARCH_MS })),
  ];
}

/**
 * Create, update and delete an item attended by 30 of the large trip's 60 members. The floor
 * replays the recorded statements with a fresh item id each time (the items it creates are real,
 * and are what the delete floor then deletes), so both sides write the same rows.
 */
function writes(ctx: BenchContext, core: Core): Result[] {
  // Many runs: a commit's fsync now and then makes single samples of both sides jump.
  const runs = ctx.quick ? 10 : 200;
  const warmup = 5;
  const { large, book } = ctx.dataset;
  const input = {
    tripId: large.tripId,
    kind: 'meeting',
    title: 'Extra möte: uppföljning av vattenprojektet',
    startLocal: '2019-05-08T20:00',
    startZone: 'Asia/Shanghai',
    endLocal: '2019-05-08T20:45',
    location: { venue: 'Hotellets konferensrum', city: 'Beijing', address: '5 Central Avenue, Beijing', addressLocal: '北京中心大道5号' },
    description: 'Kort uppföljning med värdarna om nästa steg i vattenprojektet.',
    allMembers: false,
    participantIds: large.trackA,
    contactIds: book.chineseContactIds.slice(0, 2),
  };

  // Create.
  const recorded = recordStatements(databaseOf(core), () => ok<Item>(core.dispatch('items:create', input)));
  const createFloor = replayer(databaseOf(core), recorded.calls);
  const created: string[] = [];
  const floorCreated: string[] = [];
  let nextFloorSteps = createFloor.steps;
  collectGarbage();
  const create = timePairSync(
    () => created.push(ok<Item>(core.dispatch('items:create', input)).id),
    () => createFloor.run(nextFloorSteps),
    {
      runs,
      warmup,
      beforeFloor: () => {
        const id = randomUUID();
        floorCreated.push(id);
        nextFloorSteps = createFloor.withIds(new Map([[recorded.result.id, id]]));
      },
    },
  );

  // Update: alternate the title and who attends (track A, then its first half), as an edit does.
  const target = created[0]!;
  const patches = [
    { title: 'Extra möte: vattenprojektet (flyttat)', participantIds: large.trackA.slice(0, 15) },
    { title: 'Extra möte: vattenprojektet', participantIds: large.trackA },
  ];
  let turn = 0;
  const updateInput = () => ({ id: target, patch: patches[turn++ % 2]! });
  const recordedUpdate = recordStatements(databaseOf(core), () => ok(core.dispatch('items:update', updateInput())));
  const updateFloor = replayer(databaseOf(core), recordedUpdate.calls);
  collectGarbage();
  const update = timePairSync(() => ok(core.dispatch('items:update', updateInput())), () => updateFloor.run(updateFloor.steps), { runs, warmup });

  // Delete what the create runs made (keeping the first, whose deletion is recorded for the floor).
  const recordedDelete = recordStatements(databaseOf(core), () => ok<{ trashId: string }>(core.dispatch('items:delete', { id: created.shift()! })));
  const deleteFloor = replayer(databaseOf(core), recordedDelete.calls);
  let nextDeleteSteps = deleteFloor.steps;
  collectGarbage();
  const remove = timePairSync(
    () => ok(core.dispatch('items:delete', { id: created.shift()! })),
    () => deleteFloor.run(nextDeleteSteps),
    {
      runs: Math.min(runs, created.length - warmup),
      warmup,
      beforeFloor: () => {
        nextDeleteSteps = deleteFloor.withIds(
          new Map([
            [target, floorCreated.shift()!],
            [recordedDelete.result.trashId, randomUUID()],
          ]),
        );
      },
    },
  );
  // Leave the large trip as generated for the areas after this one.
  const leftovers = [...created, ...floorCreated, target, recorded.result.id];
  databaseOf(core).transaction(() => {
    for (const id of leftovers) databaseOf(core).prepare('DELETE FROM items WHERE id = ?').run(id);
    for (const id of leftovers) databaseOf(core).prepare('DELETE FROM deletions WHERE entity_id = ?').run(id);
  })();
  ctx.log(`  items: create ${createFloor.count}, update ${updateFloor.count}, delete ${deleteFloor.count} statements`);

  return [
    ...timedPair('items:create (30 participants)', create.value, create.floor, { maxRatio: RATIO }),
    ...timedPair('items:update (title + participants)', update.value, update.floor, { maxRatio: RATIO }),
    ...timedPair('items:delete (with undo snapshot)', remove.value, remove.floor, { maxRatio: RATIO }),
  ];
}
