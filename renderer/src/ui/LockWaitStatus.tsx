import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLockWait } from '../state/lockWait';

/** "Another program is writing, retrying…" while a save waits for the database's lock. */
export function LockWaitStatus() {
  const { t } = useTranslation();
  const waiting = useLockWait((s) => s.waiting > 0);
  return (
    <p className="lock-wait-status" role="status" aria-live="polite" data-testid="lock-wait-status" hidden={!waiting}>
      {waiting ? (
        <>
          <LoaderCircle className="spin" aria-hidden /> {t('lockWait')}
        </>
      ) : null}
    </p>
  );
}
