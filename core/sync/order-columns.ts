import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { byOrderKey, isOrderKey } from '../../shared/sync/fractional-index';
import { ORDER_KEY, TOMBSTONES } from '../../shared/sync/layout';
import { instantOf } from '../../shared/checks/instants';
import { toInstant } from '../../shared/time/zoned';
import { prepared } from '../db/statements';

/**
 * Set the tables' order numbers from the document's order keys, the way every laptop derives
 * them (doc-read.ts): members' precedence 1..n, items' sort order 0.. among items that start at
 * the same instant. Run after a local change is captured: the change itself may leave numbers
 * the other laptops do not have (a deleted member's gap, a new item's "last + 1"). Only order
 * columns change, no revision: every copy of the trip gets the same numbers without an edit.
 * Cheap on purpose (no full read of the trip): it runs on every write to a shared trip.
 */
export function normaliseOrder(db: Database.Database, doc: Y.Doc): void {
  const deleted = doc.getMap(TOMBSTONES);
  const rowsOf = (table: string) =>
    [...doc.getMap(table).entries()]
      .filter(([id, row]) => !deleted.has(id) && row instanceof Y.Map && isOrderKey(row.get(ORDER_KEY)))
      .map(([id, row]) => ({ id, row: row as Y.Map<unknown>, key: (row as Y.Map<unknown>).get(ORDER_KEY) as string }))
      .sort(byOrderKey((r) => r.key, (r) => r.id));

  const setPrecedence = prepared(db, 'UPDATE members SET precedence = ? WHERE id = ? AND precedence != ?');
  rowsOf('members').forEach(({ id }, index) => setPrecedence.run(index + 1, id, index + 1));

  const setSortOrder = prepared(db, 'UPDATE items SET sort_order = ? WHERE id = ? AND sort_order != ?');
  const nextInSlot = new Map<number, number>();
  for (const { id, row } of rowsOf('items')) {
    const slot = slotOf(String(row.get('startLocal')), String(row.get('startZone')));
    if (slot === null) continue;
    const rank = nextInSlot.get(slot) ?? 0;
    nextInSlot.set(slot, rank + 1);
    setSortOrder.run(rank, id, rank);
  }
}

/**
 * toInstant's answer (null where it throws), through the checks' memoised conversion first: this
 * runs over every item of the trip on every write, and converting each time anew was a tenth of
 * a large shared trip's write. The fast path answers exactly as toInstant; what it cannot read
 * (NaN) is asked of toInstant itself.
 */
function slotOf(local: string, zone: string): number | null {
  const fast = instantOf(local, zone);
  if (!Number.isNaN(fast)) return fast;
  try {
    return toInstant(local, zone);
  } catch {
    return null;
  }
}
