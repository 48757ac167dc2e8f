import type { ReactNode } from 'react';
import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import type { ProblemText } from './problems';

export function ProblemMessage({ problem, onRetry, children }: { problem: ProblemText; onRetry?: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="problem" role="alert" aria-labelledby="problem-title">
      <TriangleAlert className="problem-icon" aria-hidden />
      <div>
        <h2 id="problem-title" className="problem-title">
          {problem.title}
        </h2>
        <p className="problem-detail">{problem.detail}</p>
        <div className="problem-actions">
          {problem.canRetry && onRetry ? (
            <Button variant="primary" onClick={onRetry}>
              {t('actions.tryAgain')}
            </Button>
          ) : null}
          {children}
        </div>
      </div>
    </section>
  );
}
