import type { Item } from '../../../../shared/domain/item';

/** '09:30–11:00' (local wall-clock times; the end only when it is on the same day). */
export function timeRange(item: Pick<Item, 'startLocal' | 'endLocal' | 'allDay'>): string | null {
  if (item.allDay) return null;
  const start = item.startLocal.slice(11, 16);
  if (item.endLocal && item.endLocal.slice(0, 10) === item.startLocal.slice(0, 10)) {
    return `${start}–${item.endLocal.slice(11, 16)}`;
  }
  return start;
}
