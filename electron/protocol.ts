import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { realFileInside } from '../core/renderer-path';
import { APP_SCHEME } from './app-url';
import { contentTypeFor, resolveAssetPath } from './asset-path';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The app:// protocol that serves the renderer instead of file://. file:// pages get extra
 * privileges and share the opaque "null" origin with every other local file; app://app is one
 * origin that only our files live on, and the CSP header travels with every response.
 */

/** Must run before `app` is ready (Electron's rule), and only once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin + relative URL resolution; secure: counts as a secure context;
      // supportFetchAPI: the renderer may fetch its own assets; codeCache: V8 keeps the compiled
      // scripts between starts, as it does for http(s) (a start otherwise compiles the ~1 MB of
      // scripts anew: about 100 ms of a cold start in the browser mode's traces, on 2 cores).
      // Nothing else (no bypassCSP).
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** Answer one request for a file under `rendererDir`. Exported for tests. */
export async function serveAsset(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: securityHeaders });
  }
  const resolved = resolveAssetPath(rendererDir, request.url);
  if (!resolved.ok) return new Response(null, { status: resolved.status, headers: securityHeaders });
  let body: Buffer;
  try {
    // The lexical check above cannot see symlinks: a link in the renderer folder could point
    // anywhere on the disk. Follow them all and require the real file to be inside the real
    // folder, as the browser mode does. fs (realpath, stat, read) understands app.asar in
    // Electron, so this works packaged too.
    const file = await realFileInside(await realpath(rendererDir), resolved.filePath);
    if (!file) throw new Error('not a file inside the renderer folder');
    body = await readFile(file.filePath);
  } catch {
    // Missing, a directory or outside: the same answer, and no path in it for the page to learn.
    return new Response(null, { status: 404, headers: securityHeaders });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders, 'Content-Type': contentTypeFor(resolved.filePath) },
  });
}

/** Install the handler on the default session; call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAsset(rendererDir, request));
}
