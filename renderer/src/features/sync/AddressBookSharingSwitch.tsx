import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../../../../shared/domain/language';
import type { AddressBookSharing } from '../../../../shared/sync/status';
import { useApi } from '../../api/context';
import { runMutation } from '../../api/mutation';
import { formatTimestamp } from '../../lib/dates';
import { toast } from '../../state/toasts';
import { Checkbox } from '../../ui/fields';

/**
 * Settings → Team sync: "Share the address book with the team", and one line on how its last
 * round went. Turning it off stops the exchange; colleagues keep the copies they have.
 */
export function AddressBookSharingSwitch({ sharing }: { sharing: AddressBookSharing }) {
  const { t, i18n } = useTranslation('sync');
  const call = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const change = async (on: boolean) => {
    setBusy(true);
    try {
      const result = await runMutation(call, 'sync:setAddressBookSharing', { on });
      if (!result.ok) return setError(result.error.message);
      setError(undefined);
      toast.show({ message: t(on ? 'addressBook.sharedToast' : 'addressBook.stoppedToast'), tone: 'success' });
    } finally {
      setBusy(false);
    }
  };

  const language = i18n.language as AppLanguage;
  const state = !sharing.on
    ? null
    : sharing.lastError
      ? t('addressBook.failed', { reason: sharing.lastError })
      : sharing.syncedAt
        ? t('addressBook.syncedAt', { time: formatTimestamp(sharing.syncedAt, language) })
        : t('addressBook.notYet');
  return (
    <div className="sync-address-book">
      <Checkbox
        label={t('addressBook.label')}
        hint={t('addressBook.hint')}
        checked={sharing.on}
        disabled={busy}
        error={error}
        onChange={(event) => void change(event.currentTarget.checked)}
        data-testid="sync-address-book"
      />
      {state ? (
        <p className={sharing.lastError ? 'sync-warning' : 'sync-note'} data-testid="sync-address-book-state">
          {state}
        </p>
      ) : null}
    </div>
  );
}
