import type { Item } from '../domain/item';
import { addDaysToDate } from '../time/zoned';
import { instantOf } from './instants';

/**
 * Where an item sits in time, as epoch ms: the start, and the end as typed (null without one).
 * An all-day item runs from 00:00 of its first day in startZone to 00:00 after its last day in
 * endZone. NaN where a time cannot be read.
 */
export interface ItemInstants {
  start: number;
  end: number | null;
}

/** The fields an item's instants are read from (the per diem passes items with no more than these and its own). */
export type ItemTimes = Pick<Item, 'startLocal' | 'endLocal' | 'startZone' | 'endZone' | 'allDay'>;

interface Remembered extends ItemInstants {
  startLocal: string;
  endLocal: string | null;
  startZone: string;
  endZone: string;
  allDay: boolean;
}

/**
 * Per item object. The checks and the presence model rerun after every edit, and an edit replaces
 * one item while the others stay the same objects, so their instants are read once. The times
 * they came from are kept beside them: an item whose times were changed in place is read anew.
 */
const remembered = new WeakMap<ItemTimes, Remembered>();

export function itemInstants(item: ItemTimes): ItemInstants {
  const known = remembered.get(item);
  if (
    known &&
    known.startLocal === item.startLocal &&
    known.endLocal === item.endLocal &&
    known.startZone === item.startZone &&
    known.endZone === item.endZone &&
    known.allDay === item.allDay
  ) {
    return known;
  }
  const { startLocal, endLocal, startZone, endZone, allDay } = item;
  let start: number;
  let end: number | null;
  if (allDay) {
    const startDate = startLocal.slice(0, 10);
    const endDate = endLocal ? endLocal.slice(0, 10) : startDate;
    start = instantOf(`${startDate}T00:00`, startZone);
    end = instantOf(`${dayAfter(endDate)}T00:00`, endZone);
  } else {
    start = instantOf(startLocal, startZone);
    end = endLocal === null ? null : instantOf(endLocal, endZone);
  }
  const entry: Remembered = { startLocal, endLocal, startZone, endZone, allDay, start, end };
  remembered.set(item, entry);
  return entry;
}

/** A date that is not one is passed on as it is, so its instant is NaN rather than a throw. */
function dayAfter(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? addDaysToDate(date, 1) : date;
}
