import { Lock } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';
import { useQuery } from '../../api/query';
import { toast } from '../../state/toasts';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/fields';

/**
 * Settings → Encryption: whether the data file is encrypted, and "Encrypt this data file". The
 * desktop app keys it with a key kept in the OS keychain; the browser mode asks for a
 * passphrase twice (it is needed at every start from then on).
 */
export function EncryptionSection() {
  const { t } = useTranslation('privacy');
  const call = useApi();
  const status = useQuery('database:encryptionStatus', {});
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  if (!status.data) return null;
  const { encrypted, method } = status.data;
  const problem =
    method !== 'passphrase' ? undefined : passphrase.length < 8 ? t('encryption.tooShort') : passphrase !== again ? t('encryption.differ') : undefined;

  const encrypt = async () => {
    setTried(true);
    if (problem) return;
    setBusy(true);
    try {
      const result = await callSafely(call, 'database:encrypt', method === 'passphrase' ? { passphrase } : {});
      if (!result.ok) {
        toast.show({ message: result.error.message, tone: 'error' });
        return;
      }
      toast.show({ message: `${t('encryption.done')}. ${t('encryption.oldBackups')}`, tone: 'success' });
      setPassphrase('');
      setAgain('');
      status.reload();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section" aria-labelledby="settings-encryption">
      <h3 id="settings-encryption">{t('encryption.heading')}</h3>
      <p className="settings-section-intro" data-testid="encryption-state">
        {encrypted ? t('encryption.encrypted') : t('encryption.plain')}
      </p>
      {encrypted ? null : (
        <>
          <p className="secondary settings-section-intro">{method === 'key' ? t('encryption.keyNote') : t('encryption.passphraseNote')}</p>
          {method === 'passphrase' ? (
            <>
              <TextField type="password" autoComplete="new-password" label={t('encryption.passphrase')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} />
              <TextField
                type="password"
                autoComplete="new-password"
                label={t('encryption.again')}
                value={again}
                error={tried ? problem : undefined}
                onChange={(e) => setAgain(e.currentTarget.value)}
              />
            </>
          ) : null}
          <div>
            <Button icon={Lock} busy={busy} onClick={() => void encrypt()}>
              {t('encryption.encrypt')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
