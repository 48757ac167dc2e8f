import { budgetLabels } from '../budget/labels';
import type { TripBudget } from '../domain/budget';
import { formatAmount } from '../money/money';
import type { AppLanguage } from '../domain/language';

const WORDS = {
  sv: { heading: 'Budget', planned: 'Planerat SEK', actual: 'Utfall SEK', amount: 'Beviljat SEK', total: 'Totalt', category: 'Kategori', payer: 'Betalas av', perDiem: 'varav traktamente enligt programmet', warnings: 'Varningar', over: 'mer än planerat', exceeded: 'mer än beviljat' },
  en: { heading: 'Budget', planned: 'Planned SEK', actual: 'Actual SEK', amount: 'Granted SEK', total: 'Total', category: 'Category', payer: 'Paid by', perDiem: 'of which per diem from the programme', warnings: 'Warnings', over: 'more than planned', exceeded: 'more than granted' },
} as const;

/**
 * The budget's totals as a document section: planned vs actual per category and per payer (each
 * grant beside its amount) in SEK, and the warnings. Self-contained (its own words in Swedish and
 * English, only the document stylesheet's generic table rules), so the briefing and the post-trip
 * report can both place it.
 */
/** `headingClassName`: the heading style of the document it sits in (the report's section titles). */
export function BudgetSummary({ budget, lang, headingClassName }: { budget: TripBudget; lang: AppLanguage; headingClassName?: string }) {
  const w = WORDS[lang];
  const l = budgetLabels[lang];
  const sek = (minor: number) => formatAmount(minor, 'SEK', lang);
  const perDiem = budget.perDiem.reduce((sum, p) => sum + p.amountSek, 0);
  const categories = budget.totals.byCategory.filter((c) => c.plannedSek || c.actualSek);
  const payers = budget.totals.byPayer.filter((p) => p.sourceId || p.plannedSek || p.actualSek);
  return (
    <section className="budget-summary">
      <h2 className={headingClassName}>{w.heading}</h2>
      <table className="budget-summary-table">
        <thead>
          <tr>
            <th>{w.category}</th>
            <th className="amount">{w.planned}</th>
            <th className="amount">{w.actual}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.category}>
              <td>{l.categories[c.category]}</td>
              <td className="amount">{sek(c.plannedSek)}</td>
              <td className="amount">{sek(c.actualSek)}</td>
            </tr>
          ))}
          <tr className="total">
            <td>{w.total}</td>
            <td className="amount">{sek(budget.totals.total.plannedSek)}</td>
            <td className="amount">{sek(budget.totals.total.actualSek)}</td>
          </tr>
        </tbody>
      </table>
      {perDiem > 0 ? (
        <p className="budget-summary-note">
          {w.perDiem}: {sek(perDiem)} SEK
        </p>
      ) : null}
      {payers.length > 0 ? (
        <table className="budget-summary-table">
          <thead>
            <tr>
              <th>{w.payer}</th>
              <th className="amount">{w.amount}</th>
              <th className="amount">{w.planned}</th>
              <th className="amount">{w.actual}</th>
            </tr>
          </thead>
          <tbody>
            {payers.map((p) => (
              <tr key={p.sourceId ?? p.payer}>
                <td>{p.sourceId ? p.name : l.payers[p.payer]}</td>
                <td className="amount">{p.amountSek === null ? '' : sek(p.amountSek)}</td>
                <td className="amount">{sek(p.plannedSek)}</td>
                <td className="amount">{sek(p.actualSek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {budget.warnings.length > 0 ? (
        <ul className="plain-list budget-summary-warnings">
          {budget.warnings.map((warning, index) => (
            <li key={index}>
              <strong>{w.warnings}:</strong>{' '}
              {warning.kind === 'source_exceeded'
                ? `${warning.name}: ${sek(warning.chargedSek)} SEK, ${w.exceeded} (${sek(warning.amountSek)} SEK)`
                : `${warning.kind === 'line_over_planned' && warning.description ? warning.description : l.categories[warning.category]}: ${sek(warning.actualSek)} SEK, ${w.over} (${sek(warning.plannedSek)} SEK)`}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
