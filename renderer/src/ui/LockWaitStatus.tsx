import { useEffect, useRef } from 'react';
import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLockWait } from '../state/lockWait';

/**
 * "Another program is writing, retrying…" while a save waits for the database's lock. A manual
 * popover, so it is in the top layer: saves mostly come from modal dialogs, whose backdrop would
 * otherwise dim it.
 */
export function LockWaitStatus() {
  const { t } = useTranslation();
  const waiting = useLockWait((s) => s.waiting > 0);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof element.showPopover !== 'function') return;
    if (waiting && !element.matches(':popover-open')) element.showPopover();
    if (!waiting && element.matches(':popover-open')) element.hidePopover();
  }, [waiting]);
  return (
    <p ref={ref} popover="manual" className="lock-wait-status" role="status" aria-live="polite" data-testid="lock-wait-status">
      {waiting ? (
        <>
          <LoaderCircle className="spin" aria-hidden /> {t('lockWait')}
        </>
      ) : null}
    </p>
  );
}
