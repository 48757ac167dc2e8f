import { entriesOf, itemsFor, type EntryPart } from '../../../../shared/documents/entries';
import { instantOf as fastInstantOf, offsetMinutesAt } from '../../../../shared/checks/instants';
import type { Item } from '../../../../shared/domain/item';
import type { Member, MemberGroup } from '../../../../shared/domain/member';
import type { Trip } from '../../../../shared/domain/trip';
import { addDaysToDate, daysBetween, formatUtcOffset, offsetMinutes, toInstant, toLocal } from '../../../../shared/time/zoned';

/**
 * The programme as the screen shows it: days in local-date order, each with its rows. The rules
 * are the documents' (shared/documents/model.ts `entriesOf`): a row belongs to the LOCAL date of
 * its own time in its own zone, a hotel stay shows check-in and check-out on their own days, an
 * all-day item shows on every day it spans, and rows in a day run in real time order across zones.
 *
 * Not `groupByLocalDay` itself: its sort converts both sides of every comparison to an instant,
 * which took 30–90 ms for a 420-item trip — on every reload after every edit. Here each
 * wall-clock time is converted once and remembered (the conversion is pure), so rebuilding the
 * programme after a write costs a millisecond or two.
 */

const instants = new Map<string, number>();
/** Epoch ms of a wall-clock time in its zone, memoised; NaN for unreadable input (imported data). */
export function instantOf(local: string, zone: string): number {
  const key = `${local}|${zone}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    try {
      // The checks' conversion: one exact conversion per zone and day, not per time, so the
      // first build of a large programme is not spent in the time-zone database. It answers
      // exactly as toInstant does; what it cannot read is asked of toInstant itself.
      instant = fastInstantOf(local, zone);
      if (Number.isNaN(instant)) instant = toInstant(local, zone);
    } catch {
      instant = Number.NaN;
    }
    if (instants.size > 50_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

const offsets = new Map<string, string>();
/** 'UTC+8' for a wall-clock time in its zone (the offset in force then, summer time included). */
export function offsetLabel(local: string, zone: string): string {
  const key = `${local}|${zone}`;
  let label = offsets.get(key);
  if (label === undefined) {
    try {
      let minutes = offsetMinutesAt(local, zone);
      if (Number.isNaN(minutes)) {
        const instant = instantOf(local, zone);
        minutes = Number.isNaN(instant) ? NaN : offsetMinutes(instant, zone);
      }
      label = Number.isNaN(minutes) ? '' : formatUtcOffset(minutes);
    } catch {
      label = '';
    }
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, label);
  }
  return label;
}

const conversions = new Map<string, string | null>();
/** The same moment as a wall-clock time in `toZone` (the home-time column), memoised. */
export function convertCached(local: string, fromZone: string, toZone: string): string | null {
  const key = `${local}|${fromZone}|${toZone}`;
  let converted = conversions.get(key);
  if (converted === undefined) {
    const instant = instantOf(local, fromZone);
    try {
      converted = Number.isNaN(instant) ? null : toLocal(instant, toZone);
    } catch {
      converted = null;
    }
    if (conversions.size > 50_000) conversions.clear();
    conversions.set(key, converted);
  }
  return converted;
}

export interface ProgrammeRow {
  /** Unique per row: a hotel has a check-in and a check-out row. */
  key: string;
  item: Item;
  part: EntryPart;
  /** Wall-clock time of this row and its zone (a check-out row uses the item's end). */
  local: string;
  zone: string;
  instant: number;
}

/** A night of a hotel stay: the day header says "Hotel in Jinan · night 2 of 4". */
export interface NightStay {
  itemId: string;
  title: string;
  night: number;
  of: number;
}

export interface ProgrammeDay {
  date: string;
  /** Day N of the trip (1 = first day), null outside the trip's dates. */
  dayNumber: number | null;
  rows: ProgrammeRow[];
  nights: NightStay[];
}

const MAX_DAYS = 366;

/**
 * Days of the programme for everyone (memberId null: every day of the trip, empty ones too, so
 * gaps show) or for one member (only that member's items, only days with something on them).
 */
export function buildProgrammeDays(items: readonly Item[], trip: Trip, memberId: string | null): ProgrammeDay[] {
  const shown = itemsFor(items, memberId);
  const byDate = new Map<string, ProgrammeRow[]>();
  const nightsByDate = new Map<string, NightStay[]>();
  for (const item of shown) {
    for (const row of rowsOf(item)) {
      const date = row.local.slice(0, 10);
      const list = byDate.get(date);
      if (list) list.push(row);
      else byDate.set(date, [row]);
    }
    if (item.kind === 'accommodation' && item.endLocal) {
      const first = item.startLocal.slice(0, 10);
      const nights = Math.min(daysBetween(first, item.endLocal.slice(0, 10)), MAX_DAYS);
      for (let n = 0; n < nights; n++) {
        const date = addDaysToDate(first, n);
        const stay: NightStay = { itemId: item.id, title: item.title, night: n + 1, of: nights };
        const list = nightsByDate.get(date);
        if (list) list.push(stay);
        else nightsByDate.set(date, [stay]);
      }
    }
  }

  const dates = new Set(byDate.keys());
  if (memberId === null && trip.startDate <= trip.endDate) {
    const length = Math.min(daysBetween(trip.startDate, trip.endDate) + 1, MAX_DAYS);
    for (let i = 0; i < length; i++) dates.add(addDaysToDate(trip.startDate, i));
  }
  const rank = (row: ProgrammeRow) => (row.part === 'all-day' ? 0 : 1);
  return [...dates].sort().map((date) => {
    const rows = (byDate.get(date) ?? []).sort(
      (a, b) =>
        rank(a) - rank(b) ||
        orderOf(a.instant) - orderOf(b.instant) ||
        a.item.sortOrder - b.item.sortOrder ||
        a.item.title.localeCompare(b.item.title),
    );
    const offset = daysBetween(trip.startDate, date);
    const inTrip = date >= trip.startDate && date <= trip.endDate;
    return { date, dayNumber: inTrip ? offset + 1 : null, rows, nights: nightsByDate.get(date) ?? [] };
  });
}

// Per item object: a write patches the workspace, so after an edit every item but the edited
// one is the same object and its rows (and their time-zone conversions) are taken as they were.
const rowsByItem = new WeakMap<Item, readonly ProgrammeRow[]>();
function rowsOf(item: Item): readonly ProgrammeRow[] {
  let rows = rowsByItem.get(item);
  if (!rows) {
    rows = entriesOf(item).map((entry) => ({
      key: `${item.id}:${entry.part}:${entry.local.slice(0, 10)}`,
      item,
      part: entry.part,
      local: entry.local,
      zone: entry.zone,
      instant: instantOf(entry.local, entry.zone),
    }));
    rowsByItem.set(item, rows);
  }
  return rows;
}

const startByItem = new WeakMap<Item, number>();
function startOf(item: Item): number {
  let instant = startByItem.get(item);
  if (instant === undefined) startByItem.set(item, (instant = instantOf(item.startLocal, item.startZone)));
  return instant;
}

/** Unreadable times sort last instead of poisoning the comparison. */
function orderOf(instant: number): number {
  return Number.isNaN(instant) ? Number.MAX_SAFE_INTEGER : instant;
}

/**
 * The first days of a programme up to `limit` rows (a day's header, and its cards or its
 * "nothing planned" line), the last day cut short when it does not fit: what the screen renders
 * in its first frame. A day is never cut to its header alone, so the result has `limit` or
 * `limit + 1` rows, or every day when they have fewer.
 */
export function firstRows<D extends { cards: readonly unknown[] }>(days: readonly D[], limit: number): D[] {
  const out: D[] = [];
  let rows = 0;
  for (const day of days) {
    if (rows >= limit) break;
    const room = Math.max(1, limit - rows - 1);
    out.push(day.cards.length > room ? { ...day, cards: day.cards.slice(0, room) } : day);
    rows += 1 + Math.max(1, day.cards.length);
  }
  return out;
}

/**
 * Items that start at the same moment, in their manual order: only these can be moved up and
 * down (everything else is ordered by time). Keyed by start instant; from the whole programme,
 * not the filtered one, since 'items:reorder' orders the trip's items.
 */
export function sameStartGroups(items: readonly Item[]): Map<string, string[]> {
  const byInstant = new Map<number, Item[]>();
  for (const item of items) {
    const instant = startOf(item);
    if (Number.isNaN(instant)) continue;
    const list = byInstant.get(instant);
    if (list) list.push(item);
    else byInstant.set(instant, [item]);
  }
  const groups = new Map<string, string[]>();
  for (const list of byInstant.values()) {
    if (list.length < 2) continue;
    const ids = [...list].sort((a, b) => a.sortOrder - b.sortOrder || a.title.localeCompare(b.title)).map((i) => i.id);
    for (const id of ids) groups.set(id, ids);
  }
  return groups;
}

/** Who attends, as the card says it. */
export type ParticipantsSummary =
  | { kind: 'all' }
  | { kind: 'group'; name: string; count: number; total: number }
  | { kind: 'some'; names: string[]; count: number; total: number };

export interface ParticipantsResolver {
  summarise: (item: Pick<Item, 'allMembers' | 'participantIds'>) => ParticipantsSummary;
}

/** "All members", a named sub-group when the participants are exactly its members, or names. */
export function participantsResolver(members: readonly Member[], groups: readonly MemberGroup[]): ParticipantsResolver {
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const rankOf = new Map(members.map((m, i) => [m.id, i]));
  const signature = (ids: readonly string[]) => [...new Set(ids)].filter((id) => nameOf.has(id)).sort().join(',');
  const groupBySignature = new Map<string, MemberGroup>();
  for (const group of groups) {
    const key = signature(group.memberIds);
    if (key && !groupBySignature.has(key)) groupBySignature.set(key, group);
  }
  const total = members.length;
  // Per item object: a write patches the workspace, so every item but the edited one is the same
  // object as before and its summary (a sort of its participants) is not worked out again.
  type Attending = Pick<Item, 'allMembers' | 'participantIds'>;
  const summaries = new WeakMap<Attending, ParticipantsSummary>();
  const summarise = (item: Attending): ParticipantsSummary => {
    let summary = summaries.get(item);
    if (!summary) summaries.set(item, (summary = summariseItem(item)));
    return summary;
  };
  return { summarise };

  function summariseItem(item: Attending): ParticipantsSummary {
    if (item.allMembers) return { kind: 'all' };
    const ids = [...new Set(item.participantIds)].filter((id) => nameOf.has(id));
    const group = groupBySignature.get(signature(ids));
    if (group) return { kind: 'group', name: group.name, count: ids.length, total };
    ids.sort((a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0));
    return { kind: 'some', names: ids.map((id) => nameOf.get(id)!), count: ids.length, total };
  }
}

/** Text in Chinese, Japanese or Korean script: marked with a lang so the right glyphs are used. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
export function cjkLang(text: string, preferred?: string): string | undefined {
  if (!CJK.test(text)) return undefined;
  return preferred && /^(zh|ja|ko)/.test(preferred) ? preferred : 'zh';
}
