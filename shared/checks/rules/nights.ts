import { addDaysToDate, daysBetween } from '../../time/zoned';
import { isTravel, type CheckContext, type TimedItem } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { whoOf } from './common';

/**
 * Nights without accommodation (warning). A night is named by its evening's date. Each member
 * must be housed every night of their own span (see CheckContext.span) except the last: from the
 * span's first day up to, not including, the day they are home again. Hosts of an incoming trip
 * sleep at home and are skipped; an incoming trip's visitors are checked the same way.
 *
 * A night is covered by
 * - an accommodation item the member attends: from its check-in date (start) up to, not
 *   including, its check-out date (end); one night when it has no end or ends the same day;
 * - a travel item (flight, train, transfer) the member attends that crosses midnight in local
 *   dates (leaves on the 28th, arrives on the 29th: the night of the 28th), or that leaves before
 *   03:00 (a red-eye at 01:30 on the 3rd means no bed the night of the 2nd).
 * Local dates are compared as typed in each item's own zone, as everyone reads a hotel booking.
 *
 * Consecutive uncovered nights form one finding; members with the same uncovered nights share it.
 */
const RED_EYE_BEFORE = '03:00';

export function checkNights(ctx: CheckContext, out: CheckResult[]): void {
  // Covered nights per member, from the few items that cover nights (hotels, overnight travel).
  const covered = new Map<string, Set<string>>();
  for (const t of ctx.timed) {
    const nights = coveredNights(t);
    if (nights.length === 0) continue;
    for (const id of ctx.participants(t)) {
      let set = covered.get(id);
      if (!set) covered.set(id, (set = new Set()));
      for (const night of nights) set.add(night);
    }
  }
  const { startDate, endDate } = ctx.trip;
  const tripDays = datesFrom(startDate, addDaysToDate(endDate, 1));

  const groups = new Map<string, { from: string; until: string; memberIds: string[] }>();
  for (const member of ctx.members) {
    if (ctx.isHost(member)) continue;
    const span = ctx.span(member.id);
    const first = tripDays.indexOf(span.start);
    const last = tripDays.indexOf(span.end);
    if (first < 0 || last <= first) continue;
    const mine = covered.get(member.id);
    let runStart: string | null = null;
    for (let i = first; i <= last; i++) {
      const night = tripDays[i]!;
      const missing = i < last && !mine?.has(night);
      if (missing && runStart === null) runStart = night;
      if (!missing && runStart !== null) {
        const key = `${runStart}:${night}`;
        const group = groups.get(key) ?? { from: runStart, until: night, memberIds: [] };
        group.memberIds.push(member.id);
        groups.set(key, group);
        runStart = null;
      }
    }
  }

  for (const [key, g] of groups) {
    out.push({
      id: `night-without-accommodation:${key}`,
      kind: 'night-without-accommodation',
      severity: 'warning',
      message: messages.nightWithoutAccommodation({
        who: whoOf(ctx, g.memberIds),
        from: g.from,
        until: g.until,
        nights: daysBetween(g.from, g.until),
      }),
      memberIds: g.memberIds,
      itemIds: [],
      target: { screen: 'programme', date: g.from },
      date: g.from,
    });
  }
}

function coveredNights(t: TimedItem): string[] {
  const { item } = t;
  if (item.kind === 'accommodation') {
    const checkOut = t.endDate > t.startDate ? t.endDate : addDaysToDate(t.startDate, 1);
    return datesFrom(t.startDate, checkOut);
  }
  if (!isTravel(item) || item.allDay) return [];
  const nights = datesFrom(t.startDate, t.endDate);
  if (item.startLocal.slice(11, 16) < RED_EYE_BEFORE) nights.push(addDaysToDate(t.startDate, -1));
  return nights;
}

/** Dates from `from` up to, not including, `until`. */
function datesFrom(from: string, until: string): string[] {
  const dates: string[] = [];
  // Bounded: a typo in a year must not allocate a century of nights.
  for (let date = from, i = 0; date < until && i < 400; date = addDaysToDate(date, 1), i++) dates.push(date);
  return dates;
}
