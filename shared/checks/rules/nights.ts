import { addDaysToDate, daysBetween } from '../../time/zoned';
import type { CheckContext } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { whoOf } from './common';

/**
 * Nights without accommodation (warning): every night the presence model (shared/presence
 * model.ts) has a member away from home without a stay — exactly the nights the Overview's
 * presence matrix marks, so the two never disagree. A night is named by its evening's date.
 *
 * The nights to house are those of the member's own span (their journey out, else the trip's
 * first day, up to, not including, the day their journey home lands, else the trip's last day).
 * A night is covered by
 * - an accommodation item the member attends: from its check-in date (start) up to, not
 *   including, its check-out date (end); one night when it has no end or ends the same day;
 * - a travel item (flight, train, transfer) the member attends that crosses midnight in local
 *   dates (leaves on the 28th, arrives on the 29th: the night of the 28th), or that leaves before
 *   03:00 (a red-eye at 01:30 on the 3rd means no bed the night of the 2nd).
 * Local dates are compared as typed in each item's own zone, as everyone reads a hotel booking.
 * Hosts of an incoming trip sleep at home; an incoming trip's visitors are checked like anyone.
 *
 * Consecutive uncovered nights form one finding; members with the same uncovered nights share it.
 */
export function checkNights(ctx: CheckContext, out: CheckResult[]): void {
  const groups = new Map<string, { from: string; until: string; memberIds: string[] }>();
  for (const member of ctx.presence.members) {
    for (const [from, until] of runs(member.nightsWithoutStay)) {
      const key = `${from}:${until}`;
      const group = groups.get(key) ?? { from, until, memberIds: [] };
      group.memberIds.push(member.memberId);
      groups.set(key, group);
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

/** Consecutive nights as [first night, the morning after the last]. */
function runs(nights: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (const night of nights) {
    const last = result[result.length - 1];
    if (last && last[1] === night) last[1] = addDaysToDate(night, 1);
    else result.push([night, addDaysToDate(night, 1)]);
  }
  return result;
}
