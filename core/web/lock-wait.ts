import type { ApiResult } from '../../shared/api/result';
import type { AnyDispatch } from '../core';

/**
 * Another program (a CLI import, a second app window on the same file) may hold the database's
 * write lock for many seconds. better-sqlite3 waits for a lock synchronously (busy_timeout), which
 * in this single-threaded server would freeze every request — static files and reads included —
 * for as long as it waits. So the server's connection does not wait (busy_timeout 0, set by
 * startWebServer), a locked write fails at once with a retryable result (nothing was done: writes
 * start with BEGIN IMMEDIATE), and it is retried here on timers, leaving the event loop free.
 *
 * After SERVER_LOCK_WAIT_MS the retryable failure goes back to the client, which shows "another
 * program is writing, retrying…" and sends the call again (renderer/src/api/client.ts), so a
 * long lock costs a wait, never a refused write, and no request is held open indefinitely.
 */
export const SERVER_LOCK_WAIT_MS = 2_000;
const FIRST_DELAY_MS = 20;
const LONGEST_DELAY_MS = 250;

export async function dispatchWaitingForLock(
  dispatch: AnyDispatch,
  name: string,
  input: unknown,
  maxWaitMs = SERVER_LOCK_WAIT_MS,
): Promise<ApiResult<unknown>> {
  const started = Date.now();
  let delay = FIRST_DELAY_MS;
  for (;;) {
    const result = await dispatch(name, input);
    if (result.ok || !result.error.retryable || Date.now() - started + delay > maxWaitMs) return result;
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, LONGEST_DELAY_MS);
  }
}
