import { useTranslation } from 'react-i18next';
import { Compass } from 'lucide-react';
import { Link } from '../navigation/Link';
import { EmptyState } from '../ui/EmptyState';
import { setAppState } from '../navigation/readiness';
import { useEffect } from 'react';

export function NotFound() {
  const { t } = useTranslation();
  useEffect(() => setAppState('loaded'), []);
  return (
    <div className="page">
      <EmptyState
        icon={Compass}
        title={t('notFound.title')}
        action={
          <Link href="/" className="btn btn-primary btn-md">
            {t('notFound.back')}
          </Link>
        }
      >
        {t('notFound.body')}
      </EmptyState>
    </div>
  );
}
