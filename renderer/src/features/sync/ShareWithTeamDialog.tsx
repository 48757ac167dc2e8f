import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { useAppUi } from '../../state/appUi';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Checkbox } from '../../ui/fields';
import { useSyncTeam } from './queries';

/**
 * Share a trip with the team set up in Settings. Sensitive member fields (passport, dietary and
 * accessibility needs, emergency contact) stay on this computer unless ticked, with a warning:
 * everyone with the team token then has them.
 */
export function ShareWithTeamDialog({ tripId, onClose }: { tripId: string; onClose: () => void }) {
  const { t } = useTranslation(['sync', 'common']);
  const call = useApi();
  const team = useSyncTeam();
  const openSettings = useAppUi((s) => s.openSettings);
  const [sensitive, setSensitive] = useState(false);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    try {
      const result = await runMutation(call, 'sync:share', { tripId, syncSensitive: sensitive }, ['sync:']);
      if (!result.ok) toast.show({ message: result.error.message, tone: 'error' });
      else {
        toast.show({ message: t('share.done'), tone: 'success' });
        onClose();
      }
    } finally {
      setBusy(false);
    }
  };
  const ready = team.data !== undefined && team.data !== null;
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('share.title')}
      description={ready ? t('share.description', { url: team.data?.url }) : t('share.noTeam')}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          {ready ? (
            <Button variant="primary" busy={busy} onClick={() => void share()} data-testid="confirm-share">
              {t('share.confirm')}
            </Button>
          ) : (
            <Button
              variant="primary"
              onClick={() => {
                onClose();
                openSettings();
              }}
            >
              {t('share.openSettings')}
            </Button>
          )}
        </>
      }
    >
      {ready ? (
        <>
          <Checkbox label={t('share.sensitive')} hint={t('share.sensitiveHint')} checked={sensitive} onChange={(e) => setSensitive(e.currentTarget.checked)} />
          {sensitive ? (
            <p className="sync-warning" role="alert">
              {t('share.sensitiveWarning')}
            </p>
          ) : null}
          {team.data?.plainLoopback ? <p className="sync-note">{t('team.loopbackNote')}</p> : null}
        </>
      ) : null}
    </Dialog>
  );
}
