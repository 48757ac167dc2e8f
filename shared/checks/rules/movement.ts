import { MEETING_KINDS, type ItemKind } from '../../domain/item';
import { arrivalCity, departureCity } from '../cities';
import { isTravel, type CheckContext, type TimedItem } from '../context';
import { messages } from '../messages';
import type { CheckKind, CheckResult } from '../types';
import { inPrecedence, refs, whoOf } from './common';

/**
 * Getting from place to place, per member, walking their items in programme order (all-day
 * items, accommodation and free time are left out: they say nothing about where one is when).
 *
 * Cities: an item's city is its location's city; a travel item arrives where its `details.to`
 * names a known city (a destination, its native name, or any item's city), or at its location's
 * city when `to` is empty; it leaves from the known city its `details.from` names.
 *
 * - `arrival-too-tight` (warning): a meeting or visit in city X starts less than the buffer after
 *   the member's last flight or train lands (`flightBufferMinutes` 90, `trainBufferMinutes` 30),
 *   when that flight or train arrives in X or its arrival city is unknown (then it is taken to be
 *   where they meet next). Transfers do not reset this: the buffer is the time from landing to
 *   the table, transfer included. A meeting that starts before the landing overlaps the flight
 *   and is reported as an overlap instead.
 * - `meeting-before-arrival` (error): a meeting or visit in city X while the member's last flight
 *   or train took them elsewhere (or they have not taken one yet), and their next flight or train
 *   is the one arriving in X — they would be in X before getting there.
 * - `city-change-too-tight` (warning): two consecutive items of the member in different known
 *   cities (a travel item counts as being in its arrival city when it ends and its departure city
 *   when it starts) with no travel item between and less than `cityChangeBufferMinutes` (60)
 *   from the end of one to the start of the other. Items that overlap are left to the overlap
 *   check, and a change to or from an item already reported as before arrival is the same
 *   problem and not reported again.
 * One finding per pair of items and kind, listing every member concerned.
 */
const LONG_TRAVEL: readonly ItemKind[] = ['flight', 'train'];
const IGNORED: readonly ItemKind[] = ['accommodation', 'free_time'];

interface ItemInfo {
  role: 'skip' | 'long' | 'short' | 'place';
  /** For places: the item's city. */
  city: string | null;
  /** A meeting or visit (held to the arrival buffer). */
  meeting: boolean;
  departure: string | null;
  arrival: string | null;
}
const SKIP: ItemInfo = { role: 'skip', city: null, meeting: false, departure: null, arrival: null };

interface Pending {
  kind: CheckKind;
  first: TimedItem;
  second: TimedItem;
  memberIds: Set<string>;
  fromCity?: string;
  toCity?: string;
  /** For city changes: from the end of what came before to the start of the second item. */
  gapMs?: number;
}

