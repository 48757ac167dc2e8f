import path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyChromiumPrinter } from '../../core/chromium-printer';
import type { PdfPrinter } from '../../core/documents/printer';
import { pageSettings } from '../../core/documents/page-settings';
import { openCore } from '../../core/index';
import { makeTempDir } from './helpers';

/**
 * Starting the PDF printer ahead of the first print ('documents:warmUp'): the lazy printer of the
 * browser mode starts once, the print that follows reuses it, a failed start is reported by the
 * print rather than the warm-up, and an unused printer still closes after its idle time.
 * A fake launch stands in for Chromium (the real one is in tests/web/pdf.test.ts).
 */
const page = pageSettings('a4', '<div></div>', '<div></div>');

function fakeLaunch() {
  const printer: PdfPrinter = {
    print: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
    close: vi.fn(async () => undefined),
  };
  return { printer, launch: vi.fn(async () => printer) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('lazyChromiumPrinter.warmUp', () => {
  it('starts the browser once; the first print then uses it without starting another', async () => {
    const { printer, launch } = fakeLaunch();
    const lazy = lazyChromiumPrinter({ launch });
    expect(lazy.isRunning()).toBe(false);
    await lazy.warmUp();
    await lazy.warmUp();
    expect(lazy.isRunning()).toBe(true);
    expect(launch).toHaveBeenCalledTimes(1);
    await lazy.printPdf('<p>Jinan</p>', page);
    expect(launch).toHaveBeenCalledTimes(1);
    expect(printer.print).toHaveBeenCalledTimes(1);
    await lazy.close();
  });

  it('a start that fails does not fail the warm-up; the next print tries again and says why', async () => {
    const launch = vi
      .fn<() => Promise<PdfPrinter>>()
      .mockRejectedValueOnce(new Error('Chromium was not found: install chromium'))
      .mockRejectedValueOnce(new Error('Chromium was not found: install chromium'));
    const lazy = lazyChromiumPrinter({ launch });
    await expect(lazy.warmUp()).resolves.toBeUndefined();
    expect(lazy.isRunning()).toBe(false);
    await expect(lazy.printPdf('<p>Jinan</p>', page)).rejects.toThrow('Chromium was not found');
    expect(launch).toHaveBeenCalledTimes(2);
  });

  it('a warmed-up printer nobody uses closes after the idle time', async () => {
    vi.useFakeTimers();
    const { printer, launch } = fakeLaunch();
    const lazy = lazyChromiumPrinter({ launch, idleMs: 1_000 });
    await lazy.warmUp();
    await vi.advanceTimersByTimeAsync(999);
    expect(printer.close).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(printer.close).toHaveBeenCalledTimes(1);
    expect(lazy.isRunning()).toBe(false);
  });
});

describe("'documents:warmUp'", () => {
  it('starts the printer the core was opened with; without a warm-up (the CLI) it starts nothing', async () => {
    const dir = makeTempDir('warm-up');
    try {
      const { launch } = fakeLaunch();
      const lazy = lazyChromiumPrinter({ launch });
      const withWarmUp = openCore(path.join(dir, 'a.sqlite'), { printPdf: lazy.printPdf, warmUpPrinter: lazy.warmUp });
      expect(await withWarmUp.dispatch('documents:warmUp', {})).toEqual({ ok: true, value: { started: true } });
      expect(launch).toHaveBeenCalledTimes(1);
      withWarmUp.close();
      await lazy.close();

      const cliLike = openCore(path.join(dir, 'b.sqlite'), { printPdf: lazy.printPdf });
      expect(await cliLike.dispatch('documents:warmUp', {})).toEqual({ ok: true, value: { started: false } });
      expect(launch).toHaveBeenCalledTimes(1);
      cliLike.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
