import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Core } from '../../core/core';
import { databaseOf } from '../../core/db/raw-handle';
import { JINAN } from '../../core/demo/ids';
import { COMPACT_AFTER_UPDATES } from '../../core/sync/doc-store';
import { startReceiving, startSharing, storedState } from '../../core/sync/store';
import type { Item } from '../../shared/domain/item';
import { freshCore, ok, tempDbPath } from '../core/helpers';
import { deliver, exportOf, withDemo } from './laptops';

/**
 * A shared trip's document is stored as a base state plus appended updates (core/sync/doc-store.ts):
 * an edit writes its own small update, never the whole document again, and whatever is read
 * back — by this connection, another process on the same file, or after a restart — is the
 * same document.
 */

const SERVER = 'ws://127.0.0.1:1';

interface Stored {
  version: number;
  baseBytes: number;
  updates: number;
  updateBytes: number;
}

function stored(core: Core, tripId: string): Stored {
  return databaseOf(core)
    .prepare(
      `SELECT d.version, length(d.state) AS baseBytes, count(u.seq) AS updates, coalesce(sum(length(u.update_data)), 0) AS updateBytes
       FROM sync_docs d LEFT JOIN sync_doc_updates u ON u.trip_id = d.trip_id WHERE d.trip_id = ? GROUP BY d.trip_id`,
    )
    .get(tripId) as Stored;
}

/** The document's content as plain JSON (what every reader must agree on). */
function contentOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return JSON.stringify(Object.fromEntries([...doc.share.keys()].sort().map((name) => [name, doc.getMap(name).toJSON()])));
}

function sharedDemo(file = tempDbPath()): { core: Core; items: Item[] } {
  const core = withDemo(freshCore(file));
  const db = databaseOf(core);
  db.transaction(() => startSharing(db, JINAN.trip, SERVER)).immediate();
  return { core, items: ok(core, 'items:list', { tripId: JINAN.trip }) };
}

describe('a shared trip’s document in SQLite', () => {
  it('an edit appends its own small update; the base state is not rewritten', () => {
    const { core, items } = sharedDemo();
    const before = stored(core, JINAN.trip);
    ok(core, 'items:update', { id: items[0]!.id, patch: { title: 'Lunch med borgmästaren 市长午宴' } });
    const after = stored(core, JINAN.trip);
    expect(after.version).toBe(before.version);
    expect(after.baseBytes).toBe(before.baseBytes);
    expect(after.updates).toBe(before.updates + 1);
    expect(after.updateBytes - before.updateBytes).toBeLessThan(after.baseBytes / 20);
    expect(contentOf(storedState(databaseOf(core), JINAN.trip)!)).toContain('市长午宴');
  });

  it('folds the updates into the base after a bounded number, and the document stays the same', () => {
    const { core, items } = sharedDemo();
    const before = stored(core, JINAN.trip);
    for (let i = 0; i < COMPACT_AFTER_UPDATES + 5; i++) ok(core, 'items:update', { id: items[i % items.length]!.id, patch: { title: `Punkt ${i}` } });
    const after = stored(core, JINAN.trip);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.updates).toBeLessThan(COMPACT_AFTER_UPDATES);
    const reopened = freshCore(databaseOf(core).name);
    expect(contentOf(storedState(databaseOf(reopened), JINAN.trip)!)).toBe(contentOf(storedState(databaseOf(core), JINAN.trip)!));
  });

  it('a second process on the same file (the CLI beside the app) sees the other’s appended edits', () => {
    const { core: app, items } = sharedDemo();
    const cli = freshCore(databaseOf(app).name);
    expect(contentOf(storedState(databaseOf(cli), JINAN.trip)!)).toBe(contentOf(storedState(databaseOf(app), JINAN.trip)!));
    ok(cli, 'items:update', { id: items[1]!.id, patch: { title: 'Från kommandoraden' } });
    ok(app, 'items:update', { id: items[2]!.id, patch: { title: 'Från appen' } });
    const inApp = contentOf(storedState(databaseOf(app), JINAN.trip)!);
    expect(inApp).toContain('Från kommandoraden');
    expect(inApp).toContain('Från appen');
    expect(contentOf(storedState(databaseOf(cli), JINAN.trip)!)).toBe(inApp);
  });

  it('a trip unshared and shared again by another process is read anew, not from the old copy', () => {
    const { core: app, items } = sharedDemo();
    ok(app, 'items:update', { id: items[0]!.id, patch: { title: 'Före omdelningen' } });
    const cli = freshCore(databaseOf(app).name);
    const db = databaseOf(cli);
    db.prepare('DELETE FROM sync_docs WHERE trip_id = ?').run(JINAN.trip);
    ok(cli, 'items:update', { id: items[0]!.id, patch: { title: 'Efter omdelningen 重新共享' } });
    db.transaction(() => startSharing(db, JINAN.trip, SERVER)).immediate();
    expect(contentOf(storedState(databaseOf(app), JINAN.trip)!)).toBe(contentOf(storedState(db, JINAN.trip)!));
    expect(contentOf(storedState(databaseOf(app), JINAN.trip)!)).not.toContain('Före omdelningen');
  });

  it('whatever the mix of local edits, colleagues’ updates and restarts, the reopened document is the one in memory', () => {
    const file = tempDbPath();
    const { core: first, items } = sharedDemo(file);
    const colleague = freshCore();
    startReceiving(databaseOf(colleague), JINAN.trip, SERVER);
    deliver(first, colleague, JINAN.trip);
    let laptop = first;
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), item: fc.nat(items.length - 1), text: fc.string({ maxLength: 40 }) }),
      fc.record({ kind: fc.constant('colleague' as const), item: fc.nat(items.length - 1), text: fc.string({ maxLength: 40 }) }),
      fc.record({ kind: fc.constant('restart' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        for (const s of steps) {
          if (s.kind === 'restart') {
            laptop.close();
            laptop = freshCore(file);
          } else if (s.kind === 'edit') {
            ok(laptop, 'items:update', { id: items[s.item]!.id, patch: { description: s.text } });
          } else {
            ok(colleague, 'items:update', { id: items[s.item]!.id, patch: { internalNotes: s.text } });
            deliver(colleague, laptop, JINAN.trip);
          }
        }
        const inMemory = contentOf(storedState(databaseOf(laptop), JINAN.trip)!);
        const exported = exportOf(laptop, JINAN.trip);
        laptop.close();
        laptop = freshCore(file);
        expect(contentOf(storedState(databaseOf(laptop), JINAN.trip)!)).toBe(inMemory);
        expect(exportOf(laptop, JINAN.trip)).toBe(exported);
      }),
      { numRuns: 15 },
    );
  });
});
