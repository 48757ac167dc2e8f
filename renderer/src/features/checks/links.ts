import type { CheckResult } from '../../../../shared/checks';
import { paths } from '../../navigation/routes';

/**
 * Where "Fix" goes for a finding: the member (#/trips/:id/members/:memberId), the item
 * (#/trips/:id/programme/:itemId), or, for a day where something is missing (a night without
 * accommodation), the programme at that day (#/trips/:id/programme/YYYY-MM-DD); a gift, the
 * Gifts tab (#/trips/:id/gifts/:giftId).
 */
export function findingPath(tripId: string, finding: CheckResult): string {
  const { target } = finding;
  if (target.screen === 'members') return paths.trip(tripId, 'members', target.memberId);
  if (target.screen === 'gifts') return paths.trip(tripId, 'gifts', target.giftId);
  if (target.itemId !== undefined) return paths.trip(tripId, 'programme', target.itemId);
  return paths.trip(tripId, 'programme', target.date);
}
