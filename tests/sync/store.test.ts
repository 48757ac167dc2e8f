import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSqliteStore } from '../../core/sync-server/sqlite-store';

/** The server's SQLite store: logged updates count at once, and merges lose nothing. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-sync-store-'));
  dirs.push(dir);
  return openSqliteStore(dir);
}

function load(state: Uint8Array | null): Y.Doc {
  const doc = new Y.Doc();
  if (state !== null) Y.applyUpdate(doc, state);
  return doc;
}

describe('sync server store (SQLite)', () => {
  it('returns logged updates before any merge, and keeps them all through merges in any order', async () => {
    const sqlite = store();
    const laptopA = new Y.Doc();
    const laptopB = new Y.Doc();
    laptopA.getMap('items').set('a', 'Besök på Jinans universitet');
    laptopB.getMap('items').set('b', 'Middag 晚宴');
    await sqlite.appendUpdate('vasteras', 'trip/x', Y.encodeStateAsUpdate(laptopA));
    expect(load(await sqlite.fetchDocument('vasteras', 'trip/x')).getMap('items').toJSON()).toEqual({ a: 'Besök på Jinans universitet' });

    // An instance storing an older whole state (it never saw update a) must not drop a.
    await sqlite.mergeDocument('vasteras', 'trip/x', Y.encodeStateAsUpdate(laptopB));
    await sqlite.mergeDocument('vasteras', 'trip/x', Y.encodeStateAsUpdate(laptopB));
    expect(load(await sqlite.fetchDocument('vasteras', 'trip/x')).getMap('items').toJSON()).toEqual({
      a: 'Besök på Jinans universitet',
      b: 'Middag 晚宴',
    });
    expect(await sqlite.fetchDocument('sodertalje', 'trip/x')).toBeNull();
    await sqlite.close();
  });
});
