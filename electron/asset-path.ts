import path from 'node:path';
import { isStrictlyInside } from '../core/renderer-path';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Maps an `app://app/<path>` request to a file under the renderer folder. Pure (no electron, no
 * file access) so every hostile path can be unit-tested; protocol.ts follows symlinks (the
 * decisive check) and reads.
 */
export type AssetResolution =
  | { ok: true; filePath: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AssetResolution => ({ ok: false, status, reason });

export function resolveAssetPath(rootDir: string, requestUrl: string): AssetResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'not a URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not the app origin');

  // The URL parser already folds literal `..` and `%2e%2e` segments, but decoding can produce new
  // ones (`..%2f`), so everything below checks the decoded text. Query and hash are ignored.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  // Backslashes are separators on Windows and ':' makes drive paths (C:) and NTFS streams
  // (file::$DATA); Vite never emits either, so refusing them outright beats reasoning about them.
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.includes(':')) {
    return refuse(403, 'forbidden character');
  }
  const relative = decoded.replace(/^\//, '') || 'index.html';
  if (path.posix.isAbsolute(relative)) return refuse(403, 'absolute path');
  if (relative.split('/').some((segment) => segment === '..' || segment === '.')) {
    return refuse(403, 'dot segment');
  }

  // The decisive check: resolve, then require the result to stay strictly inside the root.
  const filePath = path.resolve(rootDir, relative);
  if (!isStrictlyInside(rootDir, filePath)) return refuse(403, 'outside the renderer folder');
  return { ok: true, filePath };
}

// Both servers of the renderer's files (browser mode and app://) share one path check and one
// content-type table.
export { isStrictlyInside } from '../core/renderer-path';
export { contentTypeFor } from '../core/content-types';
