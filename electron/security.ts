import { app, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isAppUrl } from './app-url';
import { toSafeExternalUrl } from './external-url';

/**
 * The security settings every window and session of the app gets. The renderer is treated as
 * untrusted: it shows data imported from other people's files, so a bug there must not become
 * access to the disk, the database or arbitrary URLs.
 */

/** webPreferences for the main window. */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true, // the page cannot reach the preload's objects or Electron internals
    sandbox: true, // renderer is an OS-sandboxed Chromium process (why the preload is one bundled file)
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true, // same-origin policy on
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false, // dropping a file on the window must not navigate to it
    safeDialogs: true,
    spellcheck: false, // the spellchecker may download dictionaries; the app is offline
    devTools: options.devTools,
    // There is no `enableRemoteModule`: the remote module was removed from Electron (v14).
  };
}

type OpenExternal = (url: string) => unknown;

/** Open `raw` in the OS only if it passes the allow-list; otherwise do nothing. */
export function openExternalIfSafe(raw: string, openExternal: OpenExternal = (url) => shell.openExternal(url)): boolean {
  const safe = toSafeExternalUrl(raw);
  if (safe === null) return false;
  // openExternal rejects when no handler exists (e.g. no mail client); nothing useful to do then.
  void Promise.resolve(openExternal(safe)).catch(() => undefined);
  return true;
}

const hardened = new WeakSet<WebContents>();

/**
 * Lock down one webContents: no navigation away from the app in any frame, no new windows, no
 * <webview>. Links to the web or mail go to the OS after the URL check. Idempotent, so the main
 * window can call it explicitly and the `web-contents-created` hook can too.
 */
export function hardenWebContents(contents: WebContents, openExternal?: OpenExternal): void {
  if (hardened.has(contents)) return;
  hardened.add(contents);

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return; // reloads and in-app links stay on app://app
    event.preventDefault();
    openExternalIfSafe(event.url, openExternal);
  });
  // will-navigate covers only the main frame; a sub-frame (the document preview's iframe, or one
  // a bug lets a page create) could otherwise be navigated to a remote page inside the window.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // will-navigate decides (and opens vetted links once)
    if (!isSubFrameUrlAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * What a sub-frame may show: the app's own pages and blob: documents it made itself (the
 * programme preview is a blob:app://app/… frame), and the empty documents of a fresh frame.
 */
export function isSubFrameUrlAllowed(raw: string): boolean {
  if (/^about:(blank|srcdoc)([?#]|$)/.test(raw)) return true;
  if (isAppUrl(raw)) return true;
  // A blob URL carries its creator's origin inside: blob:app://app/<uuid>.
  return raw.startsWith('blob:') && isAppUrl(raw.slice('blob:'.length));
}

/**
 * Deny every permission (camera, notifications, geolocation, clipboard-read, …) by default. The
 * app needs none; if one becomes necessary, allow exactly that permission for `isAppUrl` origins.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Harden every webContents Electron ever creates, not just the ones we know about. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
