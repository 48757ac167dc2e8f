import { useTranslation } from 'react-i18next';
import type { BudgetWarning, TripBudget } from '../../../../shared/domain/budget';
import { formatAmount, formatMoney } from '../../../../shared/money/money';
import type { AppLanguage } from '../../../../shared/domain/language';

/** The totals of the budget screen: per category, per payer (grants with their amounts), per member. */
export function TotalsTables({ budget, locale }: { budget: TripBudget; locale: AppLanguage }) {
  const { t } = useTranslation('budget');
  const sek = (minor: number) => formatAmount(minor, 'SEK', locale);
  const categories = budget.totals.byCategory.filter((c) => c.plannedSek || c.actualSek);
  const payers = budget.totals.byPayer.filter((p) => p.sourceId || p.plannedSek || p.actualSek);
  return (
    <section className="budget-section" aria-labelledby="budget-totals">
      <h2 id="budget-totals" className="budget-section-title">
        {t('totals.heading')}
      </h2>
      <div className="budget-totals">
        <table className="data-table budget-table" data-testid="budget-totals">
          <thead>
            <tr>
              <th scope="col">{t('totals.category')}</th>
              <th scope="col" className="numeric">{t('totals.planned')}</th>
              <th scope="col" className="numeric">{t('totals.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {categories.map((c) => (
              <tr key={c.category} className={c.actualSek > c.plannedSek ? 'budget-over' : undefined}>
                <th scope="row">{t(`categories.${c.category}`)}</th>
                <td className="numeric">{sek(c.plannedSek)}</td>
                <td className="numeric">{sek(c.actualSek)}</td>
              </tr>
            ))}
            <tr className="budget-total-row">
              <th scope="row">{t('totals.total')}</th>
              <td className="numeric">{sek(budget.totals.total.plannedSek)}</td>
              <td className="numeric">{sek(budget.totals.total.actualSek)}</td>
            </tr>
          </tbody>
        </table>
        <table className="data-table budget-table" data-testid="budget-payers">
          <thead>
            <tr>
              <th scope="col">{t('totals.bySource')}</th>
              <th scope="col" className="numeric">{t('totals.amount')}</th>
              <th scope="col" className="numeric">{t('totals.planned')}</th>
              <th scope="col" className="numeric">{t('totals.actual')}</th>
            </tr>
          </thead>
          <tbody>
            {payers.map((p) => (
              <tr key={p.sourceId ?? p.payer} className={p.amountSek !== null && Math.max(p.plannedSek, p.actualSek) > p.amountSek ? 'budget-over' : undefined}>
                <th scope="row">{p.sourceId ? p.name : t(`payers.${p.payer}`)}</th>
                <td className="numeric">{p.amountSek === null ? '' : sek(p.amountSek)}</td>
                <td className="numeric">{sek(p.plannedSek)}</td>
                <td className="numeric">{sek(p.actualSek)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {budget.totals.byMember.length > 0 ? (
          <table className="data-table budget-table" data-testid="budget-members">
            <thead>
              <tr>
                <th scope="col">{t('totals.byMember')}</th>
                <th scope="col" className="numeric">{t('totals.planned')}</th>
                <th scope="col" className="numeric">{t('totals.actual')}</th>
              </tr>
            </thead>
            <tbody>
              {budget.totals.byMember.map((m) => (
                <tr key={m.memberId}>
                  <th scope="row">{m.name}</th>
                  <td className="numeric">{sek(m.plannedSek)}</td>
                  <td className="numeric">{sek(m.actualSek)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}

export function BudgetWarnings({ warnings, locale }: { warnings: readonly BudgetWarning[]; locale: AppLanguage }) {
  const { t } = useTranslation('budget');
  if (warnings.length === 0) return null;
  const sek = (minor: number) => formatMoney(minor, 'SEK', locale);
  return (
    <section className="budget-warnings" aria-labelledby="budget-warnings" role="status">
      <h2 id="budget-warnings" className="budget-section-title">
        {t('warnings.heading')}
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={w.kind + ('lineId' in w ? w.lineId : 'sourceId' in w ? w.sourceId : w.category)} data-testid="budget-warning">
            {w.kind === 'source_exceeded'
              ? t('warnings.sourceOver', { name: w.name, charged: sek(w.chargedSek), amount: sek(w.amountSek), basis: t(w.basis === 'actual' ? 'warnings.basisActual' : 'warnings.basisPlanned') })
              : t(w.kind === 'line_over_planned' ? 'warnings.lineOver' : 'warnings.categoryOver', {
                  what: w.kind === 'line_over_planned' && w.description ? w.description : t(`categories.${w.category}`),
                  actual: sek(w.actualSek),
                  planned: sek(w.plannedSek),
                })}
          </li>
        ))}
      </ul>
    </section>
  );
}
