/**
 * The app's own origin. The renderer is served from `app://app/…` by electron/protocol.ts, and
 * every trust decision in the main process (IPC senders, navigation, permissions) asks
 * `isAppUrl` whether a URL belongs to it.
 *
 * Pure module (no electron import) so tests can use it directly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads; the protocol handler serves index.html for it. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

/**
 * Whether `raw` is a URL on the app origin.
 *
 * Hazard: do NOT compare `new URL(raw).origin` with "app://app". Node's URL parser (which the
 * main process uses) treats `app:` as a non-special scheme and reports its origin as the opaque
 * string "null" — the same value it reports for `file:` URLs — so an origin comparison either
 * never matches or, compared with "null", lets file:// pages through. Comparing the parsed
 * protocol and host (and refusing credentials and ports, which the app never uses) is exact.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST && // `host` includes any port, so app://app:80 fails here too
    url.username === '' &&
    url.password === ''
  );
}
