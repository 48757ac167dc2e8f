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
  // Revalidate every time: the files change with each build and the server is local anyway.
  res.setHeader('Cache-Control', 'no-cache');
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
