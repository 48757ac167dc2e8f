import { Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ComputedPerDiemLine } from '../../../../shared/domain/budget';
import { formatAmount } from '../../../../shared/money/money';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { base64ToBytes, saveFile, useSaveFeedback } from '../sharing';
import type { AppLanguage } from '../../../../shared/domain/language';

/** What the programme gives as per diem per member (computed by the core, not stored), and its sheets. */
export function PerDiemSection({ tripId, perDiem, locale }: { tripId: string; perDiem: readonly ComputedPerDiemLine[]; locale: AppLanguage }) {
  const { t } = useTranslation('budget');
  const call = useApi();
  const feedback = useSaveFeedback();
  const exportSheet = async (format: 'pdf' | 'csv') => {
    if (format === 'pdf') {
      const result = await callSafely(call, 'perDiem:pdf', { tripId, lang: locale });
      if (!result.ok) return toast.show({ message: result.error.message, tone: 'error' });
      feedback(await saveFile(result.value.fileName, base64ToBytes(result.value.base64), 'application/pdf'));
    } else {
      const result = await callSafely(call, 'perDiem:csv', { tripId, lang: locale });
      if (!result.ok) return toast.show({ message: result.error.message, tone: 'error' });
      feedback(await saveFile(result.value.fileName, result.value.content, result.value.mediaType));
    }
  };
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
      <div className="budget-per-diem-actions">
        <Button variant="secondary" onClick={() => void exportSheet('pdf')}>
          <Download aria-hidden className="btn-icon" />
          {t('perDiem.exportPdf')}
        </Button>
        <Button variant="secondary" onClick={() => void exportSheet('csv')}>
          <Download aria-hidden className="btn-icon" />
          {t('perDiem.exportCsv')}
        </Button>
      </div>
    </section>
  );
}
