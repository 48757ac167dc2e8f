import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/domain/trip';
import { useMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { TextArea } from '../../ui/fields';

type ReportField = 'reportResults' | 'reportLessons' | 'reportNextSteps';
const FIELDS: readonly ReportField[] = ['reportResults', 'reportLessons', 'reportNextSteps'];

/**
 * The post-trip report's own texts (results, lessons, next steps), written beside its preview.
 * Each is saved when its field is left (and when the panel goes away), and the preview follows.
 */
export function ReportFields({ trip }: { trip: Trip }) {
  const { t } = useTranslation('documents');
  const update = useMutation('trips:update', { invalidates: ['trips:', 'search:'] });
  const [texts, setTexts] = useState<Record<ReportField, string>>(() => pick(trip));
  useEffect(() => setTexts(pick(trip)), [trip]);
  const latest = useRef({ texts, trip, mutate: update.mutate });
  latest.current = { texts, trip, mutate: update.mutate };

  const save = async (fields: readonly ReportField[]) => {
    const { texts: typed, trip: saved, mutate } = latest.current;
    const patch = Object.fromEntries(fields.filter((f) => typed[f] !== saved[f]).map((f) => [f, typed[f]]));
    if (Object.keys(patch).length === 0) return;
    const result = await mutate({ id: saved.id, patch });
    if (!result.ok) toast.show({ message: t('report.saveFailed', { reason: result.error.message }), tone: 'error' });
  };
  // On leaving only (another document, another screen): save reads the latest texts through the ref.
  useEffect(() => () => void save(FIELDS), []);

  return (
    <div className="documents-report-fields">
      <p className="field-hint">{t('report.hint')}</p>
      {FIELDS.map((field) => (
        <TextArea
          key={field}
          label={t(`report.${field}`)}
          rows={4}
          maxLength={20_000}
          value={texts[field]}
          onChange={(event) => setTexts((current) => ({ ...current, [field]: event.target.value }))}
          onBlur={() => void save([field])}
        />
      ))}
    </div>
  );
}

const pick = (trip: Trip): Record<ReportField, string> => ({
  reportResults: trip.reportResults,
  reportLessons: trip.reportLessons,
  reportNextSteps: trip.reportNextSteps,
});
