import type { QueryError } from '../api/query';

/** What to tell the person at the keyboard about a failed load, in their terms. */
export interface ProblemText {
  title: string;
  detail: string;
  /** Whether trying again can help (a wrong link will not fix itself). */
  canRetry: boolean;
}

export const MISSING_TOKEN_PROBLEM: ProblemText = {
  title: 'This page was opened without its access key',
  detail:
    'Open the complete link that Delegation Planner printed when it started. ' +
    'It ends with #token= followed by a long key.',
  canRetry: false,
};

export function describeProblem(error: QueryError): ProblemText {
  if (error.kind === 'operation') {
    return { title: 'The data could not be loaded', detail: error.error.message, canRetry: true };
  }
  switch (error.problem) {
    case 'missing_token':
      return MISSING_TOKEN_PROBLEM;
    case 'forbidden':
      return {
        title: 'This link no longer works',
        detail:
          'Delegation Planner makes a new link every time it starts. ' +
          'Open the link it printed most recently.',
        canRetry: false,
      };
    case 'unreachable':
      return {
        title: 'Delegation Planner is not running',
        detail: 'Start it again and open the link it prints.',
        canRetry: true,
      };
    case 'bad_response':
      return { title: 'Something went wrong', detail: error.message, canRetry: true };
  }
}
