import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/api/result';

/**
 * The page's Content-Security-Policy. No 'unsafe-inline' anywhere: the built renderer is plain
 * files from 'self', and React's style props go through CSSOM, which style-src does not block.
 *
 * The programme preview is a sandboxed iframe (no scripts) with a blob: document built from
 * 'documents:html'. A blob: document inherits this policy, so its needs are allowed here: the
 * frame (frame-src blob:), its stylesheet as a blob: (style-src blob:, no inline styles) and its
 * data: fonts (font-src data:). Only the page's own scripts can make blob: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' blob:",
  'frame-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response, files and API alike. */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/**
 * Codes the HTTP transport itself can answer with, before any operation runs. They are not
 * operation results, so the renderer's HTTP client turns them into a transport error.
 */
export type TransportErrorCode =
  | ErrorCode
  | 'forbidden'
  | 'bad_request'
  | 'not_found'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

/** An error in the same `{ ok: false, error }` shape as every operation result. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: TransportErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
  sendJson(res, status, { ok: false, error: { code, message } });
}
