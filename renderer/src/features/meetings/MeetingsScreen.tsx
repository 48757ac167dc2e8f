import { Handshake } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../../shared/domain/item';
import { PlaceholderScreen, useTripWorkspace } from '../workspace';

/** Placeholder: meetings and visits with their details and follow-ups are built here. */
export function MeetingsScreen() {
  const { t } = useTranslation('meetings');
  const { workspace } = useTripWorkspace();
  const count = workspace.items.filter((item) => MEETING_KINDS.includes(item.kind)).length;
  return (
    <PlaceholderScreen title={t('title')} icon={Handshake} heading={t('placeholder.heading')}>
      {t('placeholder.body', { count })}
    </PlaceholderScreen>
  );
}
