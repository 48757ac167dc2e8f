import { perDiemFacts, type PerDiemProgramme } from './programme';
import { perDiemSheet, rateTable, type PerDiemDayFacts, type PerDiemSheet } from './rules';
import type { PerDiemRate } from '../domain/budget';

export { isCountryCode, parseRatesCsv, type RatesCsvResult } from './rates-csv';
export { mealReductionPercent, perDiemDay, perDiemSheet, rateTable, type PerDiemDay, type PerDiemDayFacts, type PerDiemSheet } from './rules';
export { HOME_COUNTRY, perDiemFacts, type PerDiemItem, type PerDiemMember, type PerDiemProgramme } from './programme';

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

export function perDiemReport(workspace: PerDiemProgramme, rates: readonly PerDiemRate[], memberId?: string): PerDiemReport {
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

/** What the budget needs of each travelling member's sheet (its per-diem lines): the report without the days. */
export interface MemberPerDiemTotal {
  memberId: string;
  name: string;
  totalSek: number;
  incompleteDays: number;
}

/**
 * perDiemReport's totals, in its order. Members who attend the same items share their days
 * (perDiemFacts), so each distinct set of days is priced once: sixty members in a few classes
 * cost a few sheets, where the report builds every member's days of their own.
 */
export function perDiemTotals(workspace: PerDiemProgramme, rates: readonly PerDiemRate[]): MemberPerDiemTotal[] {
  const table = rateTable(rates);
  const names = new Map(workspace.members.map((m) => [m.id, m.name]));
  const sheets = new Map<readonly PerDiemDayFacts[], PerDiemSheet>();
  return perDiemFacts(workspace).map((f) => {
    let sheet = sheets.get(f.days);
    if (!sheet) sheets.set(f.days, (sheet = perDiemSheet(f.days, table)));
    return { memberId: f.memberId, name: names.get(f.memberId) ?? '', totalSek: sheet.totalSek, incompleteDays: sheet.incompleteDays };
  });
}
