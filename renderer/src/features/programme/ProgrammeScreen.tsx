import { CalendarDays } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../app/commands';
import { toast } from '../../state/toasts';
import { PlaceholderScreen, useTripWorkspace } from '../workspace';

/** Placeholder: the day-by-day programme (issue 3) is built here. */
export function ProgrammeScreen() {
  const { t } = useTranslation('programme');
  const { workspace } = useTripWorkspace();
  // Ctrl/Cmd+N in a trip lands here: the real screen opens its "New item" dialog.
  useCommand('new-item', () => toast.show({ message: t('placeholder.newItem') }));
  return (
    <PlaceholderScreen title={t('title')} icon={CalendarDays} heading={t('placeholder.heading')}>
      {t('placeholder.body', { count: workspace.items.length })}
    </PlaceholderScreen>
  );
}
