import { i18next } from '../i18n';
import type { QueryError } from '../api/query';

/** What to tell the person at the keyboard about a failed load, in their terms. */
export interface ProblemText {
  title: string;
  detail: string;
  /** Whether trying again can help (a wrong link will not fix itself). */
  canRetry: boolean;
}

export function missingTokenProblem(): ProblemText {
  const t = i18next.t;
  return { title: t('problems.missingToken.title'), detail: t('problems.missingToken.detail'), canRetry: false };
}

/** Call during render of a component that uses useTranslation (so it follows language changes). */
export function describeProblem(error: QueryError): ProblemText {
  const t = i18next.t;
  if (error.kind === 'operation') {
    if (error.error.code === 'not_found') {
      return { title: t('problems.notFound.title'), detail: error.error.message, canRetry: false };
    }
    return { title: t('problems.loadFailed.title'), detail: error.error.message, canRetry: true };
  }
  switch (error.problem) {
    case 'missing_token':
      return missingTokenProblem();
    case 'forbidden':
      return { title: t('problems.forbidden.title'), detail: t('problems.forbidden.detail'), canRetry: false };
    case 'unreachable':
      return { title: t('problems.unreachable.title'), detail: t('problems.unreachable.detail'), canRetry: true };
    case 'bad_response':
      return { title: t('problems.generic.title'), detail: error.message, canRetry: true };
  }
}
