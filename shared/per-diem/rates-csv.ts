import Papa from 'papaparse';
import type { PerDiemRate } from '../domain/budget';
import { parseAmount } from '../money/money';

/**
 * The per-diem rates file: `country,year,amount_sek,source`, one normal amount per country and
 * year (Skatteverket publishes them yearly). Papa Parse reads the CSV (quotes, a BOM, CRLF); each
 * row is then checked, and the first bad row stops the import with its line number, so a half-read
 * file never replaces good rates. Semicolons (Swedish Excel) are accepted as the separator.
 */

/** Region codes Intl knows that are not ISO 3166 countries (groupings, unknown, reserved). */
const NOT_COUNTRIES = new Set(['ZZ', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'UK']);
let regionNames: Intl.DisplayNames | undefined;

/** Whether `code` is an assigned ISO 3166-1 alpha-2 country code (Intl's region data). */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    return regionNames.of(code) !== undefined;
  } catch {
    return false;
  }
}

export type RatesCsvProblem = 'header' | 'country' | 'year' | 'amount' | 'negative' | 'duplicate';
/** A refusal: `message` in English (the CLI); `problem`, `line` and `value` for a translated one (the app). */
export type RatesCsvResult = { ok: true; rates: PerDiemRate[] } | { ok: false; message: string; problem: RatesCsvProblem; line: number; value: string };

const refuse = (problem: RatesCsvProblem, line: number, value: string, message: string): RatesCsvResult => ({ ok: false, problem, line, value, message });

const HEADER = ['country', 'year', 'amount_sek', 'source'];

export function parseRatesCsv(text: string): RatesCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t'] });
  const rows = parsed.data;
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || HEADER.some((h, i) => header[i] !== h)) {
    return refuse('header', 1, '', `the first line must be the header ${HEADER.join(',')}`);
  }
  const rates: PerDiemRate[] = [];
  const seen = new Set<string>();
  for (let index = 1; index < rows.length; index++) {
    const line = index + 1;
    const [countryCell = '', yearCell = '', amountCell = '', source = ''] = rows[index]!.map((c) => c.trim());
    const country = countryCell.toUpperCase();
    if (!isCountryCode(country)) return refuse('country', line, countryCell.slice(0, 20), `line ${line}: unknown country code "${countryCell.slice(0, 20)}" (use ISO 3166 two-letter codes such as CN)`);
    const year = Number(yearCell);
    if (!/^\d{4}$/.test(yearCell) || year < 2000 || year > 2100) return refuse('year', line, yearCell.slice(0, 20), `line ${line}: "${yearCell.slice(0, 20)}" is not a year`);
    const amount = parseAmount(amountCell, 'SEK', 'en');
    if (!amount.ok) return refuse('amount', line, amountCell.slice(0, 20), `line ${line}: "${amountCell.slice(0, 20)}" is not an amount in kronor`);
    if (amount.minor < 0) return refuse('negative', line, amountCell.slice(0, 20), `line ${line}: the amount cannot be negative (${amountCell.slice(0, 20)})`);
    const key = `${country}:${year}`;
    if (seen.has(key)) return refuse('duplicate', line, `${country} ${year}`, `line ${line}: ${country} ${year} is listed twice`);
    seen.add(key);
    rates.push({ country, year, amountSekMinor: amount.minor, source: source.slice(0, 300) });
  }
  return { ok: true, rates };
}
