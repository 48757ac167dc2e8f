import type { ProblemText } from './problems';

export function ProblemMessage({ problem, onRetry }: { problem: ProblemText; onRetry?: () => void }) {
  return (
    <section className="problem" role="alert" aria-labelledby="problem-title">
      <h2 id="problem-title" className="problem-title">
        {problem.title}
      </h2>
      <p className="problem-detail">{problem.detail}</p>
      {problem.canRetry && onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </section>
  );
}
