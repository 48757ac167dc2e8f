import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/index';
import { CONTENT_SECURITY_POLICY } from '../../core/web/responses';
import { startWebServer, type WebServer } from '../../core/web/server';
import { apiRequest, makeFakeRenderer, makeTempDir, rawRequest } from './helpers';

const jinanTrip = {
  title: 'Västerås delegation to Jinan and Shenyang',
  direction: 'outgoing',
  startDate: '2017-10-28',
  endDate: '2017-11-04',
  destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
};

let dir: string;
let core: Core;
let server: WebServer;
let secret: string;
const MAX_BODY = 64 * 1024;

beforeAll(async () => {
  dir = makeTempDir('web');
  const fake = makeFakeRenderer(dir);
  secret = fake.secret;
  // A symlink inside the renderer folder that points out of it must not be followed.
  symlinkSync(path.join(dir, 'secret.txt'), path.join(fake.rendererDir, 'assets', 'linked.txt'));
  core = openCore(path.join(dir, 'data.sqlite'));
  server = await startWebServer({ core, port: 0, rendererDir: fake.rendererDir, maxBodyBytes: MAX_BODY });
});

afterAll(async () => {
  await server?.close();
  core?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** directive → sources, in order. */
const parseCsp = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

const errorCode = (json: unknown) => (json as { ok: false; error: { code: string } }).error.code;

describe('binding and the printed URL', () => {
  it('listens on 127.0.0.1 only, on the port it reports', () => {
    expect(server.address).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is not reachable on the IPv6 loopback (nor, therefore, any other interface)', async () => {
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '::1', port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(connected).toBe(false);
  });

  it('makes a new token for every server', async () => {
    const other = await startWebServer({ core, port: 0, rendererDir: path.join(dir, 'renderer') });
    try {
      expect(other.token).not.toBe(server.token);
      const refused = await apiRequest(other.port, server.token, 'trips:list', {});
      expect(refused.status).toBe(403);
    } finally {
      await other.close();
    }
  });
});

describe('API', () => {
  it('runs operations for a caller with the token: create a trip, then list it', async () => {
    const created = await apiRequest(server.port, server.token, 'trips:create', jinanTrip);
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ ok: true, value: { title: jinanTrip.title } });

    const listed = await apiRequest(server.port, server.token, 'trips:list', {});
    expect(listed.status).toBe(200);
    expect(listed.headers['cache-control']).toBe('no-store');
    expect(listed.headers['content-type']).toBe('application/json; charset=utf-8');
    const result = listed.json as { ok: true; value: { title: string; memberCount: number }[] };
    expect(result.ok).toBe(true);
    expect(result.value.map((t) => t.title)).toContain('Västerås delegation to Jinan and Shenyang');
    expect(result.value[0]?.memberCount).toBe(0);
  });

  it('accepts its own origin, as a browser sends it on every POST', async () => {
    for (const origin of [server.origin, `http://localhost:${server.port}`]) {
      const res = await apiRequest(server.port, server.token, 'trips:list', {}, { Origin: origin });
      expect(res.status, origin).toBe(200);
    }
  });

  it('refuses a request without the token (403)', async () => {
    const res = await apiRequest(server.port, undefined, 'trips:list', {});
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a wrong token of any length, or a token sent another way (403)', async () => {
    const wrongs: Record<string, string>[] = [
      { Authorization: 'Bearer x' },
      { Authorization: `Bearer ${server.token}${server.token}` },
      { Authorization: server.token },
      { Authorization: `Basic ${server.token}` },
      { Cookie: `token=${server.token}` },
    ];
    for (const headers of wrongs) {
      const res = await apiRequest(server.port, undefined, 'trips:list', {}, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
  });

  it('refuses a token that only differs in its last character', async () => {
    const last = server.token.at(-1);
    const wrong = server.token.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const res = await apiRequest(server.port, wrong, 'trips:list', {});
    expect(res.status).toBe(403);
  });

  it('refuses foreign Host headers (DNS rebinding), even with the token', async () => {
    for (const host of [`evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`, '127.0.0.1', `[::1]:${server.port}`]) {
      const res = await apiRequest(server.port, server.token, 'trips:list', {}, { Host: host });
      expect(res.status, host).toBe(403);
      expect(errorCode(res.json)).toBe('forbidden');
    }
    // Files too: a rebound page must not even learn what the app looks like.
    const page = await rawRequest(server.port, { path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
  });

  it('refuses a request with two Host headers, even when the first one is ours', async () => {
    for (const second of [`evil.example:${server.port}`, `127.0.0.1:${server.port}`]) {
      const status = await new Promise<number>((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port: server.port }, () => {
          socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nHost: ${second}\r\nConnection: close\r\n\r\n`);
        });
        let answer = '';
        socket.on('data', (data) => {
          answer += data.toString();
          const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
          if (match) {
            socket.destroy();
            resolve(Number(match[1]));
          }
        });
        socket.on('error', reject);
      });
      expect(status, second).toBe(403);
    }
  });

  it('accepts localhost as Host', async () => {
    const res = await apiRequest(server.port, server.token, 'trips:list', {}, { Host: `localhost:${server.port}` });
    expect(res.status).toBe(200);
  });

  it('refuses foreign origins and cross-site fetches, even with the token', async () => {
    const origins = [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port}.evil.example`,
      'null',
      'not a url',
    ];
    for (const origin of origins) {
      const res = await apiRequest(server.port, server.token, 'trips:list', {}, { Origin: origin });
      expect(res.status, origin).toBe(403);
    }
    const crossSite = await apiRequest(server.port, server.token, 'trips:list', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(crossSite.status).toBe(403);
  });

  it('answers an unknown operation with 404 and unknown_operation', async () => {
    for (const name of ['trips:explode', 'constructor', '__proto__', 'trips%3Alist%00']) {
      const res = await apiRequest(server.port, server.token, name, {});
      expect(res.status, name).toBe(404);
      expect(errorCode(res.json)).toBe('unknown_operation');
    }
  });

  it('checks the token before saying whether an operation exists', async () => {
    const res = await apiRequest(server.port, undefined, 'trips:explode', {});
    expect(res.status).toBe(403);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/trips:list',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{"includeArchived": tru',
    });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses other content types (415), so plain HTML forms cannot post', async () => {
    const res = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/trips:list',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${server.token}` },
      body: '{}',
    });
    expect(res.status).toBe(415);
  });

  it('returns invalid input as an operation result with field issues', async () => {
    const res = await apiRequest(server.port, server.token, 'trips:create', { ...jinanTrip, endDate: '2017-10-01' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const wrongShape = await apiRequest(server.port, server.token, 'trips:get', ['not', 'an', 'object']);
    expect(wrongShape.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses other methods (405 with Allow)', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
      const res = await rawRequest(server.port, {
        method,
        path: '/api/trips:list',
        headers: { Authorization: `Bearer ${server.token}` },
      });
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
  });

  it('refuses bodies over the size limit (413), declared or streamed', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(MAX_BODY) });
    const res = await apiRequest(server.port, server.token, 'trips:list', JSON.parse(big));
    expect(res.status).toBe(413);
    expect(errorCode(res.json)).toBe('payload_too_large');

    const chunked = await new Promise<number>((resolve, reject) => {
      // No Content-Length: the server must count while reading.
      const socket = net.connect({ host: '127.0.0.1', port: server.port }, () => {
        socket.write(
          `POST /api/trips:list HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
            `Authorization: Bearer ${server.token}\r\nContent-Type: application/json\r\n` +
            'Transfer-Encoding: chunked\r\n\r\n',
        );
        const piece = 'a'.repeat(16 * 1024);
        for (let i = 0; i < 6; i++) socket.write(`${piece.length.toString(16)}\r\n${piece}\r\n`);
      });
      let answer = '';
      socket.on('data', (data) => {
        answer += data.toString();
        const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
        if (status) {
          socket.destroy();
          resolve(Number(status[1]));
        }
      });
      socket.on('error', reject);
    });
    expect(chunked).toBe(413);
  });

  it('keeps serving after hostile requests', async () => {
    await new Promise<void>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: server.port }, () => {
        socket.end('GARBAGE /\0 NOT-HTTP\r\n\r\n');
      });
      socket.resume(); // read (and drop) the 400 answer, or 'close' never comes
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    const res = await apiRequest(server.port, server.token, 'trips:list', {});
    expect(res.status).toBe(200);
  });
});

describe('static files', () => {
  it('serves index.html for / with the security headers', async () => {
    const res = await rawRequest(server.port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('<title>Delegation Planner</title>');
    const csp = res.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('allows the programme preview frame exactly: a blob: frame, blob: styles, data: fonts, and no more', () => {
    const directives = parseCsp(CONTENT_SECURITY_POLICY);
    expect(directives.get('frame-src')).toEqual(['blob:']);
    expect(directives.get('style-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('script-src')).toEqual(["'self'"]); // never blob:, data: or inline
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('is the same policy as the meta tag in renderer/index.html (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const header = parseCsp(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(Object.fromEntries(parseCsp(meta))).toEqual(Object.fromEntries(header));
  });

  it('sends the right content types and ignores query strings', async () => {
    const js = await rawRequest(server.port, { path: '/assets/app.js?v=1' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const css = await rawRequest(server.port, { path: '/assets/app.css' });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await rawRequest(server.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
  });

  it('lets the browser keep hashed build assets for a year, and revalidate index.html every time', async () => {
    const assets = path.join(dir, 'renderer', 'assets');
    writeFileSync(path.join(assets, 'index-DpLYvaQz.js'), 'console.log("built");');
    writeFileSync(path.join(assets, 'index-Bx_9-kQ2.css'), 'body { margin: 0 }');
    writeFileSync(path.join(assets, 'noto-sans-latin-400-normal-BTkUljjl.woff2'), 'font');
    for (const asset of ['index-DpLYvaQz.js', 'index-Bx_9-kQ2.css', 'noto-sans-latin-400-normal-BTkUljjl.woff2']) {
      const res = await rawRequest(server.port, { path: `/assets/${asset}` });
      expect(res.status, asset).toBe(200);
      expect(res.headers['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', '/index.html', '/assets/app.js']) {
      const res = await rawRequest(server.port, { path: page });
      expect(res.status, page).toBe(200);
      expect(res.headers['cache-control'], page).toBe('no-cache');
    }
    // A refusal is never cached, so the file appears once it exists.
    const missing = await rawRequest(server.port, { path: '/assets/later-AbCdEfGh.js' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).not.toContain('immutable');
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await rawRequest(server.port, { path: '/nope.js' })).status).toBe(404);
    expect((await rawRequest(server.port, { path: '/assets' })).status).toBe(404);
    expect((await rawRequest(server.port, { path: '/assets/' })).status).toBe(404);
  });

  it('never serves anything outside the renderer folder, nor dotfiles', async () => {
    const attacks = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E%2Fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%5c..%5csecret.txt',
      '/assets/linked.txt',
      '/.env',
      '/assets/%2e/../.env',
      '/index.html%00.js',
      '/%',
      `/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
      '//etc/passwd',
    ];
    for (const attack of attacks) {
      const res = await rawRequest(server.port, { path: attack });
      expect(res.status, attack).toBeGreaterThanOrEqual(400);
      expect(res.text, attack).not.toContain(secret);
      expect(res.text, attack).not.toContain('SECRET=dotfile');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await rawRequest(server.port, { method: 'POST', path: '/index.html', body: 'x' });
    expect(res.status).toBe(405);
  });
});
