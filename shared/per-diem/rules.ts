/**
 * Swedish foreign per diem (utlandstraktamente) for one member, day by day, from the facts of each
 * day (programme.ts derives them from the programme). Pure and deterministic.
 *
 * - The departure day is a whole day when the journey starts before 12:00, the return day when it
 *   ends after 19:00 (19:00 itself is not after); otherwise each is half a day. A journey that
 *   leaves and comes back the same day counts whole only if both hold.
 * - The day's amount is the normal amount (rate) of the day's country for the day's year, from the
 *   user's rates table. No rate for that country and year: the day says so and adds nothing (never
 *   a guess from another year or country).
 * - Meals provided free reduce the day's amount (Skatteverket's rule for foreign trips): breakfast
 *   15 %, lunch or dinner 35 %, lunch and dinner 70 %, all three 85 %; so breakfast with one main
 *   meal is 50 %. Our choice, stated on the sheet: the percentage applies to the day's own amount
 *   (half of it on a half day), so a reduction never exceeds what the day gives.
 * Amounts are öre; a half day or a reduction that leaves half an öre rounds up.
 */

export interface MealsProvided {
  breakfast: boolean;
  lunch: boolean;
  dinner: boolean;
}

export interface PerDiemDayFacts {
  date: string;
  /** ISO 3166 alpha-2 code of where the member spent the longest time between 06:00 and 24:00. */
  country: string | null;
  /** When the country is null: the place whose country is not known (for the message). */
  unknownPlace: string | null;
  /** Minutes per country (or "?" for an unknown one) between 06:00 and 24:00: the basis shown. */
  minutes: Readonly<Record<string, number>>;
  /** 'departure' and 'return' are whole or half by the clock; 'both' is a day trip. */
  position: 'departure' | 'return' | 'both' | 'between';
  /** Local time the journey out starts (departure days) and the journey home ends (return days), HH:mm. */
  departureTime: string | null;
  returnTime: string | null;
  meals: MealsProvided;
}

export type PerDiemProblem = 'no_rate' | 'unknown_country';

export interface PerDiemDay extends PerDiemDayFacts {
  whole: boolean;
  reductionPercent: number;
  /** The normal amount used, öre; null when there is none. */
  rateSek: number | null;
  /** What the day gives, öre; null with a problem. */
  amountSek: number | null;
  problem: PerDiemProblem | null;
}

export interface PerDiemRateTable {
  /** Normal amount in öre for a country (alpha-2) and year, or undefined. */
  rate(country: string, year: number): number | undefined;
}

export function rateTable(rates: readonly { country: string; year: number; amountSekMinor: number }[]): PerDiemRateTable {
  const byKey = new Map(rates.map((r) => [`${r.country}:${r.year}`, r.amountSekMinor]));
  return { rate: (country, year) => byKey.get(`${country}:${year}`) };
}

export const DEPARTURE_WHOLE_BEFORE = '12:00';
export const RETURN_WHOLE_AFTER = '19:00';

export function mealReductionPercent(meals: MealsProvided): number {
  const main = Number(meals.lunch) + Number(meals.dinner);
  if (meals.breakfast && main === 2) return 85;
  return (meals.breakfast ? 15 : 0) + main * 35;
}

export function isWholeDay(facts: Pick<PerDiemDayFacts, 'position' | 'departureTime' | 'returnTime'>): boolean {
  // No journey time in the programme: the day is whole (a half day needs a time to justify it).
  const leavesEarly = facts.departureTime === null || facts.departureTime < DEPARTURE_WHOLE_BEFORE;
  const comesLate = facts.returnTime === null || facts.returnTime > RETURN_WHOLE_AFTER;
  switch (facts.position) {
    case 'departure':
      return leavesEarly;
    case 'return':
      return comesLate;
    case 'both':
      return leavesEarly && comesLate;
    case 'between':
      return true;
  }
}

export function perDiemDay(facts: PerDiemDayFacts, rates: PerDiemRateTable): PerDiemDay {
  const whole = isWholeDay(facts);
  const reductionPercent = mealReductionPercent(facts.meals);
  if (facts.country === null) return { ...facts, whole, reductionPercent, rateSek: null, amountSek: null, problem: 'unknown_country' };
  const rateSek = rates.rate(facts.country, Number(facts.date.slice(0, 4))) ?? null;
  if (rateSek === null) return { ...facts, whole, reductionPercent, rateSek, amountSek: null, problem: 'no_rate' };
  // rate × (1 or ½) × (100 − reduction) %, in integers: rate × (100 − r) / (100 or 200), half up.
  const denominator = whole ? 100 : 200;
  const amountSek = Math.floor((rateSek * (100 - reductionPercent) * 2 + denominator) / (denominator * 2));
  return { ...facts, whole, reductionPercent, rateSek, amountSek, problem: null };
}

export interface PerDiemSheet {
  days: PerDiemDay[];
  /** Öre; the days with a problem add nothing. */
  totalSek: number;
  incompleteDays: number;
}

export function perDiemSheet(days: readonly PerDiemDayFacts[], rates: PerDiemRateTable): PerDiemSheet {
  const computed = days.map((d) => perDiemDay(d, rates));
  let totalSek = 0;
  for (const d of computed) totalSek += d.amountSek ?? 0;
  return { days: computed, totalSek, incompleteDays: computed.filter((d) => d.problem !== null).length };
}
