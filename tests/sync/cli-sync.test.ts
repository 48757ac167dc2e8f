import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { DEMO_TRIP_IDS } from '../../core/demo/ids';
import { cli } from '../cli/run-cli';
import { countRows, onCleanup, tempDbPath } from '../core/helpers';
import { startSyncServer, type SyncServerProcess } from './server-process';
import { bundledEntry } from '../support/node-entry';

let server: SyncServerProcess;
let token: string;

beforeAll(async () => {
  server = await startSyncServer();
  token = await server.newTeam('secretariat');
});
afterAll(() => server?.stop());

function open(file: string) {
  const core = openCore(file);
  onCleanup(() => core.close());
  return core;
}

/** A laptop as its own process that writes one item and is SIGKILLed before it can push. */
function crashAfterWrite(dbPath: string, tripId: string): Promise<string> {
  const script = bundledEntry(path.resolve(import.meta.dirname, 'laptop-write.ts'));
  const child = spawn(process.execPath, [script, dbPath, tripId], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(`${output}${signal ?? ''}`)));
}

describe('npm run cli -- share / sync', () => {
  it('shares a trip and a colleague receives it with sync --once; a laptop killed before its push pushes on the next sync', async () => {
    const a = tempDbPath('a.sqlite');
    const b = tempDbPath('b.sqlite');
    expect((await cli('demo', '--db', a)).code).toBe(0);
    const shared = await cli('share', '--db', a, '--trip', 'Jinan', '--server', server.url, '--token', token, '--as', 'Anna Lind');
    expect(shared).toMatchObject({ code: 0, stderr: '' });
    expect(shared.stdout).toMatch(/^Shared “.*Jinan.*” with the team at ws:\/\/127\.0\.0\.1:\d+\n$/);

    open(b).close();
    const received = await cli('sync', '--db', b, '--server', server.url, '--token', token, '--once');
    expect(received).toMatchObject({ code: 0, stderr: '' });
    expect(received.stdout).toBe(`In sync with ${server.url}: 1 shared trip\n`);

    expect(await crashAfterWrite(a, DEMO_TRIP_IDS.jinan)).toBe('written\nSIGKILL');
    expect((await cli('sync', '--db', a, '--server', server.url, '--token', token, '--trip', 'Jinan', '--once')).code).toBe(0);
    expect((await cli('sync', '--db', b, '--server', server.url, '--token', token, '--once')).code).toBe(0);
    expect(countRows(open(b), 'items', 'title = ?', 'Written just before the crash')).toBe(1);
  });

  it('exits 2 with one line for a bad address, plain ws:// to another host, a refused token or an unreachable server', async () => {
    const db = tempDbPath();
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const cases: [string[], RegExp][] = [
      [['--server', 'http://127.0.0.1:1', '--token', token], /starts with wss:\/\//],
      [['--server', 'not a url', '--token', token], /not a server address/],
      [['--server', 'ws://sync.example.org:443', '--token', token], /plain ws:\/\/ is allowed only to this computer/],
      [['--server', server.url, '--token', 'wrong'], /refused the team token/],
      [['--server', 'ws://127.0.0.1:9', '--token', token], /cannot reach the sync server/],
    ];
    for (const [args, message] of cases) {
      const result = await cli('sync', '--db', db, ...args, '--once');
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('sync --address-book shares the address book: a colleague who turned it on receives its contacts', async () => {
    const a = tempDbPath('a-book.sqlite');
    const b = tempDbPath('b-book.sqlite');
    expect((await cli('demo', '--db', a)).code).toBe(0);
    open(b).close();
    for (const file of [a, b, a, b]) {
      expect(await cli('sync', '--db', file, '--server', server.url, '--token', token, '--once', '--address-book')).toMatchObject({ code: 0, stderr: '' });
    }
    const core = open(b);
    expect(countRows(core, 'contacts')).toBeGreaterThan(0);
    expect(countRows(core, 'contacts')).toBe(countRows(open(a), 'contacts'));
  });
});
