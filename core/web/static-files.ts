import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor } from '../content-types';
import { isStrictlyInside, realFileInside } from '../renderer-path';
import { sendError } from './responses';

/**
 * Map a request path to a file inside `root`, or null when it must not be served. `root` must
 * be absolute and already resolved through realpath.
 *
 * Refused: undecodable escapes, NUL bytes, backslashes (Windows separators smuggled in as
 * %5C), any `.` or `..` segment or dotfile, and anything that resolves outside the root. The
 * final realpath check in serveStatic also stops symlinks that point out of the root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded === '/') decoded = '/index.html';
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) return null;
  const resolved = path.resolve(root, ...segments);
  return isStrictlyInside(root, resolved) ? resolved : null;
}

/**
 * Vite names every built asset after its content (`assets/index-DpLYvaQz.js`, fonts, source maps),
 * so a given name never changes: the browser keeps it without asking again. Everything else —
 * index.html above all, which names the current build's assets — is revalidated on every load, or
 * a new build would be hidden behind an old page.
 */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}(\.[A-Za-z0-9]+)+$/;

export function cacheControlFor(urlPath: string): string {
  return HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serve one built renderer file (GET/HEAD only; the caller checked the method). */
export async function serveStatic(
  root: string,
  urlPath: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const candidate = resolveStaticPath(root, urlPath);
  if (candidate === null) return sendError(res, 404, 'not_found', 'Not found');
  const file = await realFileInside(root, candidate);
  if (file === null) return sendError(res, 404, 'not_found', 'Not found');
  const { filePath, size } = file;

  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  res.setHeader('Content-Length', size);
  res.setHeader('Cache-Control', cacheControlFor(urlPath));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(filePath);
    stream.on('error', () => {
      // Headers are gone already; cutting the connection tells the browser the file is bad.
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}
