import { LoaderCircle } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** "Loading…" for a screen or panel whose data is on its way. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <LoaderCircle className="spin" aria-hidden />
      {label ?? t('loading')}
    </p>
  );
}
