import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { openCore, type Core } from '../../core/index';
import { handleApiMessage, installIpcHandlers, type SenderEvent } from '../../electron/ipc';
import { fakeElectron, type FakeFrame } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

const appFrame: FakeFrame = { url: 'app://app/index.html', parent: null };
const eventFrom = (frame: FakeFrame | null): SenderEvent => ({ senderFrame: frame }) as unknown as SenderEvent;
const fakeCore = () => ({ dispatch: vi.fn((_name: string, _input: unknown) => ({ ok: true as const, value: 'dispatched' })) });

describe('handleApiMessage refuses untrusted senders before the core sees anything', () => {
  it.each([
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a local file', { url: 'file:///home/user/evil.html', parent: null }],
    ['a look-alike app host', { url: 'app://evil/index.html', parent: null }],
    ['an app URL with credentials', { url: 'app://evil@app/', parent: null }],
    ['a sub-frame, even on the app origin', { url: 'app://app/frame.html', parent: appFrame }],
    ['a frame that is gone', null],
  ])('from %s', async (_label, frame) => {
    const core = fakeCore();
    const result = await handleApiMessage(core, 'api:trips:list', eventFrom(frame), {});
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.message).toMatch(/refused|gone/);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses operations the contract does not have', async () => {
    const core = fakeCore();
    for (const channel of ['api:trips:drop', 'api:', 'api:__proto__', 'api:toString', 'trips:list', 'menu:command']) {
      const result = await handleApiMessage(core, channel, eventFrom(appFrame), {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('passes a good message to core.dispatch with its operation and input, and returns its result', async () => {
    const core = fakeCore();
    const input = { includeArchived: true };
    expect(await handleApiMessage(core, 'api:trips:list', eventFrom(appFrame), input)).toEqual({ ok: true, value: 'dispatched' });
    expect(core.dispatch).toHaveBeenCalledWith('trips:list', input);
  });

  it('turns a throwing core into an error result instead of a rejected invoke', async () => {
    const core = { dispatch: vi.fn(() => { throw new Error('bug'); }) };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await handleApiMessage(core, 'api:trips:list', eventFrom(appFrame), {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const rejecting = { dispatch: vi.fn(() => Promise.reject(new Error('async bug'))) };
    expect(await handleApiMessage(rejecting, 'api:documents:pdf', eventFrom(appFrame), {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('awaits an async operation and answers with its result', async () => {
    const core = { dispatch: vi.fn(async () => ({ ok: true as const, value: { base64: 'JVBERi0=' } })) };
    expect(await handleApiMessage(core, 'api:documents:pdf', eventFrom(appFrame), { tripId: 'x' })).toEqual({ ok: true, value: { base64: 'JVBERi0=' } });
  });
});

describe('installIpcHandlers', () => {
  it('registers exactly one api:<name> handler per contract operation, and can remove them', async () => {
    const { ipcMain } = await fakeElectron();
    const uninstall = installIpcHandlers(fakeCore());
    expect([...ipcMain.handlers.keys()].sort()).toEqual(operationNames.map((name) => `api:${name}`).sort());
    uninstall();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('routes through the sender checks', async () => {
    const { ipcMain } = await fakeElectron();
    const core = fakeCore();
    const uninstall = installIpcHandlers(core);
    const handler = ipcMain.handlers.get('api:trips:get')!;
    expect(await handler(eventFrom({ url: 'https://evil.example/', parent: null }), { id: 'x' })).toMatchObject({ ok: false });
    expect(core.dispatch).not.toHaveBeenCalled();
    await handler(eventFrom(appFrame), { id: 'x' });
    expect(core.dispatch).toHaveBeenCalledWith('trips:get', { id: 'x' });
    uninstall();
  });
});

describe('with a real core on a temporary SQLite file', () => {
  let dir: string;
  let core: Core;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-ipc-'));
    core = openCore(path.join(dir, 'test.sqlite'));
  });
  afterEach(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects bad input with field issues and stores nothing', async () => {
    const result = await handleApiMessage(core, 'api:trips:create', eventFrom(appFrame), { title: '', direction: 'sideways' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.ok ? [] : result.error.issues?.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(['title', 'direction']));
    expect(await handleApiMessage(core, 'api:trips:list', eventFrom(appFrame), {})).toEqual({ ok: true, value: [] });
  });

  it('creates and lists a trip end to end', async () => {
    const trip = { title: 'Jinan 2026', direction: 'outgoing', startDate: '2026-05-10', endDate: '2026-05-16' };
    const created = await handleApiMessage(core, 'api:trips:create', eventFrom(appFrame), trip);
    expect(created).toMatchObject({ ok: true, value: { title: 'Jinan 2026' } });
    const listed = await handleApiMessage(core, 'api:trips:list', eventFrom(appFrame), {});
    expect(listed.ok && (listed.value as { title: string }[]).map((t) => t.title)).toEqual(['Jinan 2026']);
  });

  it('never lets a foreign page write, even with valid input', async () => {
    const trip = { title: 'Planted', direction: 'outgoing', startDate: '2026-05-10', endDate: '2026-05-16' };
    expect((await handleApiMessage(core, 'api:trips:create', eventFrom({ url: 'file:///x.html', parent: null }), trip)).ok).toBe(false);
    expect(await handleApiMessage(core, 'api:trips:list', eventFrom(appFrame), {})).toEqual({ ok: true, value: [] });
  });

  it('answers documents:pdf through the printer the core was opened with', async () => {
    const printed: string[] = [];
    const printing = openCore(path.join(dir, 'printing.sqlite'), {
      printPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7\n/Type /Page\n%%EOF');
      },
    });
    try {
      const trip = { title: 'Jinan 2026', direction: 'outgoing', startDate: '2026-05-10', endDate: '2026-05-16' };
      const created = await handleApiMessage(printing, 'api:trips:create', eventFrom(appFrame), trip);
      const tripId = created.ok ? (created.value as { id: string }).id : '';
      const result = await handleApiMessage(printing, 'api:documents:pdf', eventFrom(appFrame), { tripId, lang: 'en' });
      expect(result).toMatchObject({ ok: true, value: { fileName: 'Programme Jinan 2026.pdf', pages: 1 } });
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('Jinan 2026');
      // The core of this suite was opened without a printer: a clear refusal, not a crash.
      const created2 = await handleApiMessage(core, 'api:trips:create', eventFrom(appFrame), trip);
      const without = await handleApiMessage(core, 'api:documents:pdf', eventFrom(appFrame), { tripId: created2.ok ? (created2.value as { id: string }).id : '' });
      expect(without).toMatchObject({ ok: false, error: { message: expect.stringMatching(/PDF printing is not available/) } });
    } finally {
      printing.close();
    }
  });
});
