import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundledEntry } from '../support/node-entry';

/**
 * The real sync server as a child process (`core/sync-server/main.ts` bundled, run by this very
 * Node 22, see bundledEntry), on a free port. Waits for its first stdout line `listening on ws://HOST:PORT`;
 * never sleeps a fixed time.
 */

const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainScript = path.join(repoRoot, 'core/sync-server/main.ts');
// The server runs in the child itself (no launcher process between): a SIGKILL must hit the
// server, or an orphan keeps the port.
const serverCommand = () => [bundledEntry(mainScript)];
const LISTENING = /^listening on ((wss?):\/\/[^\s]+:(\d+))$/m;

export interface SyncServerProcess {
  /** ws://127.0.0.1:PORT (or wss://…) — stays the same across restart(). */
  url: string;
  port: number;
  dataDir: string;
  /** Creates a team through the CLI and returns its token. */
  newTeam(name: string): Promise<string>;
  revokeTeam(name: string): Promise<void>;
  /** Sends a signal and resolves with the exit code (null when killed by the signal). */
  kill(signal: NodeJS.Signals): Promise<number | null>;
  /** Starts the server again on the same port and data folder (after kill or stop). */
  restart(): Promise<void>;
  /** SIGTERM, wait for the exit, and remove the data folder if this helper made it. */
  stop(): Promise<void>;
  /** The current server process's id (for measuring it: the bench reads its memory). */
  pid(): number | undefined;
  /** Everything the current process printed so far. */
  output(): { stdout: string; stderr: string };
}

export interface StartOptions {
  dataDir?: string;
  /** More arguments for the server (e.g. --redis URL, --tls-cert FILE --tls-key FILE). */
  args?: string[];
  env?: Record<string, string>;
}

export function runServerCommand(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...serverCommand(), ...args], { cwd: repoRoot, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The option values among `args` that the team commands need too (the store's location). */
function storeArgs(args: string[]): string[] {
  const index = args.indexOf('--postgres');
  return index === -1 ? [] : ['--postgres', args[index + 1] ?? ''];
}

export async function startSyncServer(options: StartOptions = {}): Promise<SyncServerProcess> {
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-sync-'));
  const extraArgs = options.args ?? [];
  let child: ChildProcess | undefined;
  let exited: Promise<number | null> = Promise.resolve(null);
  let stdout = '';
  let stderr = '';

  const launch = (port: number) => {
    stdout = '';
    stderr = '';
    const started = spawn(process.execPath, [...serverCommand(), '--data', dataDir, '--port', String(port), ...extraArgs], {
      cwd: repoRoot,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    started.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    exited = new Promise((resolve) => started.on('exit', (code) => resolve(code)));
    return new Promise<RegExpExecArray>((resolve, reject) => {
      started.stdout.on('data', () => {
        const match = LISTENING.exec(stdout);
        if (match) resolve(match);
      });
      void exited.then((code) => reject(new Error(`sync server exited with ${code} before listening: ${stderr}`)));
    });
  };

  const first = await launch(0);
  const url = first[1] ?? '';
  const port = Number(first[3]);
  const team = async (command: string, name: string) => {
    const result = await runServerCommand([command, name, '--data', dataDir, ...storeArgs(extraArgs)], options.env);
    if (result.code !== 0) throw new Error(`${command} ${name} failed (${result.code}): ${result.stderr}`);
    return result.stdout.trim();
  };
  const kill = async (signal: NodeJS.Signals) => {
    if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };

  return {
    url,
    port,
    dataDir,
    newTeam: (name) => team('new-team', name),
    revokeTeam: async (name) => {
      await team('revoke-team', name);
    },
    kill,
    restart: async () => {
      await kill('SIGTERM');
      await launch(port);
    },
    stop: async () => {
      await kill('SIGTERM');
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
    pid: () => child?.pid,
    output: () => ({ stdout, stderr }),
  };
}
