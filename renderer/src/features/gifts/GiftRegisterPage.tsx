import { useMemo, useState } from 'react';
import { FileSpreadsheet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/query';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/fields';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useGiftActions } from './actions';
import { GiftTable } from './GiftTable';
import './gifts.css';

/** Every gift of every trip (#/gifts), filtered by year and organisation, with CSV export. */
export function GiftRegisterPage() {
  const { t } = useTranslation('gifts');
  const [year, setYear] = useState<number | undefined>(undefined);
  const [organisationId, setOrganisationId] = useState<string | undefined>(undefined);
  const all = useQuery('gifts:register', {});
  const filtered = useQuery('gifts:register', { year, organisationId });
  const actions = useGiftActions();

  // The filters offer what the register holds: its years and organisations.
  const { years, organisations } = useMemo(() => {
    const entries = all.data ?? [];
    const years = [...new Set(entries.map((g) => Number((g.date ?? g.tripStartDate).slice(0, 4))))].sort((a, b) => b - a);
    const organisations = new Map<string, string>();
    for (const g of entries) if (g.organisationId && g.organisationName) organisations.set(g.organisationId, g.organisationName);
    return { years, organisations: [...organisations].sort((a, b) => a[1].localeCompare(b[1])) };
  }, [all.data]);
  const list = filtered.data ?? [];

  return (
    <div className="page gift-register-page">
      <ScreenHeader
        title={t('register')}
        description={t('registerDescription')}
        actions={
          <Button icon={FileSpreadsheet} onClick={() => void actions.exportCsv({ year, organisationId })} disabled={list.length === 0}>
            {t('exportCsv')}
          </Button>
        }
      />
      <div className="gift-filters">
        <Select label={t('filters.year')} value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">{t('filters.allYears')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
        <Select label={t('filters.organisation')} value={organisationId ?? ''} onChange={(e) => setOrganisationId(e.target.value || undefined)}>
          <option value="">{t('filters.allOrganisations')}</option>
          {organisations.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </Select>
        <p className="gift-count" data-testid="gift-count">
          {t('total', { count: list.length })}
        </p>
      </div>
      {list.length === 0 && filtered.status === 'success' ? <p className="gift-empty">{t('registerEmpty')}</p> : <GiftTable gifts={list} showTrip />}
    </div>
  );
}
