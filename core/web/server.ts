import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { AnyDispatch, CoreMaintenance } from '../core';
import { handleApi } from './api-route';
import { hasOneHostHeader, isAllowedHost, isAllowedOrigin } from './guards';
import { sendError, setSecurityHeaders } from './responses';
import { serveStatic } from './static-files';

/**
 * Browser mode: the built renderer and the API over HTTP on the loopback interface, for use
 * without Electron (and for the end-to-end tests). Anyone on this computer can reach the port,
 * so every API call needs the per-run token that only the printed URL carries.
 */

/** Only the loopback interface: never reachable from the network. */
export const WEB_HOST = '127.0.0.1';
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface WebServerOptions {
  /**
   * With its maintenance interface, the server stops the core waiting synchronously for another program's
   * write lock: that wait would freeze every request (see lock-wait.ts).
   */
  core: { dispatch: AnyDispatch; maintenance?: Pick<CoreMaintenance, 'failFastWhenBusy'> };
  /**
   * Run team sync in the background while the server runs (core/sync/background.ts); the page
   * reads its state with 'sync:status'. Given by `npm run web` and the end-to-end fixture.
   */
  backgroundSync?: () => () => void;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Folder of the built renderer (dist/renderer), served as static files. */
  rendererDir: string;
  maxBodyBytes?: number;
  /** How long the server retries a call blocked by another program's lock before the client does. */
  lockWaitMs?: number;
  /** Told about unexpected failures inside request handling (the server keeps running). */
  onError?: (error: unknown) => void;
}

export interface WebServer {
  /** What to open in a browser: `http://127.0.0.1:<port>/#token=<token>`. */
  url: string;
  origin: string;
  token: string;
  port: number;
  /** The address actually bound, always 127.0.0.1. */
  address: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(32).toString('base64url');
  const rendererRoot = realpathSync(path.resolve(options.rendererDir));
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let port = 0; // known once listening; no request arrives before that
  options.core.maintenance?.failFastWhenBusy();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (!hasOneHostHeader(req.rawHeaders) || !isAllowedHost(req.headers.host, port)) {
      return sendError(res, 403, 'forbidden', 'This server only answers to 127.0.0.1 and localhost');
    }
    if (!isAllowedOrigin(req.headers.origin, port)) {
      return sendError(res, 403, 'forbidden', 'Requests from other origins are not allowed');
    }
    const target = req.url ?? '';
    if (!target.startsWith('/')) return sendError(res, 400, 'bad_request', 'Bad request target');
    const pathname = target.split(/[?#]/, 1)[0] ?? '/';

    if (pathname.startsWith('/api/')) {
      return handleApi(req, res, pathname.slice('/api/'.length), {
        core: options.core,
        token,
        maxBodyBytes,
        lockWaitMs: options.lockWaitMs,
      });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, 405, 'method_not_allowed', 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    return serveStatic(rendererRoot, pathname, req, res);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) sendError(res, 500, 'internal', 'Internal error');
      else res.destroy();
    });
  });
  // Slow or stuck clients must not hold connections forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: WEB_HOST, port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  const stopSync = options.backgroundSync?.() ?? (() => undefined);
  port = bound.port;
  const origin = `http://${WEB_HOST}:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    port,
    address: bound.address,
    close: () =>
      new Promise<void>((resolve) => {
        stopSync();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
