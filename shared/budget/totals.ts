import {
  COST_CATEGORIES,
  type BudgetTotals,
  type BudgetWarning,
  type ComputedPerDiemLine,
  type CostLine,
  type FundingSource,
  type SekTotals,
} from '../domain/budget';
import { sumMinor, toSekMinor } from '../money/money';

/**
 * Totals of a budget in öre (SEK minor units), and the warnings a planner must see: a line or a
 * category whose actual exceeds what was planned, a grant charged more than its amount. Pure.
 *
 * Each line is converted at its own rate, once, then summed exactly (integers): the total is the
 * sum of what the lines show. The per diem computed from the programme counts as the planned
 * per diem of a member who has no per-diem line of their own (a line entered by hand, e.g. the
 * amount actually paid out, replaces the computation rather than being counted twice); it is
 * paid by the municipality.
 */
export interface BudgetInput {
  sources: readonly FundingSource[];
  lines: readonly CostLine[];
  perDiem: readonly ComputedPerDiemLine[];
  members: readonly { id: string; name: string }[];
}

interface SekLine {
  line: CostLine | null;
  category: CostLine['category'];
  payer: CostLine['payer'];
  sourceId: string | null;
  memberId: string | null;
  plannedSek: number;
  /** Null until the actual amount is known. */
  actualSek: number | null;
}

export function sekLines(input: BudgetInput): SekLine[] {
  const stored = input.lines.map(
    (line): SekLine => ({
      line,
      category: line.category,
      payer: line.payer,
      sourceId: line.payer === 'grant' ? line.fundingSourceId : null,
      memberId: line.memberId,
      plannedSek: toSekMinor(line.plannedMinor, line.currency, line.rateToSek),
      actualSek: line.actualMinor === null ? null : toSekMinor(line.actualMinor, line.currency, line.rateToSek),
    }),
  );
  const withOwnLine = new Set(input.lines.filter((l) => l.category === 'per_diem' && l.memberId).map((l) => l.memberId));
  const computed = input.perDiem
    // Nothing computed (no rates yet) is no line: it would list every member at 0 kr.
    .filter((p) => !withOwnLine.has(p.memberId) && p.amountSek > 0)
    .map(
      (p): SekLine => ({ line: null, category: 'per_diem', payer: 'municipality', sourceId: null, memberId: p.memberId, plannedSek: p.amountSek, actualSek: null }),
    );
  return [...stored, ...computed];
}

const totalsOf = (lines: readonly SekLine[]): SekTotals => ({
  plannedSek: sumMinor(lines.map((l) => l.plannedSek)),
  actualSek: sumMinor(lines.map((l) => l.actualSek ?? 0)),
});

/** The lines of each key, in their order: one pass, where a filter per key would scan every line for each. */
function groupBy<K>(lines: readonly SekLine[], key: (line: SekLine) => K): Map<K, SekLine[]> {
  const groups = new Map<K, SekLine[]>();
  for (const line of lines) {
    const k = key(line);
    const group = groups.get(k);
    if (group) group.push(line);
    else groups.set(k, [line]);
  }
  return groups;
}

export function budgetTotals(input: BudgetInput): { totals: BudgetTotals; warnings: BudgetWarning[] } {
  const lines = sekLines(input);
  // Grouped once: sixty members and a few hundred lines made the per-key filters most of the cost.
  const totalsIn = <K>(groups: Map<K, SekLine[]>, key: K) => totalsOf(groups.get(key) ?? []);
  const ofCategory = groupBy(lines, (l) => l.category);
  const ofSource = groupBy(lines, (l) => l.sourceId);
  const ofPayer = groupBy(lines, (l) => l.payer);
  const ofMember = groupBy(lines, (l) => l.memberId);
  const byCategory = COST_CATEGORIES.map((category) => ({ category, ...totalsIn(ofCategory, category) }));
  const sourceAmount = (s: FundingSource) => toSekMinor(s.amountMinor, s.currency, s.rateToSek);
  const byPayer: BudgetTotals['byPayer'] = [
    ...input.sources.map((s) => ({
      payer: 'grant' as const,
      sourceId: s.id,
      name: s.name,
      amountSek: sourceAmount(s),
      ...totalsIn(ofSource, s.id),
    })),
    ...(['municipality', 'host'] as const).map((payer) => ({
      payer,
      sourceId: null,
      name: payer,
      amountSek: null,
      ...totalsIn(ofPayer, payer),
    })),
  ];
  const byMember = input.members
    .filter((m) => ofMember.has(m.id))
    .map((m) => ({ memberId: m.id, name: m.name, ...totalsIn(ofMember, m.id) }));

  const warnings: BudgetWarning[] = [];
  for (const l of lines) {
    if (l.line && l.actualSek !== null && l.actualSek > l.plannedSek) {
      warnings.push({ kind: 'line_over_planned', lineId: l.line.id, category: l.category, description: l.line.description, plannedSek: l.plannedSek, actualSek: l.actualSek });
    }
  }
  for (const c of byCategory) {
    if (c.actualSek > c.plannedSek) warnings.push({ kind: 'category_over_planned', ...c });
  }
  for (const p of byPayer) {
    if (p.sourceId === null || p.amountSek === null) continue;
    const basis = p.actualSek > p.amountSek ? 'actual' : p.plannedSek > p.amountSek ? 'planned' : null;
    if (basis) {
      warnings.push({ kind: 'source_exceeded', sourceId: p.sourceId, name: p.name, amountSek: p.amountSek, chargedSek: basis === 'actual' ? p.actualSek : p.plannedSek, basis });
    }
  }
  return { totals: { total: totalsOf(lines), byCategory, byPayer, byMember }, warnings };
}
