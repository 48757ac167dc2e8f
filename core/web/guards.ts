import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * Checks that keep other web pages and other programs away from the local server.
 *
 * - Host: a page on evil.example can re-point its own name at 127.0.0.1 (DNS rebinding) and then
 *   talk to us "same-origin"; its requests still carry `Host: evil.example:<port>`, so only our
 *   two loopback names are accepted.
 * - Origin: browsers send it on cross-origin requests and on every POST; anything but our own
 *   origin is another site trying its luck.
 * - Token: a random secret handed out only in the printed URL, so other local users and
 *   programs that can reach the port still cannot call the API.
 */

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Node keeps only the first of several Host headers in `req.headers.host`; a request with two is
 * malformed (RFC 9112 §3.2) and what a proxy or cache sees may be the other one: refused.
 */
export function hasOneHostHeader(rawHeaders: readonly string[]): boolean {
  let hosts = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) if (rawHeaders[i]!.toLowerCase() === 'host') hosts += 1;
  return hosts === 1;
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return allowedHosts(port).includes(host.toLowerCase());
}

/**
 * An absent Origin is fine (address bar navigations, non-browser clients; the token still
 * guards the API). A present one must be exactly one of our origins, compared as a parsed
 * origin, never by substring.
 */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false; // includes the literal "null" sent by sandboxed frames and file: pages
  }
  return allowedHosts(port).some((host) => parsed.origin === `http://${host}`);
}

/**
 * Fetch metadata: a browser marks requests another site makes. Older clients send nothing,
 * which is allowed (the Origin and token checks still apply).
 */
export function isAllowedFetchSite(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const value = headers.authorization;
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(value.trim());
  return match?.[1];
}

/**
 * Constant-time comparison. Both sides are hashed first so the comparison does not leak the
 * token's length either (timingSafeEqual needs equal lengths).
 */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
