import type { ErrorCode, FieldIssue } from '../../shared/api/result';

/** A refusal a service can explain to the user; dispatch turns it into an ApiResult error. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

export const notFound = (what: string, id: string) => new ServiceError('not_found', `No ${what} with id ${id}`);
