import { z } from 'zod';
import { Id, Line, LocalDate, RequiredLine } from './primitives';
import { CURRENCY_PATTERN, RATE_PATTERN, normaliseRate } from '../money/money';

/**
 * A trip's budget: where the money comes from (funding sources: a grant, the municipality's own
 * budget) and what it is spent on (cost lines). Amounts are integer minor units of their
 * currency (shared/money), with the exchange rate to SEK the line was booked at.
 */

export const CostCategory = z.enum(['travel', 'accommodation', 'per_diem', 'interpreters', 'local_transport', 'gifts', 'venue', 'other']);
export type CostCategory = z.infer<typeof CostCategory>;
export const COST_CATEGORIES = CostCategory.options;

/** Who pays a cost line: the municipality's own budget, a grant (a funding source), or the hosts. */
export const Payer = z.enum(['municipality', 'grant', 'host']);
export type Payer = z.infer<typeof Payer>;

export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .regex(CURRENCY_PATTERN, 'Use a three-letter currency code such as SEK, CNY or EUR');

/** SEK per one unit of the currency, as an exact decimal ("1.4567"); stored with a point. */
export const RateToSek = z
  .string()
  .trim()
  .regex(RATE_PATTERN, 'Write the rate as a number such as 1.4567')
  .transform(normaliseRate)
  .refine((rate) => /[1-9]/.test(rate), 'The rate must be more than zero');

/** Minor units (öre, fen); never negative: a refund is entered as a lower actual amount. */
export const MinorAmount = z
  .number()
  .int('Amounts are whole öre')
  .min(0, 'The amount cannot be negative')
  .max(Number.MAX_SAFE_INTEGER / 1_000_000, 'The amount is too large');

const sourceFields = {
  name: RequiredLine(200),
  reference: Line(200),
  amountMinor: MinorAmount,
  currency: Currency,
  rateToSek: RateToSek,
};

export const FundingSourceCreate = z.object({
  tripId: Id,
  ...sourceFields,
  reference: sourceFields.reference.default(''),
  currency: sourceFields.currency.default('SEK'),
  rateToSek: sourceFields.rateToSek.default('1'),
});
export type FundingSourceCreate = z.input<typeof FundingSourceCreate>;
export const FundingSourcePatch = z.object(sourceFields).partial();

export interface FundingSource {
  id: string;
  tripId: string;
  name: string;
  reference: string;
  amountMinor: number;
  currency: string;
  rateToSek: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

const lineFields = {
  category: CostCategory,
  description: Line(300),
  plannedMinor: MinorAmount,
  /** Null until the invoice or receipt is in. */
  actualMinor: MinorAmount.nullable(),
  currency: Currency,
  rateToSek: RateToSek,
  payer: Payer,
  /** The grant a 'grant' line is charged to. */
  fundingSourceId: Id.nullable(),
  memberId: Id.nullable(),
  itemId: Id.nullable(),
  date: LocalDate.nullable(),
};

const grantNeedsSource = (l: { payer?: Payer; fundingSourceId?: string | null }) =>
  l.payer !== 'grant' || l.fundingSourceId !== null;
const grantMessage = { message: 'Choose which grant pays this cost', path: ['fundingSourceId'] };

export const CostLineCreate = z
  .object({
    tripId: Id,
    category: lineFields.category,
    description: lineFields.description.default(''),
    plannedMinor: lineFields.plannedMinor.default(0),
    actualMinor: lineFields.actualMinor.default(null),
    currency: lineFields.currency.default('SEK'),
    rateToSek: lineFields.rateToSek.default('1'),
    payer: lineFields.payer.default('municipality'),
    fundingSourceId: lineFields.fundingSourceId.default(null),
    memberId: lineFields.memberId.default(null),
    itemId: lineFields.itemId.default(null),
    date: lineFields.date.default(null),
  })
  .refine(grantNeedsSource, grantMessage);
export type CostLineCreate = z.input<typeof CostLineCreate>;
export const CostLinePatch = z.object(lineFields).partial();

export interface CostLine {
  id: string;
  tripId: string;
  category: CostCategory;
  description: string;
  plannedMinor: number;
  actualMinor: number | null;
  currency: string;
  rateToSek: string;
  payer: Payer;
  fundingSourceId: string | null;
  memberId: string | null;
  itemId: string | null;
  date: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
}

/** Planned and actual amounts in öre (SEK minor units). Actual counts lines with an actual amount. */
export interface SekTotals {
  plannedSek: number;
  actualSek: number;
}

export type BudgetWarning =
  | { kind: 'line_over_planned'; lineId: string; category: CostCategory; description: string; plannedSek: number; actualSek: number }
  | { kind: 'category_over_planned'; category: CostCategory; plannedSek: number; actualSek: number }
  | { kind: 'source_exceeded'; sourceId: string; name: string; amountSek: number; chargedSek: number; basis: 'planned' | 'actual' };

export interface BudgetTotals {
  total: SekTotals;
  byCategory: ({ category: CostCategory } & SekTotals)[];
  /** Grant lines per source, then the municipality's and the hosts' shares (sourceId null). */
  byPayer: ({ payer: Payer; sourceId: string | null; name: string; amountSek: number | null } & SekTotals)[];
  /** Lines with a member; lines for the whole delegation are not split per member. */
  byMember: ({ memberId: string; name: string } & SekTotals)[];
}

/** The per diem the programme gives, as a cost line the budget adds (not stored; recomputed). */
export interface ComputedPerDiemLine {
  memberId: string;
  name: string;
  amountSek: number;
  /** Days in a country without a rate, or whose country is unknown: the amount leaves them out. */
  incompleteDays: number;
}

export interface TripBudget {
  tripId: string;
  sources: FundingSource[];
  lines: CostLine[];
  /** Per diem from the programme and the rates in Settings (outgoing trips; empty otherwise). */
  perDiem: ComputedPerDiemLine[];
  totals: BudgetTotals;
  warnings: BudgetWarning[];
}

export const PerDiemRate = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code (ISO 3166) such as CN'),
  year: z.number().int().min(2000, 'Year 2000 or later').max(2100, 'Year 2100 at the latest'),
  amountSekMinor: MinorAmount,
  source: Line(300).default(''),
});
export type PerDiemRate = z.output<typeof PerDiemRate>;
