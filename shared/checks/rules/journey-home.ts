import type { CheckContext } from '../context';
import { messages } from '../messages';
import type { CheckResult } from '../types';
import { whoOf } from './common';

/**
 * `return-journey-missing`: members (not hosts) for whom the plan has no journey home — a travel
 * item leaving the trip's area for outside it (shared/presence journeys.ts). Until there is one,
 * every check counts their trip to its last day (nights, passport, visa), and this finding says
 * so. Warning for an outgoing trip (the flight home is ours to book); info for an incoming trip's
 * visitors (their flights are their own organisation's). One finding names everyone concerned.
 */
export function checkJourneyHome(ctx: CheckContext, out: CheckResult[]): void {
  const memberIds = ctx.presence.members.filter((m) => m.span && !m.span.journeyHome).map((m) => m.memberId);
  if (memberIds.length === 0) return;
  const lastDay = ctx.trip.endDate;
  out.push({
    id: `return-journey-missing:${ctx.trip.id}`,
    kind: 'return-journey-missing',
    severity: ctx.trip.direction === 'incoming' ? 'info' : 'warning',
    message: messages.returnJourneyMissing({ who: whoOf(ctx, memberIds), lastDay }),
    memberIds,
    itemIds: [],
    target: { screen: 'programme', date: lastDay },
    date: lastDay,
  });
}
