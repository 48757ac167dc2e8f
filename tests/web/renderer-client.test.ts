import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openCore, type Core } from '../../core/index';
import { startWebServer, type WebServer } from '../../core/web/server';
import type { DesktopApi } from '../../shared/api/client';
import {
  connect,
  createHttpCall,
  takeTokenFromLocation,
  TransportError,
  type ConnectEnvironment,
} from '../../renderer/src/api/client';
import { makeFakeRenderer, makeTempDir } from './helpers';

/** The renderer's API client: choosing the transport, the token in the link, and HTTP calls. */

const TOKEN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';

function fakeEnvironment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored === null ? [] : [['delegation-planner.token', stored]]);
  const replaceState = vi.fn();
  const env: ConnectEnvironment = {
    desktopApi: undefined,
    location: { hash, pathname: '/', search: '' },
    history: { state: null, replaceState },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    fetch: vi.fn(),
  };
  return { env, storage, replaceState };
}

describe('connect', () => {
  it('uses window.api in the desktop app and never touches the address bar', () => {
    const desktopApi: DesktopApi = {
      call: vi.fn(),
      onMenuCommand: vi.fn(),
      saveFile: vi.fn(),
      saveFiles: vi.fn(),
      printDocument: vi.fn(),
      onOpenFile: vi.fn(),
      openFile: vi.fn(),
    };
    const { env, replaceState } = fakeEnvironment(`#token=${TOKEN}`);
    const connection = connect({ ...env, desktopApi });
    expect(connection).toMatchObject({ ok: true, mode: 'desktop', call: desktopApi.call });
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('takes the token from the link, removes it from the address bar and keeps it for reloads', () => {
    const { env, storage, replaceState } = fakeEnvironment(`#token=${TOKEN}`);
    expect(connect(env)).toMatchObject({ ok: true, mode: 'browser' });
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(storage.get('delegation-planner.token')).toBe(TOKEN);
  });

  it('keeps other hash parameters when removing the token', () => {
    const { env, replaceState } = fakeEnvironment(`#token=${TOKEN}&view=trips`);
    expect(takeTokenFromLocation(env)).toBe(TOKEN);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/#view=trips');
  });

  it('uses the stored token after a reload', () => {
    const { env } = fakeEnvironment('', TOKEN);
    expect(connect(env)).toMatchObject({ ok: true, mode: 'browser' });
  });

  it('reports a missing token, and ignores malformed ones', () => {
    expect(connect(fakeEnvironment('').env)).toEqual({ ok: false, problem: 'missing_token' });
    expect(connect(fakeEnvironment('#token=').env)).toEqual({ ok: false, problem: 'missing_token' });
    expect(connect(fakeEnvironment('#token=<script>alert(1)</script>').env)).toEqual({
      ok: false,
      problem: 'missing_token',
    });
    expect(connect(fakeEnvironment('', 'bad token').env)).toEqual({ ok: false, problem: 'missing_token' });
  });
});

describe('HTTP transport against the real server', () => {
  let dir: string;
  let core: Core;
  let server: WebServer;
  /** fetch as the page does it: paths relative to the server's origin. */
  const pageFetch = (input: string | URL | Request, init?: RequestInit) =>
    fetch(new URL(String(input), server.origin), init);

  beforeAll(async () => {
    dir = makeTempDir('client');
    core = openCore(path.join(dir, 'data.sqlite'));
    server = await startWebServer({ core, port: 0, rendererDir: makeFakeRenderer(dir).rendererDir });
  });

  afterAll(async () => {
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('calls operations and returns their results, failures included', async () => {
    const call = createHttpCall(server.token, pageFetch as typeof fetch);
    const created = await call('trips:create', {
      title: 'Wuxi delegation visiting Södertälje',
      direction: 'incoming',
      startDate: '2018-05-14',
      endDate: '2018-05-17',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'Wuxi delegation visiting Södertälje' } });

    const listed = await call('trips:list', {});
    expect(listed.ok && listed.value.map((t) => t.title)).toEqual(['Wuxi delegation visiting Södertälje']);

    const invalid = await call('trips:get', { id: 'not-a-uuid' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rejects with a forbidden TransportError for a wrong token', async () => {
    const call = createHttpCall('A'.repeat(43), pageFetch as typeof fetch);
    const error = await call('trips:list', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ problem: 'forbidden', status: 403 });
  });

  it('rejects with an unreachable TransportError when nothing answers', async () => {
    const stopped = await startWebServer({ core, port: 0, rendererDir: path.join(dir, 'renderer') });
    await stopped.close();
    const call = createHttpCall(stopped.token, ((input: string) =>
      fetch(new URL(input, stopped.origin), { method: 'POST' })) as typeof fetch);
    await expect(call('trips:list', {})).rejects.toMatchObject({ problem: 'unreachable' });
  });
});
