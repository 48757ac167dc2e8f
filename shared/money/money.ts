import type { AppLanguage } from '../domain/language';
/**
 * Money as integer minor units (öre, fen, cent) with its currency: sums of integers are exact,
 * where sums of floating-point kronor drift ("0.1 + 0.2"). Amounts stay within
 * Number.MAX_SAFE_INTEGER minor units (90 trillion kronor), checked wherever they are summed.
 *
 * Exchange rates are exact decimal strings ("1.4567": SEK per one unit of the currency) and the
 * conversion multiplies in BigInt, rounding half away from zero once per converted amount, so
 * the same line always converts to the same öre on every machine.
 */

/** ISO 4217 currencies a delegation meets that have no minor unit; every other one has two. */
const NO_MINOR_UNIT = new Set(['JPY', 'KRW', 'ISK', 'VND', 'CLP']);

export function minorDigits(currency: string): number {
  return NO_MINOR_UNIT.has(currency.toUpperCase()) ? 0 : 2;
}

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;
/** A rate: up to 9 integer digits and 8 decimals, point or comma ("1.4567", "0,0712"). */
export const RATE_PATTERN = /^\d{1,9}([.,]\d{1,8})?$/;

export type ParsedAmount = { ok: true; minor: number } | { ok: false; reason: 'empty' | 'format' | 'decimals' | 'too_large' };

/**
 * "1 234,50", "1234.50", "1,234.50", "1.234,50", "-12" → minor units. Spaces (also no-break and
 * thin spaces) group thousands. When both a comma and a point appear, the last one is the decimal
 * separator; a lone comma is the Swedish decimal comma — except in English, where "1,234" groups
 * thousands (three digits after every comma), as an English user means it.
 */
export function parseAmount(text: string, currency = 'SEK', locale: AppLanguage = 'sv'): ParsedAmount {
  let s = text.replace(/[\s\u00a0\u202f\u2009]/g, '').replace(/[−–]/g, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'format' };
  const lastComma = s.lastIndexOf(',');
  const lastPoint = s.lastIndexOf('.');
  let decimal: ',' | '.' | null = null;
  if (lastComma >= 0 && lastPoint >= 0) decimal = lastComma > lastPoint ? ',' : '.';
  else if (lastComma >= 0) decimal = locale === 'en' && /^\d{1,3}(,\d{3})+$/.test(s) ? null : ',';
  else if (lastPoint >= 0) decimal = '.';
  const group = decimal === ',' ? '.' : ',';
  let whole = s;
  let fraction = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    whole = s.slice(0, at);
    fraction = s.slice(at + 1);
    if (whole.includes(decimal) || fraction.includes(group)) return { ok: false, reason: 'format' };
  }
  if (whole.includes(group) && !new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(whole)) return { ok: false, reason: 'format' };
  whole = whole.split(group).join('');
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { ok: false, reason: 'format' };
  const digits = minorDigits(currency);
  if (fraction.length > digits) return { ok: false, reason: 'decimals' };
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, reason: 'too_large' };
  const value = Number(minor);
  return { ok: true, minor: negative && value !== 0 ? -value : value };
}

/**
 * Minor units as text: "1 234,50" in Swedish (a no-break space groups thousands, so an amount
 * never wraps), "1,234.50" in English. Always with every decimal, so parseAmount reads it back.
 */
export function formatAmount(minor: number, currency = 'SEK', locale: AppLanguage = 'sv', options: { grouping?: boolean } = {}): string {
  assertSafe(minor);
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  const groupSeparator = options.grouping === false ? '' : locale === 'sv' ? '\u00a0' : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator);
  const decimal = locale === 'sv' ? ',' : '.';
  return `${negative ? '-' : ''}${grouped}${digits > 0 ? decimal + fraction : ''}`;
}

/** "1 234,50 SEK" / "SEK 1,234.50". */
export function formatMoney(minor: number, currency: string, locale: AppLanguage): string {
  const amount = formatAmount(minor, currency, locale);
  return locale === 'sv' ? `${amount}\u00a0${currency}` : `${currency}\u00a0${amount}`;
}

/** The exact sum of minor amounts; throws rather than lose precision beyond safe integers. */
export function sumMinor(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) {
    assertSafe(amount);
    total += amount;
    assertSafe(total);
  }
  return total;
}

/**
 * `minor` units of `currency` in öre, at `rate` SEK per unit ("1.4567"). Scaled integers in
 * BigInt: minor × rate × 10^(2 − currency digits), rounded half away from zero.
 */
export function toSekMinor(minor: number, currency: string, rate: string): number {
  assertSafe(minor);
  if (!RATE_PATTERN.test(rate)) throw new RangeError(`Not an exchange rate: ${rate.slice(0, 30)}`);
  const [whole, fraction = ''] = rate.replace(',', '.').split('.') as [string, string?];
  const numerator = BigInt(whole + fraction) * BigInt(minor) * 10n ** BigInt(2);
  const denominator = 10n ** BigInt(fraction.length + minorDigits(currency));
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  const result = Number(negative ? -rounded : rounded);
  assertSafe(result);
  return result;
}

/** A rate as stored: point as decimal separator, no superfluous zeros ("1,50" → "1.5"). */
export function normaliseRate(rate: string): string {
  const [whole, fraction = ''] = rate.trim().replace(',', '.').split('.') as [string, string?];
  const trimmedFraction = fraction.replace(/0+$/, '');
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '');
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

function assertSafe(value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError('Amount too large to count exactly');
}
