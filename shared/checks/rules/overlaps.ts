import type { ItemKind } from '../../domain/item';
import type { CheckContext, TimedItem } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { refs, whoOf } from './common';

/**
 * Overlaps: a member attends two items whose times overlap, compared as instants (09:00 in
 * Shanghai and 03:30 in Stockholm the same day are 30 minutes apart in summer, in winter they are
 * the same instant as 02:00 Stockholm).
 *
 * - Items are half-open intervals [start, end): one that ends at 10:00 and one that starts at 10:00
 *   do not overlap. An item without an end is a point (transfers, flights, "other") or lasts the
 *   default duration (meetings, visits, meals, events — `defaultDurationMinutes`, 60); a point
 *   overlaps only an item it falls strictly inside.
 * - Accommodation (a stay overlaps everything by nature), all-day items (a day's heading) and
 *   free time (optional by nature) never conflict.
 * - error when the overlap follows from the typed times alone (the member cannot be in both);
 *   warning when it only arises from an assumed duration (the end is not known).
 * One finding per pair of items, listing every member who attends both.
 */
const NEVER_CONFLICT: readonly ItemKind[] = ['accommodation', 'free_time'];

export function checkOverlaps(ctx: CheckContext, out: CheckResult[]): void {
  let active: TimedItem[] = [];
  for (const x of ctx.timed) {
    if (x.item.allDay || NEVER_CONFLICT.includes(x.item.kind) || ctx.participants(x).length === 0) continue;
    // Sorted by start: every remaining active item starts at or before x.
    active = active.filter((a) => a.end > x.start);
    for (const a of active) {
      if (!overlaps(a.start, a.end, x.start, x.end)) continue;
      const memberIds = ctx.sharedParticipants(a, x);
      if (memberIds.length === 0) continue;
      const certain = overlaps(a.start, a.certainEnd, x.start, x.certainEnd);
      const assumedItem = certain ? null : !x.explicitEnd ? x : a;
      const [ra, rx] = refs(ctx, a.item, x.item);
      out.push({
        // Ids in a fixed order, so moving one item a little keeps the finding's id.
        id: `overlap:${[a.item.id, x.item.id].sort().join(':')}`,
        kind: 'overlap',
        severity: certain ? 'error' : 'warning',
        message: messages.overlap({
          who: whoOf(ctx, memberIds),
          a: ra,
          b: rx,
          assumed: assumedItem ? { title: assumedItem.item.title, minutes: ctx.options.defaultDurationMinutes } : null,
        }),
        memberIds: [...memberIds],
        itemIds: [a.item.id, x.item.id],
        target: { screen: 'programme', itemId: x.item.id, field: 'time' },
        date: x.startDate,
      });
    }
    active.push(x);
  }
}

/** Half-open intervals; a zero-length one overlaps only an interval it lies strictly inside. */
function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  if (aStart < bStart) return bStart < aEnd;
  if (bStart < aStart) return aStart < bEnd;
  return aEnd > aStart && bEnd > bStart;
}
