import { z } from 'zod';
import type { CostCategory, CostLine, CostLineCreate, FundingSource, FundingSourceCreate, Payer } from '../../../../shared/domain/budget';
import { CURRENCY_PATTERN, formatAmount, parseAmount, RATE_PATTERN } from '../../../../shared/money/money';
import type { AppLanguage } from '../../../../shared/domain/language';

/**
 * The budget forms hold amounts and rates as the user types them ("1 234,50", "1,4567"); they
 * become integer minor units and exact rate strings only on submit (shared/money). Messages are
 * i18n keys of the budget namespace, translated where the field shows them.
 */

export interface CostLineFormValues {
  category: CostCategory;
  description: string;
  planned: string;
  actual: string;
  currency: string;
  rate: string;
  payer: Payer;
  fundingSourceId: string;
  memberId: string;
  itemId: string;
  date: string;
}

export interface SourceFormValues {
  name: string;
  reference: string;
  amount: string;
  currency: string;
  rate: string;
}

const currency = z.string().trim().toUpperCase().regex(CURRENCY_PATTERN, 'budget:form.currencyInvalid');
const rate = z
  .string()
  .trim()
  .regex(RATE_PATTERN, 'budget:form.rateInvalid')
  .refine((r) => /[1-9]/.test(r), 'budget:form.rateInvalid');

/** An amount field: empty allowed only where `optional`; checked against the currency's decimals. */
function amountIssue(text: string, currencyCode: string, optional: boolean, locale: AppLanguage): string | null {
  if (optional && text.trim() === '') return null;
  const parsed = parseAmount(text, CURRENCY_PATTERN.test(currencyCode.toUpperCase()) ? currencyCode.toUpperCase() : 'SEK', locale);
  if (!parsed.ok) return parsed.reason === 'empty' ? 'budget:form.amountRequired' : parsed.reason === 'decimals' ? 'budget:form.amountDecimals' : 'budget:form.amountInvalid';
  return parsed.minor < 0 ? 'budget:form.amountNegative' : null;
}

/** In English "1,234" is a thousand and more; in Swedish the comma is the decimal comma. */
export const costLineForm = (locale: AppLanguage) =>
  z
    .object({
      category: z.string(),
      description: z.string().max(300),
      planned: z.string(),
      actual: z.string(),
      currency,
      rate,
      payer: z.string(),
      fundingSourceId: z.string(),
      memberId: z.string(),
      itemId: z.string(),
      date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Use the date format YYYY-MM-DD'),
    })
    .superRefine((v, ctx) => {
      const planned = amountIssue(v.planned, v.currency, false, locale);
      if (planned) ctx.addIssue({ code: 'custom', path: ['planned'], message: planned });
      const actual = amountIssue(v.actual, v.currency, true, locale);
      if (actual) ctx.addIssue({ code: 'custom', path: ['actual'], message: actual });
      if (v.payer === 'grant' && !v.fundingSourceId) ctx.addIssue({ code: 'custom', path: ['fundingSourceId'], message: 'budget:form.sourceRequired' });
    });

export const sourceForm = (locale: AppLanguage) =>
  z
    .object({ name: z.string().trim().min(1, 'Required').max(200), reference: z.string().max(200), amount: z.string(), currency, rate })
    .superRefine((v, ctx) => {
      const issue = amountIssue(v.amount, v.currency, false, locale);
      if (issue) ctx.addIssue({ code: 'custom', path: ['amount'], message: issue });
    });

const minorOf = (text: string, currencyCode: string, locale: AppLanguage): number => {
  const parsed = parseAmount(text, currencyCode.trim().toUpperCase(), locale);
  return parsed.ok ? parsed.minor : 0;
};
const rateText = (r: string, locale: AppLanguage) => (locale === 'sv' ? r.replace('.', ',') : r);

export function emptyCostLineForm(): CostLineFormValues {
  return { category: 'travel', description: '', planned: '', actual: '', currency: 'SEK', rate: '1', payer: 'municipality', fundingSourceId: '', memberId: '', itemId: '', date: '' };
}

export function costLineToForm(line: CostLine, locale: AppLanguage): CostLineFormValues {
  return {
    category: line.category,
    description: line.description,
    planned: formatAmount(line.plannedMinor, line.currency, locale),
    actual: line.actualMinor === null ? '' : formatAmount(line.actualMinor, line.currency, locale),
    currency: line.currency,
    rate: rateText(line.rateToSek, locale),
    payer: line.payer,
    fundingSourceId: line.fundingSourceId ?? '',
    memberId: line.memberId ?? '',
    itemId: line.itemId ?? '',
    date: line.date ?? '',
  };
}

export function costLineFromForm(v: CostLineFormValues, locale: AppLanguage): Omit<CostLineCreate, 'tripId'> {
  const code = v.currency.trim().toUpperCase();
  return {
    category: v.category,
    description: v.description.trim(),
    plannedMinor: minorOf(v.planned, code, locale),
    actualMinor: v.actual.trim() === '' ? null : minorOf(v.actual, code, locale),
    currency: code,
    rateToSek: v.rate.trim(),
    payer: v.payer,
    fundingSourceId: v.payer === 'grant' && v.fundingSourceId ? v.fundingSourceId : null,
    memberId: v.memberId || null,
    itemId: v.itemId || null,
    date: v.date || null,
  };
}

export function emptySourceForm(): SourceFormValues {
  return { name: '', reference: '', amount: '', currency: 'SEK', rate: '1' };
}

export function sourceToForm(source: FundingSource, locale: AppLanguage): SourceFormValues {
  return {
    name: source.name,
    reference: source.reference,
    amount: formatAmount(source.amountMinor, source.currency, locale),
    currency: source.currency,
    rate: rateText(source.rateToSek, locale),
  };
}

export function sourceFromForm(v: SourceFormValues, locale: AppLanguage): Omit<FundingSourceCreate, 'tripId'> {
  const code = v.currency.trim().toUpperCase();
  return { name: v.name.trim(), reference: v.reference.trim(), amountMinor: minorOf(v.amount, code, locale), currency: code, rateToSek: v.rate.trim() };
}
