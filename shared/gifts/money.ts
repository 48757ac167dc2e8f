/**
 * Kronor as typed by Swedish users ("1 234,50", "1234.5", "500 kr") to öre, and back. Integers
 * only: a value is never a float, so sums and comparisons with the gift policy's limit are exact.
 */
export type ParsedSek = { ok: true; ore: number } | { ok: false };

// Space, no-break space, narrow no-break space and apostrophe as thousands separators.
const GROUPING = /[\s\u00a0\u202f']/g;
const AMOUNT = /^(\d+)(?:[.,](\d{1,2}))?$/;

export function parseSek(text: string): ParsedSek {
  const compact = text.trim().replace(/\s*(kr|sek|:-)\.?$/i, '').replace(GROUPING, '');
  const match = AMOUNT.exec(compact);
  if (!match) return { ok: false };
  const kronor = Number(match[1]);
  const ore = Number((match[2] ?? '').padEnd(2, '0'));
  const total = kronor * 100 + ore;
  return Number.isSafeInteger(total) ? { ok: true, ore: total } : { ok: false };
}

/** "1 234,50 kr" (sv) / "SEK 1,234.50" (en); whole kronor without decimals ("500 kr"). */
export function formatSek(ore: number, lang: 'sv' | 'en' = 'sv'): string {
  const kronor = Math.trunc(ore / 100);
  const rest = ore % 100;
  const grouped = kronor.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const decimals = rest ? `${lang === 'sv' ? ',' : '.'}${String(rest).padStart(2, '0')}` : '';
  return lang === 'sv' ? `${grouped}${decimals} kr` : `SEK ${grouped}${decimals}`;
}

/** For CSV cells a finance system reads: no grouping, always two decimals, decimal comma in Swedish. */
export function plainSek(ore: number, lang: 'sv' | 'en' = 'sv'): string {
  const text = `${Math.trunc(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
  return lang === 'sv' ? text.replace('.', ',') : text;
}
