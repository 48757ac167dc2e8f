import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Throwaway Redis and PostgreSQL servers for the multi-instance tests: Debian's binaries
 * (installed by scripts/setup-system.sh), on free loopback ports, in temp folders, ready once
 * a real connection answers (polled, never a fixed sleep). A missing binary fails the test with
 * a clear message: these tests must run wherever the suite runs.
 */

/** Between two readiness checks (a poll's pace, not a wait for the service). */
const POLL_INTERVAL_MS = 50;

const SETUP_HINT = 'install it with: sudo bash scripts/setup-system.sh';

export interface Service {
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Calls `attempt` until it succeeds (or the process has died, or 60 s have passed). */
async function pollUntilReady(what: string, child: ChildProcess, output: () => string, attempt: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}: ${output()}`);
    try {
      await attempt();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`${what} did not become ready: ${(error as Error).message}\n${output()}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }
}

function started(command: string, args: string[], options: { uid?: number; gid?: number } = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'ENOENT' ? `${command} is not installed; ${SETUP_HINT}` : error.message)),
    ),
  );
  spawnError.catch(() => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, spawnError, exited };
}

function stopper(child: ChildProcess, exited: Promise<void>, signal: NodeJS.Signals, dir: string) {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
}

function ping(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('error', reject);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      if (data.toString().startsWith('+PONG')) resolve();
      else reject(new Error(`redis answered ${data.toString()}`));
    });
  });
}

export async function startRedis(): Promise<Service> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-redis-'));
  const redis = started('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir]);
  await Promise.race([redis.spawnError, pollUntilReady('redis-server', redis.child, redis.output, () => ping(port))]);
  return { url: `redis://127.0.0.1:${port}`, stop: stopper(redis.child, redis.exited, 'SIGTERM', dir) };
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const bin = versions.map((version) => path.join(root, version, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
  if (bin === undefined) throw new Error(`PostgreSQL is not installed (no initdb under ${root}/*/bin); ${SETUP_HINT}`);
  return bin;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user. */
function postgresUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export async function startPostgres(): Promise<Service> {
  const bin = postgresBin();
  const user = postgresUser();
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-postgres-'));
  if (user.uid !== undefined && user.gid !== undefined) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const initdb = started(path.join(bin, 'initdb'), ['-D', data, '-U', 'sync', '--auth=trust', '--no-sync', '-E', 'UTF8'], user);
  await Promise.race([initdb.spawnError, initdb.exited]);
  if (initdb.child.exitCode !== 0) throw new Error(`initdb failed: ${initdb.output()}`);
  // -F: no fsync (a throwaway cluster); -k: its socket in the temp folder, not /var/run.
  const postgres = started(path.join(bin, 'postgres'), ['-D', data, '-k', dir, '-p', String(port), '-h', '127.0.0.1', '-F'], user);
  const url = `postgres://sync@127.0.0.1:${port}/postgres`;
  await Promise.race([
    postgres.spawnError,
    pollUntilReady('postgres', postgres.child, postgres.output, async () => {
      const client = new pg.Client({ connectionString: url });
      try {
        await client.connect();
        await client.query('SELECT 1');
      } finally {
        await client.end().catch(() => {});
      }
    }),
  ]);
  // SIGINT: PostgreSQL's fast shutdown (SIGTERM would wait for the servers' pools to disconnect).
  return { url, stop: stopper(postgres.child, postgres.exited, 'SIGINT', dir) };
}
