import { Stamp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { GiftRegisterEntry } from '../../../../shared/domain/gift';
import { formatSek } from '../../../../shared/money/kronor';
import { useDates } from '../../lib/useDates';
import { Badge } from '../../ui/Badge';

/** Gifts as a table; a row opens the gift (when `onOpen` is given). `showTrip` adds the trip column (the register). */
export function GiftTable({
  gifts,
  showTrip = false,
  selectedId,
  onOpen,
}: {
  gifts: readonly GiftRegisterEntry[];
  showTrip?: boolean;
  selectedId?: string;
  onOpen?: (gift: GiftRegisterEntry) => void;
}) {
  const { t } = useTranslation('gifts');
  const dates = useDates();
  return (
    <table className="gift-table" data-testid="gift-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.date')}</th>
          {showTrip ? <th scope="col">{t('columns.trip')}</th> : null}
          <th scope="col">{t('columns.direction')}</th>
          <th scope="col">{t('columns.description')}</th>
          <th scope="col">{t('columns.party')}</th>
          <th scope="col">{t('columns.item')}</th>
          <th scope="col" className="gift-value">
            {t('columns.value')}
          </th>
          <th scope="col">{t('columns.holder')}</th>
        </tr>
      </thead>
      <tbody>
        {gifts.map((g) => (
          <tr key={g.id} data-testid="gift-row" aria-selected={g.id === selectedId || undefined} className={onOpen ? 'gift-row-link' : undefined}>
            <td>{g.date ? dates.weekdayDate(g.date) : '–'}</td>
            {showTrip ? <td>{g.tripTitle}</td> : null}
            <td>
              <Badge tone={g.direction === 'given' ? 'accent' : 'neutral'}>{t(`direction.${g.direction}`)}</Badge>
            </td>
            <td>
              {onOpen ? (
                <button type="button" className="gift-open" onClick={() => onOpen(g)}>
                  {g.description}
                </button>
              ) : (
                g.description
              )}
              {g.needsRegistration ? (
                <Badge tone="warning" icon={Stamp} className="gift-flag">
                  {t('needsRegistration')}
                </Badge>
              ) : null}
            </td>
            <td>{[g.organisationName, g.contactName].filter(Boolean).join(' · ') || '–'}</td>
            <td>{g.itemTitle ?? '–'}</td>
            <td className="gift-value">{g.valueOre === null ? '–' : formatSek(g.valueOre, dates.language)}</td>
            <td>{g.holder || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
