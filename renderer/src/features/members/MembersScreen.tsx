import { Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { PlaceholderScreen, useTripWorkspace } from '../workspace';

/** Placeholder: the members table (precedence, every field, groups) is built here. */
export function MembersScreen() {
  const { t } = useTranslation('members');
  const { workspace, focusId } = useTripWorkspace();
  const focused = focusId ? workspace.members.find((m) => m.id === focusId) : undefined;
  return (
    <PlaceholderScreen title={t('title')} icon={Users} heading={t('placeholder.heading')}>
      <p>{t('placeholder.body', { count: workspace.members.length })}</p>
      {focused ? (
        <p data-testid="focused-member">{t('placeholder.focused', { name: focused.name })}</p>
      ) : null}
    </PlaceholderScreen>
  );
}
