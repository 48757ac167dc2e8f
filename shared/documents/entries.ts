import type { Item } from '../domain/item';
import { addDaysToDate, daysBetween, toInstant } from '../time/zoned';

/**
 * Programme rows: which items a member attends, the rows an item makes (a hotel stay's check-in
 * and check-out, an all-day item's days) and how rows group into local days. The documents and
 * the programme screen both use these, so a screen and its printout never disagree on a day.
 */

/** Which part of an item a programme row shows. */
export type EntryPart = 'whole' | 'check-in' | 'check-out' | 'all-day';

/** Does `memberId` attend `item`? (All members, including members added later, or named.) */
export function attends(item: Pick<Item, 'allMembers' | 'participantIds'>, memberId: string): boolean {
  return item.allMembers || item.participantIds.includes(memberId);
}

/** The items of a personal programme (or all items when memberId is null), in programme order. */
export function itemsFor<T extends Pick<Item, 'allMembers' | 'participantIds'>>(items: readonly T[], memberId: string | null): T[] {
  return memberId === null ? [...items] : items.filter((item) => attends(item, memberId));
}

/**
 * One programme row per item, except: a hotel stay shows check-in and check-out on their own
 * days; an all-day item shows on every day it spans. Each row belongs to the LOCAL date of its
 * own time in its own zone (a flight that leaves Stockholm on the 28th is on the 28th even if it
 * lands on the 29th), and rows within a day are in real time order across zones.
 */
export function entriesOf(item: Item): { part: EntryPart; local: string; zone: string }[] {
  const startDate = item.startLocal.slice(0, 10);
  const endDate = item.endLocal?.slice(0, 10) ?? null;
  if (item.kind === 'accommodation') {
    const rows: { part: EntryPart; local: string; zone: string }[] = [];
    if (!endDate || endDate === startDate) return [{ part: 'whole', local: item.startLocal, zone: item.startZone }];
    rows.push({ part: 'check-in', local: item.startLocal, zone: item.startZone });
    rows.push({ part: 'check-out', local: item.endLocal!, zone: item.endZone });
    return rows;
  }
  if (item.allDay) {
    const days = endDate && endDate > startDate ? daysBetween(startDate, endDate) + 1 : 1;
    return Array.from({ length: Math.min(days, 366) }, (_, i) => ({
      part: 'all-day' as const,
      local: `${addDaysToDate(startDate, i)}T00:00`,
      zone: item.startZone,
    }));
  }
  return [{ part: 'whole', local: item.startLocal, zone: item.startZone }];
}

/** Group rows by their local date; days in date order, rows in time order (all-day rows first). */
export function groupByLocalDay<E extends { local: string; zone: string; part: EntryPart; item: Pick<Item, 'sortOrder' | 'title'> }>(
  entries: readonly E[],
): { date: string; entries: E[] }[] {
  const byDate = new Map<string, E[]>();
  for (const entry of entries) {
    const date = entry.local.slice(0, 10);
    const list = byDate.get(date) ?? [];
    list.push(entry);
    byDate.set(date, list);
  }
  const rank = (e: E) => (e.part === 'all-day' ? 0 : 1);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, list]) => ({
      date,
      entries: list.sort(
        (a, b) =>
          rank(a) - rank(b) ||
          toInstant(a.local, a.zone) - toInstant(b.local, b.zone) ||
          a.item.sortOrder - b.item.sortOrder ||
          a.item.title.localeCompare(b.item.title),
      ),
    }));
}
