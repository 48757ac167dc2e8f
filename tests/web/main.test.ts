import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiRequest, makeFakeRenderer, makeTempDir } from './helpers';
import { bundledEntry } from '../support/node-entry';
import { DATA_DIR_ENV, DATA_FILE_NAME } from '../../core/data-location';

/**
 * `npm run web` end to end as a process: arguments, startup errors, the ready line, signals.
 * The script is `vite build` then core/web/main.ts through tsx; help runs the entry that way,
 * the other cases its bundle (bundledEntry: the same sources, a tenth of the start-up cost).
 */

const repoRoot = path.resolve(import.meta.dirname, '../..');
const mainScript = path.join(repoRoot, 'core/web/main.ts');
// tsx's CLI run by this very Node (22), whatever `node` is first on PATH.
const tsxCli = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');

const READY = /^Delegation Planner is running at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))$/m;

const dirs: string[] = [];
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = makeTempDir('main');
  dirs.push(dir);
  return dir;
}

function startMain(args: string[], env: Record<string, string> = {}, { throughTsx = false } = {}) {
  const command = throughTsx ? [tsxCli, mainScript] : [bundledEntry(mainScript)];
  const child = spawn(process.execPath, [...command, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  /** Resolves with the ready line's match, or rejects if the process ends first. */
  const ready = new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = READY.exec(stdout);
      if (match) resolve(match);
    });
    void exited.then((code) => reject(new Error(`exited with ${code} before ready: ${stderr}`)));
  });
  ready.catch(() => {}); // only the tests that await it care; they still see the rejection
  return { child, exited, ready, output: () => ({ stdout, stderr }) };
}

describe('npm run web (core/web/main.ts)', () => {
  it('prints help and exits 0', async () => {
    const run = startMain(['--help'], {}, { throughTsx: true });
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain('Usage: npm run web [-- --db FILE]');
  });

  it('exits 2 with one line on stderr when --db has no file or an option is unknown', async () => {
    for (const args of [['--db'], ['--db', ''], ['--db', 'x.sqlite', '--frobnicate'], ['--db', 'x.sqlite', '--port', 'abc']]) {
      const run = startMain(args);
      expect(await run.exited, args.join(' ')).toBe(2);
      const stderr = run.output().stderr.trim();
      expect(stderr.split('\n'), stderr).toHaveLength(1);
      expect(stderr).toMatch(/^delegation-planner web: /);
    }
  });

  it('exits 2 with a readable one-line message for a file that is not a database', async () => {
    const dir = tempDir();
    const { rendererDir } = makeFakeRenderer(dir);
    const dbPath = path.join(dir, 'notes.sqlite');
    writeFileSync(dbPath, 'These are my meeting notes, not a database.\n'.repeat(200));
    const run = startMain(['--db', dbPath, '--renderer-dir', rendererDir]);
    expect(await run.exited).toBe(2);
    const stderr = run.output().stderr.trim();
    expect(stderr.split('\n'), stderr).toHaveLength(1);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('exits 2 when the user interface has not been built', async () => {
    const dir = tempDir();
    const run = startMain(['--db', path.join(dir, 'data.sqlite'), '--renderer-dir', path.join(dir, 'missing')]);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('npm run build:renderer');
  });

  it('serves the API at the printed URL and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const { rendererDir } = makeFakeRenderer(dir);
    const run = startMain(['--db', path.join(dir, 'data.sqlite'), '--port', '0', '--renderer-dir', rendererDir]);
    const [, , port, token] = await run.ready;
    const res = await apiRequest(Number(port), token, 'trips:list', {});
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, value: [] });

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('with no --db opens the per-user data file: creates it, prints where, offers the demo, which is removable', async () => {
    const dir = tempDir();
    const { rendererDir } = makeFakeRenderer(dir);
    // The per-user folder, moved by the override so the test never touches the real home folder.
    const dataDir = path.join(dir, 'not-yet', 'Delegation Planner');
    const run = startMain(['--renderer-dir', rendererDir], { [DATA_DIR_ENV]: dataDir, HOME: path.join(dir, 'home') });
    const [, url, port, token] = await run.ready;
    const dataFile = path.join(dataDir, DATA_FILE_NAME);
    expect(existsSync(dataFile)).toBe(true);
    const { stdout } = run.output();
    expect(stdout).toContain(`Data file: ${dataFile}`);
    expect(stdout).toMatch(/empty: the page offers the two demo delegations/);
    expect(new URL(url!).hostname).toBe('127.0.0.1');

    const call = async (name: string) => (await apiRequest(Number(port), token, name, {})).json as { ok: boolean; value: Record<string, unknown> };
    expect((await call('demo:status')).value).toEqual({ offered: true, demoTripIds: [] });
    expect((await call('demo:load')).value).toMatchObject({ offered: false, demoTripIds: [expect.any(String), expect.any(String)] });
    expect((await call('trips:list')).value).toHaveLength(2);
    expect((await call('demo:remove')).value).toMatchObject({ offered: true, demoTripIds: [], removedTrips: 2 });
    expect((await call('trips:list')).value).toEqual([]);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);

    // The next start opens the same file.
    const again = startMain(['--renderer-dir', rendererDir], { [DATA_DIR_ENV]: dataDir });
    await again.ready;
    expect(again.output().stdout).toContain(`Data file: ${dataFile}`);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
