import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatSek, parseSek } from '../../../../shared/money/kronor';
import { useMutation } from '../../api/mutation';
import { useQuery } from '../../api/query';
import { toast } from '../../state/toasts';
import { TextField } from '../../ui/fields';

/** The gift policy in Settings: the value above which a received gift must be registered. Saves on leaving the field. */
export function GiftPolicySection() {
  const { t } = useTranslation('gifts');
  const settings = useQuery('settings:get', {});
  const update = useMutation('settings:update', { invalidates: ['settings:', 'gifts:'] });
  const stored = settings.data?.giftPolicy.registrationLimitOre;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (stored !== undefined) setDraft(stored === null ? '' : formatSek(stored, 'sv').replace(/\s*kr$/, ''));
  }, [stored]);

  const save = async () => {
    const parsed = draft.trim() === '' ? null : parseSek(draft);
    if (parsed && !parsed.ok) {
      setError(t('errors.value'));
      return;
    }
    setError(undefined);
    const registrationLimitOre = parsed ? parsed.ore : null;
    if (registrationLimitOre === stored) return;
    const result = await update.mutate({ giftPolicy: { registrationLimitOre } });
    if (result.ok) toast.show({ message: t('policy.saved') });
    else setError(result.error.message);
  };

  return (
    <section className="settings-section" aria-labelledby="settings-gift-policy">
      <h3 id="settings-gift-policy">{t('policy.title')}</h3>
      <TextField
        label={t('policy.limit')}
        hint={t('policy.limitHint')}
        inputMode="decimal"
        value={draft}
        error={error}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => void save()}
      />
    </section>
  );
}
