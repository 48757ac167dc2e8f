import { formatAmount, parseAmount } from './money';
import type { AppLanguage } from '../domain/language';

/**
 * Kronor as people type them in a single field ("1 234,50", "1234.5", "500 kr", "1'234") to öre,
 * and back — the gift register's values and the gift policy's limit. Built on the money module so
 * there is one reading of a typed amount; what this adds is the "kr"/"SEK" suffix, the apostrophe
 * as thousands separator, and no negatives (a gift is never worth less than nothing).
 */
export type ParsedSek = { ok: true; ore: number } | { ok: false };

const SUFFIX = /\s*(kr|sek|:-)\.?$/i;

export function parseSek(text: string): ParsedSek {
  const compact = text.trim().replace(SUFFIX, '').replace(/'/g, '');
  if (/^[-−–]/.test(compact)) return { ok: false };
  const parsed = parseAmount(compact, 'SEK', 'sv');
  return parsed.ok ? { ok: true, ore: parsed.minor } : { ok: false };
}

/** "1 234,50 kr" (sv) / "SEK 1,234.50" (en); whole kronor without decimals ("500 kr"). */
export function formatSek(ore: number, lang: AppLanguage = 'sv'): string {
  const amount = formatAmount(ore, 'SEK', lang);
  const shown = ore % 100 === 0 ? amount.slice(0, -3) : amount;
  return lang === 'sv' ? `${shown} kr` : `SEK ${shown}`;
}

/** For CSV cells a finance system reads: no grouping, always two decimals, decimal comma in Swedish. */
export function plainSek(ore: number, lang: AppLanguage = 'sv'): string {
  return formatAmount(ore, 'SEK', lang, { grouping: false });
}
