import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentTypeFor, isStrictlyInside, resolveAssetPath } from '../../electron/asset-path';
import { handleAppProtocol, registerAppScheme, serveAsset } from '../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/csp';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const root = path.resolve('/srv/renderer');

describe('resolveAssetPath', () => {
  it('maps app paths to files under the renderer folder', () => {
    expect(resolveAssetPath(root, 'app://app/assets/index-abc123.js')).toEqual({ ok: true, filePath: path.join(root, 'assets/index-abc123.js') });
    expect(resolveAssetPath(root, 'app://app/assets/logo%20big.svg?v=2#x')).toEqual({ ok: true, filePath: path.join(root, 'assets/logo big.svg') });
  });

  it('serves index.html for the root', () => {
    expect(resolveAssetPath(root, 'app://app/')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
    expect(resolveAssetPath(root, 'app://app')).toEqual({ ok: true, filePath: path.join(root, 'index.html') });
  });

  it.each([
    ['encoded slash after ..', 'app://app/..%2f..%2fetc%2fpasswd'],
    ['encoded dots and slash', 'app://app/%2e%2e%2f%2e%2e%2fetc/passwd'],
    ['double-encoded-looking segment', 'app://app/assets/%2E%2E%2Fsecret'],
    ['encoded absolute path', 'app://app/%2Fetc%2Fpasswd'],
    ['a second leading slash', 'app://app//etc/passwd'],
    ['a backslash', 'app://app/..%5c..%5cWindows%5cwin.ini'],
    ['a raw backslash', 'app://app/assets\\..\\..\\secret'],
    ['a null byte', 'app://app/index.html%00.png'],
    ['a drive letter', 'app://app/C:%2fWindows%2fwin.ini'],
    ['an NTFS stream', 'app://app/index.html::$DATA'],
    ['malformed encoding', 'app://app/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    const result = resolveAssetPath(root, url);
    expect(result.ok).toBe(false);
    expect(result.ok ? 0 : result.status).toBeGreaterThanOrEqual(400);
  });

  it('keeps literal and %2e%2e dot segments inside the root (the URL parser folds them at the root)', () => {
    for (const url of ['app://app/../../etc/passwd', 'app://app/%2e%2e/%2e%2e/etc/passwd']) {
      const result = resolveAssetPath(root, url);
      expect(result).toEqual({ ok: true, filePath: path.join(root, 'etc/passwd') });
    }
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAssetPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAssetPath(root, 'app://other/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAssetPath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });

  it('checks containment with path.relative, not a prefix match', () => {
    expect(isStrictlyInside(root, path.join(root, 'assets/app.js'))).toBe(true);
    expect(isStrictlyInside(root, path.join(root, '..foo'))).toBe(true); // a file named "..foo" is inside
    expect(isStrictlyInside(root, `${root}-old/secret.txt`)).toBe(false); // sibling sharing the prefix
    expect(isStrictlyInside(root, path.join(root, '../secret.txt'))).toBe(false);
    expect(isStrictlyInside(root, root)).toBe(false);
    expect(isStrictlyInside(root, path.parse(root).root)).toBe(false);
  });

  it('names module scripts, styles and pages with types Chromium accepts', () => {
    expect(contentTypeFor('/x/a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('/x/a.CSS')).toMatch(/^text\/css/);
    expect(contentTypeFor('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('/x/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('serveAsset on a real folder', () => {
  let dir: string;
  let rendererDir: string;
  const get = (url: string, method = 'GET') => serveAsset(rendererDir, new Request(url, { method }));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-protocol-'));
    rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>DP</title>');
    fs.writeFileSync(path.join(rendererDir, 'assets/app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer folder');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await get('app://app/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>DP</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their content type', async () => {
    const response = await get('app://app/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and for a folder, 403 for an escape attempt', async () => {
    expect((await get('app://app/missing.js')).status).toBe(404);
    expect((await get('app://app/assets')).status).toBe(404);
    const escape = await get('app://app/..%2fsecret.txt');
    expect(escape.status).toBe(403);
    expect(await escape.text()).toBe('');
  });

  it('follows symlinks: a link out of the renderer folder is not served, one inside is', async () => {
    fs.symlinkSync(path.join(dir, 'secret.txt'), path.join(rendererDir, 'assets/leak.js'));
    fs.symlinkSync(dir, path.join(rendererDir, 'outside'), 'dir');
    fs.symlinkSync(path.join(rendererDir, 'assets/app.js'), path.join(rendererDir, 'alias.js'));
    for (const url of ['app://app/assets/leak.js', 'app://app/outside/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toBe('');
    }
    expect(await (await get('app://app/alias.js')).text()).toBe('console.log(1)');
    // The folder itself may be reached through a link (a symlinked install folder).
    fs.symlinkSync(rendererDir, path.join(dir, 'renderer-link'), 'dir');
    const viaLink = await serveAsset(path.join(dir, 'renderer-link'), new Request('app://app/assets/app.js'));
    expect(await viaLink.text()).toBe('console.log(1)');
  });

  it('only answers GET and HEAD', async () => {
    expect((await get('app://app/', 'POST')).status).toBe(405);
    const head = await get('app://app/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('registration', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme with a code cache, without bypassing CSP', async () => {
    const { protocol } = await fakeElectron();
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('handles app:// requests from the given renderer folder', async () => {
    const { protocol } = await fakeElectron();
    handleAppProtocol('/nowhere');
    const [scheme, handler] = protocol.handle.mock.calls[0] as unknown as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://app/index.html'))).status).toBe(404);
  });
});
