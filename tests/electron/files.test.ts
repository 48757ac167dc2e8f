import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FilesModuleType from '../../electron/files';
import { fakeElectron, type FakeElectron, type FakeFrame } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

/**
 * electron/files.ts: save dialogs, the system print dialog and opened files, as the renderer
 * reaches them through the desktop: channels. The renderer is not trusted with the disk: it only
 * suggests a bare file name, and only the app's own top-level page is answered.
 */
type FilesModule = typeof FilesModuleType;
let electron: FakeElectron;
let files: FilesModule;
let dir: string;
let uninstall: () => void;
const printDocument = vi.fn(async (_html: string) => ({ status: 'printed' as const }));

const appFrame: FakeFrame = { url: 'app://app/', parent: null };
const handler = (channel: string) => electron.ipcMain.handlers.get(channel)!;
const fromApp = () => ({ senderFrame: appFrame, sender: electron.BrowserWindow.instances[0]?.webContents });

beforeEach(async () => {
  vi.resetModules();
  electron = await fakeElectron();
  electron.__reset();
  files = await import('../../electron/files');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-files-'));
  new electron.BrowserWindow({}); // the main window the dialogs belong to
  uninstall = files.installDesktopHandlers({ printDocument });
});
afterEach(() => {
  uninstall();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('checkFileName', () => {
  it.each([
    '../secret.txt',
    'trips/Jinan.delegation',
    'C:\\Windows\\evil.bat',
    'C:evil',
    '/etc/passwd',
    '.bashrc',
    'CON',
    'con.pdf',
    'LPT1.txt',
    'name.',
    'with\u0000nul.pdf',
    'line\nbreak.pdf',
    'what?.pdf',
    '',
    '   ',
    'x'.repeat(201),
    42,
    null,
  ])('refuses %j', (name) => {
    expect(files.checkFileName(name)).toBeNull();
  });

  it.each(['Anders Teljebäck.pdf', '王伟.pdf', 'Programme Jinan (2).pdf', 'Wuxi delegation – contacts.vcf'])('accepts %j', (name) => {
    expect(files.checkFileName(name)).toBe(name);
  });
});

describe('desktop:save-file', () => {
  it('writes text as UTF-8 where the user chose, suggesting Downloads/<name>', async () => {
    const target = path.join(dir, 'Jinan.ics');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const outcome = await handler('desktop:save-file')(fromApp(), { fileName: 'Jinan.ics', data: 'SUMMARY:济南 Åäö', mediaType: 'text/calendar' });
    expect(outcome).toEqual({ status: 'saved', path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('SUMMARY:济南 Åäö');
    const [win, options] = electron.dialog.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(win).toBe(electron.BrowserWindow.instances[0]);
    expect(options.defaultPath).toBe(path.join('/fake/userData', 'Jinan.ics'));
    expect(options.filters).toEqual([{ name: 'ICS', extensions: ['ics'] }]);
    expect(fs.readdirSync(dir)).toEqual(['Jinan.ics']); // no temporary file left behind
  });

  it('writes bytes unchanged', async () => {
    const target = path.join(dir, 'Programme.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    expect(await handler('desktop:save-file')(fromApp(), { fileName: 'Programme.pdf', data: bytes, mediaType: 'application/pdf' })).toMatchObject({ status: 'saved' });
    expect([...fs.readFileSync(target)]).toEqual([...bytes]);
  });

  it('reports a cancelled dialog and a folder that cannot be written', async () => {
    expect(await handler('desktop:save-file')(fromApp(), { fileName: 'a.pdf', data: 'x', mediaType: 'application/pdf' })).toEqual({ status: 'cancelled' });
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(dir, 'missing-folder', 'a.pdf') });
    expect(await handler('desktop:save-file')(fromApp(), { fileName: 'a.pdf', data: 'x', mediaType: 'application/pdf' })).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/^The file could not be saved/),
    });
  });

  it('refuses hostile names, missing or oversized content, and other senders, before any dialog', async () => {
    const save = handler('desktop:save-file');
    for (const payload of [
      { fileName: '../../.bashrc', data: 'x', mediaType: 'text/plain' },
      { fileName: 'a.pdf', mediaType: 'application/pdf' },
      { fileName: 'a.pdf', data: { length: 3 }, mediaType: 'application/pdf' },
      { fileName: 'big.pdf', data: new Uint8Array(files.MAX_SAVE_BYTES + 1), mediaType: 'application/pdf' },
      null,
      'a.pdf',
    ]) {
      expect(await save(fromApp(), payload)).toMatchObject({ status: 'failed' });
    }
    for (const frame of [{ url: 'https://evil.example/', parent: null }, { url: 'app://app/frame', parent: appFrame }, null]) {
      expect(await save({ senderFrame: frame }, { fileName: 'a.pdf', data: 'x', mediaType: 'application/pdf' })).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/^Refused/),
      });
    }
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('desktop:save-files', () => {
  it('asks for a folder once and writes every file, making names unique', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    const outcome = await handler('desktop:save-files')(fromApp(), [
      { fileName: 'Anna Berg.pdf', data: 'one', mediaType: 'application/pdf' },
      { fileName: 'anna berg.pdf', data: 'two', mediaType: 'application/pdf' },
      { fileName: '王伟.pdf', data: new Uint8Array([1, 2, 3]), mediaType: 'application/pdf' },
    ]);
    expect(outcome).toEqual({ status: 'saved', folder: dir, count: 3 });
    expect(fs.readdirSync(dir).sort()).toEqual(['Anna Berg.pdf', 'anna berg (2).pdf', '王伟.pdf'].sort());
    expect(fs.readFileSync(path.join(dir, 'anna berg (2).pdf'), 'utf8')).toBe('two');
    const options = electron.dialog.showOpenDialog.mock.calls[0]![1] as { properties: string[] };
    expect(options.properties).toContain('openDirectory');
  });

  it('refuses the whole batch when one file is bad, and writes nothing', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const outcome = await handler('desktop:save-files')(fromApp(), [
      { fileName: 'ok.pdf', data: 'x', mediaType: 'application/pdf' },
      { fileName: '../escape.pdf', data: 'x', mediaType: 'application/pdf' },
    ]);
    expect(outcome).toMatchObject({ status: 'failed' });
    expect(await handler('desktop:save-files')(fromApp(), [])).toMatchObject({ status: 'failed' });
    expect(await handler('desktop:save-files')(fromApp(), 'nope')).toMatchObject({ status: 'failed' });
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('desktop:print-document', () => {
  it('prints an HTML string from the app page, and nothing else', async () => {
    const printIt = handler('desktop:print-document');
    expect(await printIt(fromApp(), '<!DOCTYPE html><p>Programme</p>')).toEqual({ status: 'printed' });
    expect(printDocument).toHaveBeenCalledExactlyOnceWith('<!DOCTYPE html><p>Programme</p>');
    expect(await printIt(fromApp(), { html: 'x' })).toMatchObject({ status: 'failed' });
    expect(await printIt(fromApp(), '')).toMatchObject({ status: 'failed' });
    expect(await printIt({ senderFrame: { url: 'file:///x.html', parent: null } }, '<p>x</p>')).toMatchObject({ status: 'failed' });
    expect(printDocument).toHaveBeenCalledTimes(1);
  });
});

describe('readOpenedFile', () => {
  it('reads a trip file, and turns problems into a message for the import dialog', () => {
    const good = path.join(dir, 'Jinan.delegation');
    fs.writeFileSync(good, '{"format":"delegation-planner/trip","title":"济南"}');
    expect(files.readOpenedFile(good)).toEqual({ fileName: 'Jinan.delegation', content: '{"format":"delegation-planner/trip","title":"济南"}' });
    const binary = path.join(dir, 'photo.delegation');
    fs.writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    expect(files.readOpenedFile(binary)).toEqual({ fileName: 'photo.delegation', error: expect.stringMatching(/not UTF-8/) });
    expect(files.readOpenedFile(dir)).toEqual({ fileName: path.basename(dir), error: expect.stringMatching(/folder/) });
  });
});
