/**
 * Every operation answers with a result instead of throwing across a process boundary, so the
 * renderer always gets a message it can show next to the right field.
 */
export type ErrorCode =
  | 'invalid_input' // the input failed validation; `issues` says where
  | 'not_found' // the id or name matches nothing
  | 'conflict' // the change contradicts current data (e.g. a member of another trip)
  | 'unknown_operation'
  | 'forbidden' // the request did not come from the app's own page (IPC sender, token, origin)
  | 'storage' // the database could not be read or written (disk full, read-only, locked)
  | 'internal';

export interface FieldIssue {
  /** Path of the field, e.g. ["destinations", 0, "timeZone"]. */
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /**
   * Another program held the database's write lock: nothing was done, and the same call may
   * simply be sent again (the browser mode's server and client do, telling the user they wait).
   */
  retryable?: boolean;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): ApiResult<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