export function checkMovement(ctx: CheckContext, out: CheckResult[]): void {
  const found = new Map<string, Pending>();
  const note = (
    memberIds: readonly string[],
    kind: CheckKind,
    first: TimedItem,
    second: TimedItem,
    facts: { fromCity?: string; toCity?: string; gapMs?: number } = {},
  ) => {
    const key = `${kind}:${first.item.id}:${second.item.id}`;
    let entry = found.get(key);
    if (!entry) {
      entry = { kind, first, second, memberIds: new Set(), ...facts };
      found.set(key, entry);
    }
    for (const id of memberIds) entry.memberIds.add(id);
  };
  const cityBuffer = ctx.options.cityChangeBufferMinutes * 60_000;
  const arrivalBuffer = (t: TimedItem) =>
    (t.item.kind === 'flight' ? ctx.options.flightBufferMinutes : ctx.options.trainBufferMinutes) * 60_000;
  // What each item means for where people are, worked out once per item rather than per member.
  const info: ItemInfo[] = ctx.timed.map((t) => {
    const { item } = t;
    if (item.allDay || IGNORED.includes(item.kind)) return SKIP;
    if (isTravel(item)) {
      return {
        role: LONG_TRAVEL.includes(item.kind) ? 'long' : 'short',
        city: null,
        meeting: false,
        departure: departureCity(item, ctx.cities),
        arrival: arrivalCity(item, ctx.cities),
      };
    }
    const city = item.location.city ? ctx.cities.canonical(item.location.city) : null;
    return { role: 'place', city, meeting: MEETING_KINDS.includes(item.kind), departure: null, arrival: null };
  });

  // Per group of members attending the same items: what happens to one happens to all of them.
  for (const { memberIds, items } of ctx.memberGroups()) {
    let lastLong: TimedItem | null = null;
    let lastLongArrival: string | null = null;
    /** Meetings and visits since lastLong in a city other than where it arrived. */
    let elsewhere: { meeting: TimedItem; city: string }[] = [];
    // Where the member is known to be (city), since when they are free (until), and why (item).
    let hereCity: string | null = null;
    let hereUntil = -Infinity;
    let hereItem: TimedItem | null = null;
    const cityChanges: { from: TimedItem; to: TimedItem; fromCity: string; toCity: string; gapMs: number }[] = [];
    const beforeArrival = new Set<TimedItem>();

    const changeTo = (x: TimedItem, city: string, at: number) => {
      if (hereItem && hereCity && hereCity !== city && at >= hereUntil && at - hereUntil < cityBuffer) {
        cityChanges.push({ from: hereItem, to: x, fromCity: hereCity, toCity: city, gapMs: at - hereUntil });
      }
    };

    for (const x of items) {
      const about = info[x.index]!;
      if (about.role === 'skip') continue;
      if (about.role !== 'place') {
        if (about.departure) changeTo(x, about.departure, x.start);
        if (about.role === 'long') {
          if (about.arrival) {
            for (const e of elsewhere) {
              if (e.city === about.arrival && e.meeting.end <= x.start) {
                note(memberIds, 'meeting-before-arrival', e.meeting, x, { toCity: about.arrival });
                beforeArrival.add(e.meeting);
              }
            }
          }
          if (elsewhere.length) elsewhere = [];
          lastLong = x;
          lastLongArrival = about.arrival;
        }
        hereCity = about.arrival;
        hereUntil = x.end;
        hereItem = x;
        continue;
      }

      const city = about.city;
      if (city && about.meeting) {
        if (lastLong && (lastLongArrival === null || lastLongArrival === city)) {
          if (lastLong.explicitEnd && x.start >= lastLong.end && x.start < lastLong.end + arrivalBuffer(lastLong)) {
            note(memberIds, 'arrival-too-tight', lastLong, x);
          }
        } else {
          elsewhere.push({ meeting: x, city });
        }
      }
      if (city) {
        changeTo(x, city, x.start);
        hereCity = city;
        hereItem = x;
      }
      if (x.end > hereUntil) hereUntil = x.end;
    }

    for (const c of cityChanges) {
      if (!beforeArrival.has(c.to) && !beforeArrival.has(c.from)) {
        note(memberIds, 'city-change-too-tight', c.from, c.to, { fromCity: c.fromCity, toCity: c.toCity, gapMs: c.gapMs });
      }
    }
  }

  for (const [id, e] of found) out.push(toResult(ctx, id, e, arrivalBuffer));
}

function toResult(ctx: CheckContext, id: string, e: Pending, arrivalBuffer: (t: TimedItem) => number): CheckResult {
  const memberIds = inPrecedence(ctx, e.memberIds);
  const who = whoOf(ctx, memberIds);
  const [first, second] = refs(ctx, e.first.item, e.second.item);
  const base = { id, kind: e.kind, memberIds, itemIds: [e.first.item.id, e.second.item.id] };
  const minutes = (ms: number) => Math.round(ms / 60_000);
  switch (e.kind) {
    case 'meeting-before-arrival':
      return {
        ...base,
        severity: 'error',
        message: messages.meetingBeforeArrival({ who, meeting: first, city: ctx.cities.show(e.toCity!), travel: second }),
        target: { screen: 'programme', itemId: e.first.item.id, field: 'time' },
        date: e.first.startDate,
      };
    case 'arrival-too-tight':
      return {
        ...base,
        severity: 'warning',
        message: messages.arrivalTooTight({
          who,
          travel: first,
          meeting: second,
          gapMinutes: minutes(e.second.start - e.first.end),
          bufferMinutes: minutes(arrivalBuffer(e.first)),
        }),
        target: { screen: 'programme', itemId: e.second.item.id, field: 'time' },
        date: e.second.startDate,
      };
    default:
      return {
        ...base,
        severity: 'warning',
        message: messages.cityChangeTooTight({
          who,
          from: first,
          fromCity: ctx.cities.show(e.fromCity!),
          to: second,
          toCity: ctx.cities.show(e.toCity!),
          gapMinutes: minutes(e.gapMs ?? e.second.start - e.first.end),
          bufferMinutes: ctx.options.cityChangeBufferMinutes,
        }),
        target: { screen: 'programme', itemId: e.second.item.id, field: 'time' },
        date: e.second.startDate,
      };
  }
}
