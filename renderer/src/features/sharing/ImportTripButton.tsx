import { FileUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useSharingUi } from './store';

/** "Import…" on the trips page: opens the import dialog (choose or drop a .delegation file). */
export function ImportTripButton() {
  const { t } = useTranslation('sharing');
  const openImport = useSharingUi((s) => s.openImport);
  return (
    <Button icon={FileUp} onClick={() => openImport()}>
      {t('import.button')}
    </Button>
  );
}
