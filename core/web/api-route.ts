import type { IncomingMessage, ServerResponse } from 'node:http';
import { isOperationName } from '../../shared/api/contract';
import type { AnyDispatch } from '../core';
import { bearerToken, isAllowedFetchSite, tokensMatch } from './guards';
import { dispatchWaitingForLock } from './lock-wait';
import { sendError, sendJson } from './responses';

export interface ApiRouteOptions {
  /** Any operation; async ones (a PDF print) answer with a promise, which is awaited. */
  core: { dispatch: AnyDispatch };
  token: string;
  maxBodyBytes: number;
  /** How long a call waits for another program's write lock before the client is told to retry. */
  lockWaitMs?: number;
}

/**
 * `POST /api/<operation>` with the JSON input as body. Operation outcomes, failures included,
 * are 200 with the ApiResult; the status codes below are for requests that never reached an
 * operation. Checks run cheapest-first and the token before anything that reveals what exists.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  encodedName: string,
  options: ApiRouteOptions,
): Promise<void> {
  if (!isAllowedFetchSite(req.headers)) {
    return sendError(res, 403, 'forbidden', 'Requests from other sites are not allowed');
  }
  if (req.method !== 'POST') {
    return sendError(res, 405, 'method_not_allowed', 'Use POST for API calls', { Allow: 'POST' });
  }
  if (!tokensMatch(bearerToken(req.headers), options.token)) {
    return sendError(res, 403, 'forbidden', 'Missing or wrong access token');
  }
  if (!isJsonContentType(req.headers['content-type'])) {
    return sendError(res, 415, 'unsupported_media_type', 'Send the input as application/json');
  }

  const body = await readBody(req, options.maxBodyBytes);
  if (body === 'too_large') {
    // The rest of the upload is not read; closing the connection stops the client sending it.
    return sendError(res, 413, 'payload_too_large', 'The request is too large', { Connection: 'close' });
  }
  if (body === 'aborted') return;

  let input: unknown;
  try {
    // An empty body means "no input", the same as `{}`, which is handy from curl.
    input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendError(res, 400, 'bad_request', 'The request body is not valid JSON');
  }

  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    name = encodedName;
  }
  if (!isOperationName(name)) {
    return sendError(res, 404, 'unknown_operation', `Unknown operation: ${name.slice(0, 100)}`);
  }

  let result: unknown;
  try {
    result = await dispatchWaitingForLock(options.core.dispatch, name, input, options.lockWaitMs);
  } catch {
    // dispatch promises never to throw or reject; this is the last line so a bug cannot kill the server.
    return sendError(res, 500, 'internal', 'The operation failed unexpectedly');
  }
  // The client may have gone while a slow operation (a PDF) ran; there is no one to answer then.
  if (res.destroyed) return;
  sendJson(res, 200, result);
}

function isJsonContentType(value: string | undefined): boolean {
  if (value === undefined) return false;
  const mediaType = value.split(';', 1)[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.pause();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | 'too_large' | 'aborted') => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        req.pause();
        settle('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(Buffer.concat(chunks)));
    req.on('error', () => settle('aborted'));
    req.on('close', () => settle('aborted'));
  });
}
