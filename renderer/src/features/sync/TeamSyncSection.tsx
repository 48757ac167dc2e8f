import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';
import { PlannerNameForm } from './PlannerNameForm';
import { AddressBookSharingSwitch } from './AddressBookSharingSwitch';
import { useFollowedSyncTeam } from './queries';

/**
 * Settings → Team sync: the team's sync server and token. The token is never shown back (only
 * its last characters); leaving the field empty keeps the saved one. Once a team is set up, the
 * switch that shares the address book with it.
 */
export function TeamSyncSection() {
  const { t } = useTranslation('sync');
  const call = useApi();
  const team = useFollowedSyncTeam();
  const [url, setUrl] = useState<string | null>(null);
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const shownUrl = url ?? team.data?.url ?? '';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const result = await runMutation(call, 'sync:setTeam', { url: shownUrl, token }, ['sync:']);
      if (!result.ok) setError(result.error.message);
      else {
        setError(undefined);
        setToken('');
        toast.show({ message: t('team.saved'), tone: 'success' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-sync">
      <h3 id="settings-sync">{t('team.heading')}</h3>
      <form onSubmit={(event) => void save(event)} className="sync-team-form">
        <TextField
          label={t('team.url')}
          hint={t('team.urlHint')}
          value={shownUrl}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={error}
          spellCheck={false}
          data-testid="sync-url"
        />
        <TextField
          label={t('team.token')}
          hint={team.data ? t('team.tokenSaved', { hint: team.data.tokenHint }) : t('team.tokenHint')}
          value={token}
          type="password"
          autoComplete="off"
          onChange={(event) => setToken(event.currentTarget.value)}
          data-testid="sync-token"
        />
        {team.data?.plainLoopback ? <p className="sync-note">{t('team.loopbackNote')}</p> : null}
        <Button type="submit" busy={busy} data-testid="sync-save">
          {t('team.save')}
        </Button>
      </form>
      {team.data ? <AddressBookSharingSwitch sharing={team.data.addressBook} /> : null}
      <PlannerNameForm />
    </section>
  );
}
