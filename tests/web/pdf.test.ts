import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lazyChromiumPrinter, type LazyPrinter } from '../../core/chromium-printer';
import type { PdfPrinter } from '../../core/documents/printer';
import { openCore, type Core } from '../../core/index';
import { startWebServer, type WebServer } from '../../core/web/server';
import type { PrintedPdf } from '../../shared/api/contract';
import { readPdf } from '../documents/pdf-reader';
import { apiRequest, makeFakeRenderer, makeTempDir } from './helpers';

/**
 * 'documents:pdf' through the browser mode's HTTP API: the async operation is awaited by the
 * server, printed by the machine's Chromium (the lazy printer `npm run web` uses), and what comes
 * back is a real PDF that pdf.js reads.
 */
let dir: string;
let core: Core;
let printer: LazyPrinter;
let server: WebServer;
let tripId: string;
let shenyangOnlyMember: string;

const ok = async <T>(name: string, input: unknown): Promise<T> => {
  const res = await apiRequest(server.port, server.token, name, input);
  const body = res.json as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error?.message}`);
  return body.value;
};

beforeAll(async () => {
  dir = makeTempDir('pdf');
  printer = lazyChromiumPrinter();
  core = openCore(path.join(dir, 'data.sqlite'), { printPdf: printer.printPdf });
  server = await startWebServer({ core, port: 0, rendererDir: makeFakeRenderer(dir).rendererDir });
  const trip = await ok<{ id: string }>('trips:create', {
    title: 'Västerås delegation to Jinan and Shenyang',
    direction: 'outgoing',
    startDate: '2017-10-28',
    endDate: '2017-11-04',
    destinations: [
      { city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' },
      { city: 'Shenyang', nativeName: '沈阳', country: 'CN', timeZone: 'Asia/Shanghai' },
    ],
  });
  tripId = trip.id;
  const anna = await ok<{ id: string }>('members:create', { tripId, name: 'Anna Östlund', role: 'head' });
  await ok('members:create', { tripId, name: 'Björn Åkerlund', role: 'member' });
  shenyangOnlyMember = anna.id;
  await ok('items:create', {
    tripId,
    kind: 'meeting',
    title: 'Hotline 12345 contact centre',
    startLocal: '2017-10-30T09:30',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-10-30T11:00',
    location: { venue: '济南市民服务热线', address: 'Jingshi Road', addressLocal: '济南市经十路', city: 'Jinan' },
  });
  await ok('items:create', {
    tripId,
    kind: 'meeting',
    title: 'Signing in Shenyang',
    startLocal: '2017-11-02T10:00',
    startZone: 'Asia/Shanghai',
    endLocal: '2017-11-02T11:00',
    allMembers: false,
    participantIds: [anna.id],
  });
}, 60_000);

afterAll(async () => {
  await server?.close();
  core?.close();
  await printer?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('documents:pdf over HTTP', () => {
  it('answers with a real PDF (base64) that pdf.js reads: names, Swedish letters and Chinese', async () => {
    const printed = await ok<PrintedPdf>('documents:pdf', { tripId, lang: 'sv' });
    expect(printed.fileName).toBe('Program Västerås delegation to Jinan and Shenyang.pdf');
    const bytes = Buffer.from(printed.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await readPdf(bytes);
    expect(pdf.pageCount).toBe(printed.pages);
    expect(pdf.pageCount).toBeGreaterThanOrEqual(1);
    const text = pdf.pages.join('\n');
    expect(text).toContain('Anna Östlund');
    expect(text).toContain('Björn Åkerlund');
    expect(text).toContain('济南市经十路');
    expect(text).toContain('Signing in Shenyang');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  }, 60_000);

  it('prints a personal programme, named by its member, without what the member does not attend', async () => {
    const members = await ok<{ id: string; name: string }[]>('members:list', { tripId });
    const bjorn = members.find((m) => m.name === 'Björn Åkerlund')!;
    const printed = await ok<PrintedPdf>('documents:pdf', { tripId, memberId: bjorn.id, lang: 'en', paper: 'letter' });
    expect(printed.fileName).toBe('Björn Åkerlund.pdf');
    const pdf = await readPdf(Buffer.from(printed.base64, 'base64'));
    expect(pdf.pageSize.map(Math.round)).toEqual([612, 792]);
    const text = pdf.pages.join('\n');
    expect(text).toContain('Hotline 12345 contact centre');
    expect(text).not.toContain('Signing in Shenyang');
    expect(shenyangOnlyMember).not.toBe(bjorn.id);
  }, 60_000);

  it('answers bad input and unknown members at once, as operation results', async () => {
    const bad = await apiRequest(server.port, server.token, 'documents:pdf', { tripId, paper: 'a3' });
    expect(bad.status).toBe(200);
    expect(bad.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const stranger = await apiRequest(server.port, server.token, 'documents:pdf', { tripId, memberId: '00000000-0000-4000-8000-000000000000' });
    expect(stranger.json).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('a core without a printer', () => {
  it('refuses documents:pdf with a message that says why', async () => {
    const bare = openCore(path.join(dir, 'bare.sqlite'));
    try {
      const trip = bare.dispatch('trips:create', { title: 'Wuxi', direction: 'incoming', startDate: '2018-05-14', endDate: '2018-05-17' });
      const id = trip.ok ? (trip.value as { id: string }).id : '';
      const result = await bare.dispatch('documents:pdf', { tripId: id });
      expect(result).toEqual({
        ok: false,
        error: { code: 'internal', message: 'PDF printing is not available in this program (it was started without a printer)' },
      });
      // Sync operations still answer synchronously (no promise).
      expect(bare.dispatch('trips:list', {})).toMatchObject({ ok: true });
    } finally {
      bare.close();
    }
  });
});

describe('lazyChromiumPrinter', () => {
  const fakePrinter = () => {
    const printer = {
      printed: [] as string[],
      closed: false,
      print: vi.fn(async (html: string) => {
        printer.printed.push(html);
        return Buffer.from('%PDF');
      }),
      close: vi.fn(async () => {
        printer.closed = true;
      }),
    };
    return printer satisfies PdfPrinter;
  };
  const page = {} as Parameters<LazyPrinter['printPdf']>[1];

  it('starts one browser on the first print, reuses it, and closes it when idle', async () => {
    vi.useFakeTimers();
    try {
      const browser = fakePrinter();
      const launch = vi.fn(async () => browser);
      const lazy = lazyChromiumPrinter({ launch, idleMs: 1_000 });
      expect(launch).not.toHaveBeenCalled();
      await Promise.all([lazy.printPdf('<p>1</p>', page), lazy.printPdf('<p>2</p>', page)]);
      await lazy.printPdf('<p>3</p>', page);
      expect(launch).toHaveBeenCalledTimes(1);
      expect(browser.printed).toEqual(['<p>1</p>', '<p>2</p>', '<p>3</p>']);
      await vi.advanceTimersByTimeAsync(1_001);
      expect(browser.closed).toBe(true);
      await lazy.printPdf('<p>4</p>', page);
      expect(launch).toHaveBeenCalledTimes(2);
      await lazy.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('tries again after a failed start or a failed print', async () => {
    const browser = fakePrinter();
    const launch = vi.fn().mockRejectedValueOnce(new Error('Chromium was not found')).mockResolvedValue(browser);
    const lazy = lazyChromiumPrinter({ launch });
    await expect(lazy.printPdf('<p>1</p>', page)).rejects.toThrow('Chromium was not found');
    await lazy.printPdf('<p>2</p>', page);
    browser.print.mockRejectedValueOnce(new Error('Target closed'));
    await expect(lazy.printPdf('<p>3</p>', page)).rejects.toThrow('Target closed');
    expect(browser.closed).toBe(true);
    await lazy.printPdf('<p>4</p>', page);
    expect(launch).toHaveBeenCalledTimes(3);
    await lazy.close();
  });
});
