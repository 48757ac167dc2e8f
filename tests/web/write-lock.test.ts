import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/index';
import { startWebServer, type WebServer } from '../../core/web/server';
import { createHttpCall } from '../../renderer/src/api/client';
import { makeFakeRenderer, makeTempDir, rawRequest } from './helpers';

/**
 * Browser mode while another program (here a real second process, like a CLI import) holds the
 * database's write lock (audit, issue 15): static files and reads answer at once, and writes
 * wait — with the client told so — and all complete once the lock is released; none is refused.
 */

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A process that takes the write lock (BEGIN IMMEDIATE) and keeps it until told on stdin. */
async function lockHolder(dbPath: string): Promise<{ child: ChildProcess; release: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const D=require('better-sqlite3');const d=new D(process.argv[1]);d.exec('BEGIN IMMEDIATE');` +
        `d.prepare("UPDATE trips SET notes = notes").run();process.stdout.write('locked\\n');` +
        `process.stdin.once('data',()=>{d.exec('COMMIT');d.close();process.exit(0)})`,
      dbPath,
    ],
    { cwd: process.cwd(), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  cleanup.push(() => void child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited (${code})`)));
  });
  const release = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin!.write('release\n');
    await exited;
  };
  return { child, release };
}

async function setUp(): Promise<{ core: Core; server: WebServer; tripId: string }> {
  const dir = makeTempDir('lock');
  const { rendererDir } = makeFakeRenderer(dir);
  const core = openCore(path.join(dir, 'data.sqlite'));
  const created = core.dispatch('trips:create', {
    title: 'Wuxi delegation to Södertälje',
    direction: 'incoming',
    startDate: '2018-05-14',
    endDate: '2018-05-17',
    destinations: [],
  });
  if (!created.ok) throw new Error(created.error.message);
  const server = await startWebServer({ core, port: 0, rendererDir, lockWaitMs: 300 });
  cleanup.push(async () => {
    await server.close();
    core.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { core, server, tripId: (created.value as { id: string }).id };
}

/**
 * "At once", with room for a loaded CI machine; a connection that waits for the lock itself
 * (busy_timeout, 5 s) freezes the whole server for at least that long per write.
 */
const PROMPT_MS = 2_500;

const timed = async <T>(promise: Promise<T>) => {
  const started = performance.now();
  const value = await promise;
  return { value, ms: performance.now() - started };
};

describe('another program holding the write lock', () => {
  it('never stalls files or reads, and every write completes after the lock is released', async () => {
    const { core, server, tripId } = await setUp();
    const waiting: boolean[] = [];
    let toldWaiting!: () => void;
    const clientWaits = new Promise<void>((resolve) => (toldWaiting = resolve));
    const onWaiting = (w: boolean) => {
      waiting.push(w);
      if (w) toldWaiting();
    };
    const fetchFromServer: typeof fetch = (input, init) => fetch(new URL(String(input), server.origin), init);
    const call = createHttpCall(server.token, fetchFromServer, { onWaiting, retryDelayMs: 50 });
    const holder = await lockHolder(core.dbPath);

    let writesDone = 0;
    const writes = Array.from({ length: 12 }, (_, i) =>
      call('members:create', { tripId, name: `Delegat ${i + 1}` }).then(
        (result) => {
          writesDone += 1;
          return result;
        },
        (error: unknown) => ({ ok: false as const, error: { code: 'internal' as const, message: String(error) } }),
      ),
    );
    // While the writes wait: a static file and a read each answer promptly, several times over.
    for (let round = 0; round < 3; round++) {
      const page = await timed(rawRequest(server.port, { path: '/assets/app.js' }));
      expect(page.value.status).toBe(200);
      expect(page.ms).toBeLessThan(PROMPT_MS);
      const read = await timed(call('trips:list', {}));
      expect(read.value.ok).toBe(true);
      expect(read.ms).toBeLessThan(PROMPT_MS);
    }
    // The server waited its 300 ms and told the client to retry; the lock is still held.
    await clientWaits;
    expect(writesDone).toBe(0);

    await holder.release();
    const results = await Promise.all(writes);
    for (const result of results) expect(result.ok, JSON.stringify(result)).toBe(true);
    const members = core.dispatch('members:list', { tripId });
    expect(members.ok && (members.value as unknown[]).length).toBe(12);
    expect(waiting.filter((w) => w)).toHaveLength(waiting.filter((w) => !w).length);
  }, 30_000);
});
