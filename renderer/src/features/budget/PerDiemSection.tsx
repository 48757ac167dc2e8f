import { useTranslation } from 'react-i18next';
import type { ComputedPerDiemLine } from '../../../../shared/domain/budget';
import { formatAmount, type MoneyLocale } from '../../../../shared/money/money';

/** What the programme gives as per diem per member (computed by the core, not stored). */
export function PerDiemSection({ perDiem, locale }: { perDiem: readonly ComputedPerDiemLine[]; locale: MoneyLocale }) {
  const { t } = useTranslation('budget');
  return (
    <section className="budget-section" aria-labelledby="budget-per-diem">
      <h2 id="budget-per-diem" className="budget-section-title">
        {t('perDiem.heading')}
      </h2>
      <p className="budget-note">{t('perDiem.body')}</p>
      {perDiem.length === 0 ? (
        <p className="budget-note">{t('perDiem.none')}</p>
      ) : (
        <table className="data-table budget-table" data-testid="budget-per-diem">
          <tbody>
            {perDiem.map((p) => (
              <tr key={p.memberId}>
                <th scope="row">{p.name}</th>
                <td className="numeric">{formatAmount(p.amountSek, 'SEK', locale)} SEK</td>
                <td className={p.incompleteDays ? 'budget-incomplete' : undefined}>{p.incompleteDays ? t('perDiem.incomplete', { count: p.incompleteDays }) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
