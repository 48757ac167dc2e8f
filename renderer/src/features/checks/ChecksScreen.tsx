import { ClipboardCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../workspace';

/** Coming: the trip checks (passports, visas, overlaps) from 'checks:run'. */
export function ChecksScreen() {
  const { t } = useTranslation('checks');
  return (
    <PlaceholderScreen title={t('title')} icon={ClipboardCheck} heading={t('placeholder.heading')}>
      {t('placeholder.body')}
    </PlaceholderScreen>
  );
}
