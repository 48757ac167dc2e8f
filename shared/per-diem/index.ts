import type { TripProgramme } from '../domain/workspace';
import { perDiemFacts } from './programme';
import { perDiemSheet, rateTable, type PerDiemSheet } from './rules';
import type { PerDiemRate } from '../domain/budget';

export { isCountryCode, parseRatesCsv, type RatesCsvResult } from './rates-csv';
export { mealReductionPercent, perDiemDay, perDiemSheet, rateTable, type PerDiemDay, type PerDiemDayFacts, type PerDiemSheet } from './rules';
export { HOME_COUNTRY, perDiemFacts } from './programme';

/** One member's per-diem sheet with what the auditor needs to follow it. */
export interface MemberPerDiem extends PerDiemSheet {
  memberId: string;
  name: string;
  journeyOut: { title: string; startLocal: string } | null;
  journeyHome: { title: string; endLocal: string | null } | null;
}

export interface PerDiemReport {
  tripId: string;
  /** Members of an outgoing trip who travel (hosts and incoming trips have none), in precedence order. */
  members: MemberPerDiem[];
}

export function perDiemReport(workspace: TripProgramme, rates: readonly PerDiemRate[], memberId?: string): PerDiemReport {
  const table = rateTable(rates);
  const names = new Map(workspace.members.map((m) => [m.id, m.name]));
  const members = perDiemFacts(workspace)
    .filter((f) => memberId === undefined || f.memberId === memberId)
    .map((f): MemberPerDiem => ({
      memberId: f.memberId,
      name: names.get(f.memberId) ?? '',
      journeyOut: f.journeyOut ? { title: f.journeyOut.title, startLocal: f.journeyOut.startLocal } : null,
      journeyHome: f.journeyHome ? { title: f.journeyHome.title, endLocal: f.journeyHome.endLocal } : null,
      ...perDiemSheet(f.days, table),
    }));
  return { tripId: workspace.trip.id, members };
}
