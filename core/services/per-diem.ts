import type Database from 'better-sqlite3';
import type { ComputedPerDiemLine, PerDiemRate, TripBudget } from '../../shared/domain/budget';
import { budgetTotals } from '../../shared/budget/totals';
import { perDiemReport, perDiemTotals, type PerDiemProgramme, type PerDiemReport } from '../../shared/per-diem';
import { prepared } from '../db/statements';
import { listCostLines, listFundingSources } from './budget';
import { now } from './clock';
import { getPerDiemProgramme } from './workspace';
import { ServiceError } from './errors';
import { isCountryCode } from '../../shared/per-diem/rates-csv';

/** The per-diem rates table (Settings) and the budget with its per diem from the programme. */

type RateRow = { country: string; year: number; amount_sek_minor: number; source: string };

export function listRates(db: Database.Database): PerDiemRate[] {
  return (prepared(db, 'SELECT country, year, amount_sek_minor, source FROM per_diem_rates ORDER BY year DESC, country').all() as RateRow[]).map(
    (r) => ({ country: r.country, year: r.year, amountSekMinor: r.amount_sek_minor, source: r.source }),
  );
}

/** Add or replace rates (a country and year has one normal amount). */
export function saveRates(db: Database.Database, rates: readonly PerDiemRate[]): PerDiemRate[] {
  const upsert = prepared(
    db,
    `INSERT INTO per_diem_rates (country, year, amount_sek_minor, source, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (country, year) DO UPDATE SET amount_sek_minor = excluded.amount_sek_minor, source = excluded.source, updated_at = excluded.updated_at`,
  );
  const stamp = now();
  for (const r of rates) {
    if (!isCountryCode(r.country)) throw new ServiceError('invalid_input', `Unknown country code: ${r.country}`, [{ path: ['country'], message: 'Unknown country code' }]);
    upsert.run(r.country, r.year, r.amountSekMinor, r.source, stamp);
  }
  return listRates(db);
}

export function deleteRate(db: Database.Database, country: string, year: number): PerDiemRate[] {
  prepared(db, 'DELETE FROM per_diem_rates WHERE country = ? AND year = ?').run(country, year);
  return listRates(db);
}

export function tripPerDiem(db: Database.Database, tripId: string, memberId?: string, rates = listRates(db)): PerDiemReport {
  return perDiemReport(getPerDiemProgramme(db, tripId), rates, memberId);
}

/** `programme`: the caller's copy when it has the trip loaded already (a document of the whole workspace). */
export function getBudget(db: Database.Database, tripId: string, programme: PerDiemProgramme = getPerDiemProgramme(db, tripId)): TripBudget {
  const sources = listFundingSources(db, tripId);
  const lines = listCostLines(db, tripId);
  const perDiem: ComputedPerDiemLine[] = perDiemTotals(programme, listRates(db)).map((m) => ({
    memberId: m.memberId,
    name: m.name,
    amountSek: m.totalSek,
    incompleteDays: m.incompleteDays,
  }));
  const { totals, warnings } = budgetTotals({ sources, lines, perDiem, members: programme.members });
  return { tripId, sources, lines, perDiem, totals, warnings };
}
