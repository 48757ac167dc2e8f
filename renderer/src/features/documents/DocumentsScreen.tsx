import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PlaceholderScreen } from '../workspace';

/** Coming: programme handouts, calendar files and exports; handles the 'print' command. */
export function DocumentsScreen() {
  const { t } = useTranslation('documents');
  return (
    <PlaceholderScreen title={t('title')} icon={FileText} heading={t('placeholder.heading')}>
      {t('placeholder.body')}
    </PlaceholderScreen>
  );
}
