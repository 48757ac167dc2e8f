import { TripArea } from '../../presence/journeys';
import type { CheckContext, TimedItem } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { refs } from './common';

/**
 * Items against the calendar (the forms refuse these, imported or merged data may not):
 * - `item-time-invalid` (error): a date, time or zone that cannot be read;
 * - `item-ends-before-start` (error): the end instant is before the start instant, each in its
 *   own zone (a flight typed as landing 08:00 Stockholm after leaving 09:00 Shanghai is fine:
 *   that is 02:00 → 08:00 UTC); for all-day items, a last day before the first;
 * - `item-outside-trip` (warning): the start date (start zone) is before the trip's first day, or
 *   the end date (end zone; all-day: the last day; accommodation: check-out) after its last day.
 *   On an incoming trip, a visitor's journey in may leave before the hosted days and their
 *   journey home land after them (their flights start and end at home abroad): a journey in is
 *   judged by its arrival alone, a journey home by its departure alone.
 * Broken items are reported once and left out of every other time check.
 */
export function checkItemTimes(ctx: CheckContext, out: CheckResult[]): void {
  for (const { item, reason } of ctx.broken) {
    const date = /^\d{4}-\d{2}-\d{2}/.test(item.startLocal) ? item.startLocal.slice(0, 10) : null;
    if (reason === 'invalid') {
      const raw = [`${item.startLocal} ${item.startZone}`, item.endLocal ? `${item.endLocal} ${item.endZone}` : null]
        .filter(Boolean)
        .join(' – ');
      out.push({
        id: `item-time-invalid:${item.id}`,
        kind: 'item-time-invalid',
        severity: 'error',
        message: messages.itemTimeInvalid({ title: item.title, raw }),
        memberIds: [],
        itemIds: [item.id],
        target: { screen: 'programme', itemId: item.id, field: 'time' },
        date,
      });
    } else {
      const [ref] = refs(ctx, item);
      out.push({
        id: `item-ends-before-start:${item.id}`,
        kind: 'item-ends-before-start',
        severity: 'error',
        message: messages.itemEndsBeforeStart({ item: ref }),
        memberIds: [],
        itemIds: [item.id],
        target: { screen: 'programme', itemId: item.id, field: 'time' },
        date,
      });
    }
  }

  const { startDate, endDate } = ctx.trip;
  const journey = visitorsJourney(ctx);
  for (const t of ctx.timed) {
    const direction = journey(t);
    const starts = direction === 'out' ? t.endDate : t.startDate;
    const ends = direction === 'home' ? t.startDate : t.endDate;
    if (starts >= startDate && ends <= endDate) continue;
    const [ref] = refs(ctx, t.item);
    out.push({
      id: `item-outside-trip:${t.item.id}`,
      kind: 'item-outside-trip',
      severity: 'warning',
      message: messages.itemOutsideTrip({ item: ref, tripStart: startDate, tripEnd: endDate }),
      memberIds: [],
      itemIds: [t.item.id],
      target: { screen: 'programme', itemId: t.item.id, field: 'time' },
      date: t.startDate,
    });
  }
}

/** On an incoming trip: whether an item is a visitor's journey in ('out') or home; else null. */
function visitorsJourney(ctx: CheckContext): (t: TimedItem) => 'out' | 'home' | null {
  if (ctx.trip.direction !== 'incoming') return () => null;
  const area = new TripArea(ctx.trip);
  return (t) => {
    const direction = area.direction(t.item);
    if (!direction) return null;
    const visitor = ctx.participants(t).some((id) => !ctx.isHost(ctx.memberById.get(id)!));
    return visitor ? direction : null;
  };
}
