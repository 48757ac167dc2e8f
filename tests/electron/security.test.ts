import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Session, WebContents } from 'electron';
import { FakeSession, FakeWebContents, fakeElectron } from './fake-electron';
import {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  secureWebPreferences,
} from '../../electron/security';
import { toSafeExternalUrl } from '../../electron/external-url';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { isAppUrl } from '../../electron/app-url';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const asWebContents = (fake: FakeWebContents) => fake as unknown as WebContents;

/** Emit a navigation the way Electron does (details object first) and report if it was stopped. */
function navigate(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { url, preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const prefs = secureWebPreferences('/app/preload.cjs', { devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('hardenWebContents', () => {
  let contents: FakeWebContents;
  let openExternal: Mock<(url: string) => Promise<void>>;
  beforeEach(() => {
    contents = new FakeWebContents();
    openExternal = vi.fn(async () => undefined);
    hardenWebContents(asWebContents(contents), openExternal);
  });

  it('stops navigation away from the app and hands vetted web links to the OS instead', () => {
    expect(navigate(contents, 'will-navigate', 'https://example.org/page')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://example.org/page');
  });

  it('stops navigation to dangerous URLs without opening them anywhere', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<script>x</script>', 'https://evil.example@app/']) {
      expect(navigate(contents, 'will-navigate', url)).toBe(true);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets the app reload or move within its own origin', () => {
    expect(navigate(contents, 'will-navigate', 'app://app/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://app/index.html#/trips')).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('stops redirects away from the app', () => {
    expect(navigate(contents, 'will-redirect', 'https://example.org/')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'app://app/index.html')).toBe(false);
  });

  it('denies every new window and opens only vetted URLs externally', () => {
    const handler = contents.windowOpenHandler!;
    const allowed = ['https://example.org/a?b=1', 'mailto:mayor@example.org'];
    const refused = [
      'http://example.org/',
      'tel:+46701234567',
      'mailto:mayor@example.org?attach=/home/me/.ssh/id_rsa',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/calc.exe',
      'data:text/html,hi',
      'https://evil.example@app',
      'https://user:pass@example.org/',
      'ms-msdt:/id PCWDiagnostic',
      'app://app/',
      'not a url',
    ];
    for (const url of [...allowed, ...refused]) expect(handler({ url })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(allowed);
  });

  it('keeps every sub-frame on the app: its own pages and blob: documents, nothing remote', () => {
    const frameNavigate = (url: string, isMainFrame = false) => {
      const preventDefault = vi.fn();
      contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault });
      return preventDefault.mock.calls.length > 0;
    };
    for (const url of ['blob:app://app/5b1c3e9a-0d1f-4c2e-9b7a-2f0e4d6c8a10', 'app://app/index.html', 'about:blank', 'about:blank#top', 'about:srcdoc']) {
      expect(frameNavigate(url), url).toBe(false);
    }
    for (const url of ['https://example.org/', 'blob:https://evil.example/x', 'blob:null/x', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'app://evil/', 'about:blankhttps://x']) {
      expect(frameNavigate(url), url).toBe(true);
    }
    // A sub-frame's navigation is not a click on a link: nothing is opened outside either.
    expect(openExternal).not.toHaveBeenCalled();
    // The main frame is will-navigate's (which opens vetted links once).
    expect(frameNavigate('https://example.org/', true)).toBe(false);
  });

  it('refuses to attach <webview>s', () => {
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });

  it('installs its listeners once even if called twice', () => {
    hardenWebContents(asWebContents(contents), openExternal);
    navigate(contents, 'will-navigate', 'https://example.org/');
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('hardenAllWebContents', () => {
  it('hardens every webContents Electron creates, through shell.openExternal', async () => {
    const electron = await fakeElectron();
    hardenAllWebContents();
    const other = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, other);
    expect(navigate(other, 'will-navigate', 'https://example.org/x')).toBe(true);
    expect(other.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/x');
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const session = new FakeSession();
    hardenSession(session as unknown as Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });
});

describe('toSafeExternalUrl', () => {
  it('returns the normalised URL for web, mail and phone links', () => {
    expect(toSafeExternalUrl('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b');
    expect(toSafeExternalUrl('mailto:a@example.org')).toBe('mailto:a@example.org');
  });
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript with spaces', ' javascript:alert(1)'],
    ['file:', 'file:///etc/passwd'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4='],
    ['credentials trick', 'https://evil.example@app'],
    ['a substring of https', 'xhttps://example.org'],
    ['a scheme containing "http"', 'http-evil://x'],
    ['no scheme', 'example.org'],
    ['not a string', 42],
    ['overlong', `https://example.org/${'a'.repeat(3000)}`],
    ['plain http (can be rewritten on the way)', 'http://example.org/'],
    ['tel:', 'tel:+46701234567'],
    ['a mailto that attaches a file', 'mailto:a@example.org?attach=/etc/passwd'],
    ['an attachment parameter after others', 'mailto:a@example.org?subject=Hi&Attachment=C:%5CUsers%5Cme%5Cfile.txt'],
    ['an encoded attach', 'mailto:a@example.org?%61ttach=~/.ssh/id_rsa'],
    ['an attach smuggled in a value', 'mailto:a@example.org?x=1%26attach=/etc/passwd'],
    ['a mailto without recipient that attaches', 'mailto:?attach=/etc/passwd'],
  ])('refuses %s', (_label, input) => {
    expect(toSafeExternalUrl(input)).toBeNull();
  });

  it('opens mail links that only address, title and word a message', () => {
    const link = 'mailto:mayor@example.org?subject=Visit%20to%20J%C3%B6nk%C3%B6ping&body=Attachments%20follow%20by%20post';
    expect(toSafeExternalUrl(link)).toBe(link);
  });
});

describe('isAppUrl', () => {
  it('accepts only app://app, not look-alikes', () => {
    expect(isAppUrl('app://app/index.html')).toBe(true);
    for (const url of ['file:///app/index.html', 'app://evil/', 'app://x@app/', 'app://app:8080/', 'https://app/', 'null', '']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directive = (name: string) =>
    CONTENT_SECURITY_POLICY.split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith(`${name} `));

  it('allows scripts only from the app, never inline or eval', () => {
    const scriptSrc = directive('script-src');
    expect(scriptSrc).toBe("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });
  it('locks down everything else a page could abuse', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
    expect(directive('img-src')).toBe("img-src 'self' data:");
  });
  it('allows the programme preview (a blob: frame that inherits this policy) exactly what it needs', () => {
    expect(directive('frame-src')).toBe('frame-src blob:');
    expect(directive('style-src')).toBe("style-src 'self' blob:");
    expect(directive('font-src')).toBe("font-src 'self' data:");
  });
  it('is the policy of the browser mode too (same renderer, same rules)', async () => {
    const { CONTENT_SECURITY_POLICY: web } = await import('../../core/web/responses');
    const parse = (policy: string) =>
      Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.sort()]));
    const electronPolicy = parse(CONTENT_SECURITY_POLICY);
    // Electron's only extra is worker-src (the web page falls back to default-src 'self' for it).
    delete electronPolicy['worker-src'];
    expect(electronPolicy).toEqual(parse(web));
  });
});
