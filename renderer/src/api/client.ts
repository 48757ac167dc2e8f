import type { ApiCall, DesktopApi } from '../../../shared/api/client';
import type { OperationResult } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';

/**
 * How the renderer reaches the core. In the desktop app the preload script puts `window.api`
 * on the page (Electron IPC). In browser mode (`npm run web`) there is no `window.api`; calls go
 * to the local server over HTTP with the per-run token the server printed in the link
 * (`…/#token=…`). Everything above this module sees one `ApiCall` either way.
 *
 * Operation failures come back as `{ ok: false }` results. A call that never reached an
 * operation (server gone, token refused) rejects with a TransportError instead, the same way
 * an Electron IPC call rejects when the main process is unreachable.
 */

declare global {
  interface Window {
    /** Present only in the desktop app (set by electron/preload). */
    api?: DesktopApi;
  }
}

export type TransportProblem =
  /** Browser mode, opened without the `#token=` part of the link. */
  | 'missing_token'
  /** The server refused the token (usually a link from an earlier run). */
  | 'forbidden'
  /** No answer at all: the server is not running any more. */
  | 'unreachable'
  /** Any other answer that is not an operation result. */
  | 'bad_response';

export class TransportError extends Error {
  constructor(
    readonly problem: TransportProblem,
    message: string,
    readonly status = 0,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export type Connection =
  | { ok: true; mode: 'desktop' | 'browser'; call: ApiCall }
  | { ok: false; problem: 'missing_token' };

/** The parts of the browser the connection needs; tests pass fakes. */
export interface ConnectEnvironment {
  desktopApi: DesktopApi | undefined;
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  /** Keeps the token for reloads of this tab (the address bar no longer shows it). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  fetch: typeof fetch;
}

const TOKEN_STORAGE_KEY = 'delegation-planner.token';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,200}$/;

export function browserEnvironment(): ConnectEnvironment {
  let storage: Storage | undefined;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = undefined; // storage can be disabled; then a reload needs the link again
  }
  return {
    desktopApi: window.api,
    location: window.location,
    history: window.history,
    storage,
    fetch: window.fetch.bind(window),
  };
}

/** Pick the transport. Call once at startup: it removes the token from the address bar. */
export function connect(env: ConnectEnvironment = browserEnvironment(), lockWait: LockWaitOptions = {}): Connection {
  if (env.desktopApi) return { ok: true, mode: 'desktop', call: env.desktopApi.call };
  const token = takeTokenFromLocation(env);
  if (!token) return { ok: false, problem: 'missing_token' };
  return { ok: true, mode: 'browser', call: createHttpCall(token, env.fetch, lockWait) };
}

/**
 * Read `token` from the hash and take it out of the address bar, so it is not left in history,
 * bookmarks or screenshots. Other hash parameters are kept.
 */
export function takeTokenFromLocation(env: Omit<ConnectEnvironment, 'desktopApi' | 'fetch'>): string | null {
  const params = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash !== null) {
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(env.history.state, '', env.location.pathname + env.location.search + (rest ? `#${rest}` : ''));
    if (TOKEN_PATTERN.test(fromHash)) {
      try {
        env.storage?.setItem(TOKEN_STORAGE_KEY, fromHash);
      } catch {
        // Storage full or blocked: the token still works until the tab is reloaded.
      }
      return fromHash;
    }
    return null;
  }
  const stored = env.storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  return stored !== null && TOKEN_PATTERN.test(stored) ? stored : null;
}

/**
 * How long a call keeps retrying while another program holds the database's write lock (the
 * server already waited a little each time, see core/web/lock-wait.ts). Nothing was done on a
 * retryable answer, so sending the call again is safe.
 */
export const CLIENT_LOCK_WAIT_MS = 120_000;

export interface LockWaitOptions {
  /** Told true when calls start waiting for the lock and false when they stop (the status line). */
  onWaiting?: (waiting: boolean) => void;
  maxWaitMs?: number;
  /** Pause between tries. */
  retryDelayMs?: number;
}

/** The browser-mode transport: `POST /api/<name>` with the input as JSON. */
export function createHttpCall(token: string, fetchImpl: typeof fetch, lockWait: LockWaitOptions = {}): ApiCall {
  const once = createSingleHttpCall(token, fetchImpl);
  const { onWaiting, maxWaitMs = CLIENT_LOCK_WAIT_MS, retryDelayMs = 500 } = lockWait;
  return async (name, input) => {
    const started = Date.now();
    let waiting = false;
    try {
      for (;;) {
        const result = await once(name, input);
        if (result.ok || !result.error.retryable || Date.now() - started >= maxWaitMs) return result;
        if (!waiting) onWaiting?.((waiting = true));
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      }
    } finally {
      if (waiting) onWaiting?.(false);
    }
  };
}

function createSingleHttpCall(token: string, fetchImpl: typeof fetch): ApiCall {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'error',
      });
    } catch {
      throw new TransportError('unreachable', 'Delegation Planner is not answering');
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (response.status === 200 && isApiResult(body)) {
      return body as ApiResult<OperationResult<typeof name>>;
    }
    const message = errorMessageOf(body) ?? `Unexpected answer (HTTP ${response.status})`;
    const problem = response.status === 403 ? 'forbidden' : 'bad_response';
    throw new TransportError(problem, message, response.status);
  };
}

function isApiResult(body: unknown): body is ApiResult<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return body.ok === true ? 'value' in body : body.ok === false && 'error' in body;
}

function errorMessageOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('error' in body)) return undefined;
  const error = body.error;
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}
