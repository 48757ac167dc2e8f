import { useRef, useState } from 'react';
import { Plus, Trash2, Upload } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PerDiemRate } from '../../../../shared/domain/budget';
import { formatAmount, parseAmount } from '../../../../shared/money/money';
import { parseRatesCsv } from '../../../../shared/per-diem/rates-csv';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useQuery } from '../../api/query';
import { useDates } from '../../lib/useDates';
import { toast } from '../../state/toasts';
import { Button, IconButton } from '../../ui/Button';
import { TextField } from '../../ui/fields';

/** The rates change the per diem in every budget. */
const RATE_WRITES = ['perDiem:', 'budget:', 'documents:'];
const MAX_RATES_FILE_BYTES = 1024 * 1024;

/** Settings: the per-diem normal amounts per country and year, typed in or imported from CSV. */
export function PerDiemRatesSection() {
  const { t } = useTranslation('settings');
  const { language } = useDates();
  const call = useApi();
  const rates = useQuery('perDiem:rates', {});
  const [draft, setDraft] = useState({ country: '', year: String(new Date().getFullYear()), amount: '', source: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const save = async (list: PerDiemRate[]) => {
    const result = await runMutation(call, 'perDiem:saveRates', { rates: list }, RATE_WRITES);
    if (!result.ok) setProblem(result.error.message);
    return result.ok;
  };
  const add = async () => {
    const amount = parseAmount(draft.amount, 'SEK', language);
    const parsed = PerDiemRate.safeParse({ country: draft.country, year: Number(draft.year), amountSekMinor: amount.ok ? amount.minor : -1, source: draft.source });
    if (!parsed.success || !amount.ok) return setProblem(t('perDiemRates.invalid'));
    setProblem(null);
    if (await save([parsed.data])) setDraft((d) => ({ ...d, country: '', amount: '', source: '' }));
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_RATES_FILE_BYTES) return setProblem(t('perDiemRates.csv.tooLarge'));
    const parsed = parseRatesCsv(await file.text());
    if (!parsed.ok) return setProblem(t(`perDiemRates.csv.${parsed.problem}`, { line: parsed.line, value: parsed.value }));
    setProblem(null);
    if (await save(parsed.rates)) toast.show({ message: t('perDiemRates.imported', { count: parsed.rates.length }), tone: 'success' });
  };
  const remove = async (rate: PerDiemRate) => {
    const result = await runMutation(call, 'perDiem:deleteRate', { country: rate.country, year: rate.year }, RATE_WRITES);
    if (!result.ok) setProblem(result.error.message);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-per-diem">
      <h3 id="settings-per-diem">{t('perDiemRates.heading')}</h3>
      <p className="secondary settings-section-intro">{t('perDiemRates.intro')}</p>
      {rates.data && rates.data.length > 0 ? (
        <table className="data-table per-diem-rates" data-testid="per-diem-rates">
          <thead>
            <tr>
              <th scope="col">{t('perDiemRates.country')}</th>
              <th scope="col">{t('perDiemRates.year')}</th>
              <th scope="col" className="numeric">{t('perDiemRates.amount')}</th>
              <th scope="col">{t('perDiemRates.source')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rates.data.map((rate) => (
              <tr key={`${rate.country}:${rate.year}`}>
                <td>{rate.country}</td>
                <td>{rate.year}</td>
                <td className="numeric">{formatAmount(rate.amountSekMinor, 'SEK', language)}</td>
                <td>{rate.source}</td>
                <td>
                  <IconButton icon={Trash2} size="sm" label={t('perDiemRates.delete', { country: rate.country, year: rate.year })} onClick={() => void remove(rate)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="secondary">{t('perDiemRates.empty')}</p>
      )}
      <div className="form-row per-diem-rate-entry">
        <TextField label={t('perDiemRates.country')} maxLength={2} value={draft.country} onChange={(e) => setDraft({ ...draft, country: e.currentTarget.value })} />
        <TextField label={t('perDiemRates.year')} inputMode="numeric" maxLength={4} value={draft.year} onChange={(e) => setDraft({ ...draft, year: e.currentTarget.value })} />
        <TextField label={t('perDiemRates.amount')} inputMode="decimal" value={draft.amount} onChange={(e) => setDraft({ ...draft, amount: e.currentTarget.value })} />
        <TextField label={t('perDiemRates.source')} value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.currentTarget.value })} />
      </div>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="per-diem-rate-actions">
        <Button icon={Plus} onClick={() => void add()}>
          {t('perDiemRates.add')}
        </Button>
        <Button variant="secondary" icon={Upload} onClick={() => fileInput.current?.click()}>
          {t('perDiemRates.import')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          hidden
          data-testid="per-diem-rates-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
    </section>
  );
}
