import type { Trip } from '../domain/trip';
import { CITIES } from '../places/table';
import { foldName } from '../text/fold';

/**
 * What a destination asks of a visitor's passport and visa: a small table the Checks screen shows
 * as it is ("What is checked"), so the user can see which rule a finding applied. Data, not code:
 * a new destination rule is one more row.
 *
 * Hazard: these are planning reminders, not legal advice; the rules are the common ones for the
 * countries our delegations travel between, and an embassy's word wins.
 */

/** The day a passport's validity is counted from. */
export type PassportMeasuredFrom =
  /** The day the member leaves the destination's area (their journey home leaves). */
  | 'departure'
  /** The day the member enters the destination (their journey in lands). */
  | 'entry'
  /** The day the member is home again (their journey home lands). */
  | 'return';

export type EntryArea = 'schengen' | 'china' | 'other';

export interface EntryRule {
  area: EntryArea;
  /** ISO 3166-1 alpha-2 codes of the countries the rule covers (empty for the default). */
  countries: readonly string[];
  /** Months the passport must stay valid after `from`; null: the `passportValidityMonths` setting. */
  passportMonths: number | null;
  from: PassportMeasuredFrom;
  /**
   * Visitors from abroad need a visa here unless marked "not required": a status left at Unknown
   * is a finding. Only asked of an incoming trip's visitors (our own members' visas follow their
   * status and the `visaRequiredCountries` setting, as before).
   */
  visaForVisitors: boolean;
}

/** The Schengen area (2025): Sweden and the 28 countries one visa covers with it. */
export const SCHENGEN_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'CH', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IS',
  'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

export const ENTRY_RULES: readonly EntryRule[] = [
  // Schengen Borders Code: valid at least 3 months after the intended departure from the area.
  { area: 'schengen', countries: SCHENGEN_COUNTRIES, passportMonths: 3, from: 'departure', visaForVisitors: true },
  // China: valid at least 6 months beyond the date of entry. (We never host in China, so the
  // visitors' visa rule would never run: our own members' visas follow their status, as before.)
  { area: 'china', countries: ['CN'], passportMonths: 6, from: 'entry', visaForVisitors: false },
];

/** Every other destination (or one whose country is unknown): N months after the return home. */
export const DEFAULT_ENTRY_RULE: EntryRule = { area: 'other', countries: [], passportMonths: null, from: 'return', visaForVisitors: false };

/**
 * The rules of the trip's destinations, one per area, in the trip's order: a destination's country
 * as entered, else the country of a known city of that name (shared/places), else the default.
 * A trip with no destinations gets the default.
 */
export function entryRulesOf(trip: Pick<Trip, 'destinations'>): EntryRule[] {
  const rules: EntryRule[] = [];
  for (const d of trip.destinations) {
    const rule = ruleOfCountry(d.country || countryOfCity(d.city));
    if (!rules.includes(rule)) rules.push(rule);
  }
  return rules.length ? rules : [DEFAULT_ENTRY_RULE];
}

/**
 * The rules a member's passport is measured by: the destinations' rules; for an outgoing trip
 * also the default (the `passportValidityMonths` setting after the return home), our own
 * delegation's line as it always was, so a destination's rule only ever adds to it.
 */
export function passportRulesOf(trip: Pick<Trip, 'destinations' | 'direction'>): EntryRule[] {
  const rules = entryRulesOf(trip);
  if (trip.direction === 'outgoing' && !rules.includes(DEFAULT_ENTRY_RULE)) rules.push(DEFAULT_ENTRY_RULE);
  return rules;
}

export function ruleOfCountry(country: string): EntryRule {
  const code = country.trim().toUpperCase();
  return ENTRY_RULES.find((r) => r.countries.includes(code)) ?? DEFAULT_ENTRY_RULE;
}

function countryOfCity(city: string): string {
  const key = foldName(city);
  if (!key) return '';
  const entry = CITIES.find((c) => [c.name, ...(c.also ?? []), ...(c.native ? [c.native] : [])].some((n) => foldName(n) === key));
  return entry?.country ?? '';
}
