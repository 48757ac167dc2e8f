import { Check, CircleAlert, LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../forms/useAutosaveForm';

/** The quiet "Saving… / Saved / Not saved: <reason>" line of an autosaving form. */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <p className={`save-status save-status-${state.status}`} role="status" aria-live="polite" data-testid="save-status">
      {state.status === 'saving' ? (
        <>
          <LoaderCircle className="spin" aria-hidden /> {t('save.saving')}
        </>
      ) : state.status === 'saved' ? (
        <>
          <Check aria-hidden /> {t('save.saved')}
        </>
      ) : state.status === 'invalid' || state.status === 'error' ? (
        <>
          <CircleAlert aria-hidden /> {t('save.notSaved', { reason: state.message })}
        </>
      ) : (
        <span className="save-status-idle">{t('save.autosave')}</span>
      )}
    </p>
  );
}
