import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoreStartError, startCoreProcess, type RemoteCore } from '../../electron/core-host';
import type { OperationResult } from '../../shared/api/contract';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

/**
 * The desktop app's core runs in its own process (electron/core-process.ts, started by
 * core-host.ts through utilityProcess; here a real child process, see utility-process-stand-in.ts),
 * so the main process's thread — every window's input, the menus, printing — stays free while
 * SQLite works.
 */
const ENTRY = path.resolve(import.meta.dirname, '../../electron/core-process.cjs'); // the stand-in runs its source
const printer = {
  printPdf: vi.fn(async (html: string) => new TextEncoder().encode(`%PDF-1.7 printed in main (${html.length} characters)`)),
  warmUpPrinter: vi.fn(async () => undefined),
};
let dir: string;
let tripFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-core-process-'));
  // The benchmarks' 10 MB trip file, made in a process of its own so this one's heap holds only
  // the file's text (building it here would leave garbage whose collection pauses this thread).
  const out = path.join(dir, 'ten-megabytes.delegation');
  const build = `import(${JSON.stringify(path.resolve(import.meta.dirname, '../../bench/dataset/big-file.ts'))}).then((m) =>
    require('node:fs').writeFileSync(${JSON.stringify(out)}, m.buildTenMegabyteTripFile(${JSON.stringify(dir)}, 12).content))`;
  execFileSync(process.execPath, ['--import', 'tsx', '-e', build], { stdio: 'inherit' });
  tripFile = fs.readFileSync(out, 'utf8');
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const start = (name: string) => startCoreProcess({ entry: ENTRY, dbPath: path.join(dir, name), passphrase: undefined, printer, createDatabaseKey: () => 'test key' });

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Keep a timer going every 5 ms on this thread and record how late it fires at worst: the time
 * this process spent running instead of firing it. The wall-clock lateness is recorded too, but
 * not judged: on a machine whose CPUs other programs keep busy (a shared CI box) it also counts
 * time in which this process was not scheduled at all, which no design of ours can prevent.
 * A core in this process would show here as seconds of running between two ticks.
 */
function watchTimerLateness(): { stop: () => { blockedMs: number; wallMs: number } } {
  const intervalMs = 5;
  let blockedMs = 0;
  let wallMs = 0;
  let running = true;
  let due = performance.now() + intervalMs;
  let cpuAtLastTick = cpuMs();
  const tick = () => {
    if (!running) return;
    const late = performance.now() - due;
    const cpu = cpuMs();
    wallMs = Math.max(wallMs, late);
    blockedMs = Math.max(blockedMs, Math.min(late, cpu - cpuAtLastTick));
    cpuAtLastTick = cpu;
    due = performance.now() + intervalMs;
    setTimeout(tick, intervalMs);
  };
  setTimeout(tick, intervalMs);
  return {
    stop: () => {
      running = false;
      return { blockedMs, wallMs };
    },
  };
}

describe('the core process', () => {
  it('keeps the main thread responsive while it imports a 10 MB trip file', async () => {
    expect(tripFile.length).toBeGreaterThan(9_000_000);
    const core = await start('import.sqlite');
    try {
      const watch = watchTimerLateness();
      const startedAt = performance.now();
      const imported = await core.dispatch('sharing:applyImport', { content: tripFile });
      const importMs = performance.now() - startedAt;
      const lateness = watch.stop();

      expect(imported).toMatchObject({ ok: true });
      const trips = (await core.dispatch('trips:list', {})) as { ok: true; value: OperationResult<'trips:list'> };
      expect(trips.value.map((trip) => trip.title)).toEqual(['Utbytesprogram Wuxi–Södertälje 2021 (ett år)']);
      expect(trips.value[0]!.itemCount).toBeGreaterThan(4_000);
      // The import takes seconds of SQLite work; this thread only waited for the answer. What it
      // does run is copying the 10 MB request into a message: Electron's port copies it once; the
      // stand-in's fork channel copies it a second time in one piece, 55-70 ms on a 2-core machine
      // and over 100 ms on a busy CI box. A core on this thread would block it for about the whole
      // import, so the bound is a share of the import's own duration in this run: both grow alike
      // on a slower machine.
      expect(
        lateness.blockedMs,
        `worst lateness ${lateness.blockedMs.toFixed(1)} ms blocked, ${lateness.wallMs.toFixed(1)} ms by the clock, import ${importMs.toFixed(0)} ms`,
      ).toBeLessThan(importMs / 4);
    } finally {
      await core.close();
    }
  });

  it('prints in the main process: the core asks, the main process answers with the PDF bytes', async () => {
    const core = await start('print.sqlite');
    try {
      const trip = (await core.dispatch('trips:create', { title: 'Jinan', direction: 'outgoing', startDate: '2026-05-10', endDate: '2026-05-12' })) as {
        ok: true;
        value: { id: string };
      };
      const pdf = await core.dispatch('documents:pdf', { tripId: trip.value.id });
      expect(pdf).toMatchObject({ ok: true, value: { fileName: 'Program Jinan.pdf' } });
      const bytes = Buffer.from((pdf as { value: { base64: string } }).value.base64, 'base64').toString();
      expect(bytes).toMatch(/^%PDF-1\.7 printed in main/);
      expect(printer.printPdf).toHaveBeenCalledTimes(1);
      expect(await core.dispatch('documents:warmUp', {})).toEqual({ ok: true, value: { started: true } });
    } finally {
      await core.close();
    }
  });

  it('answers bad input and unknown operations like the in-process core, and closes the file on close', async () => {
    const dbPath = path.join(dir, 'close.sqlite');
    const core: RemoteCore = await start('close.sqlite');
    expect(await core.dispatch('trips:create', { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('nope:nothing', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(true);
    await core.close();
    expect(fs.existsSync(`${dbPath}-wal`)).toBe(false); // SQLite removes the WAL on the last close
    expect(await core.dispatch('trips:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('says why it cannot start, in words for the user, when the file is not a database', async () => {
    fs.writeFileSync(path.join(dir, 'notes.sqlite'), 'these are my notes, not a database '.repeat(200));
    const failure = await start('notes.sqlite').then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CoreStartError);
    expect(failure).toMatchObject({ expected: true, message: expect.stringMatching(/not a Delegation Planner database/) });
  });
});
