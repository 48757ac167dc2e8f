import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runServerCommand } from './server-process';

/** `npm run sync-server` arguments and the team commands, as a process. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-sync-cli-'));
  dirs.push(dir);
  return dir;
}

function expectOneLineRefusal(result: { code: number; stderr: string; stdout: string }, pattern: RegExp) {
  expect(result.code, result.stderr).toBe(2);
  const stderr = result.stderr.trim();
  expect(stderr.split('\n'), stderr).toHaveLength(1);
  expect(stderr).toMatch(/^delegation-planner sync-server: /);
  expect(stderr).toMatch(pattern);
}

describe('npm run sync-server (command line)', () => {
  it('new-team prints one line, the token, and keeps only a hash of it', async () => {
    const dir = tempDir();
    const result = await runServerCommand(['new-team', 'vasteras', '--data', dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^dpt_[A-Za-z0-9_-]{43}\n$/);
    const token = result.stdout.trim();
    expect(readFileSync(path.join(dir, 'sync-server.sqlite')).includes(token)).toBe(false);
    expect(statSync(path.join(dir, 'token-secret')).mode & 0o077).toBe(0);
    const again = await runServerCommand(['new-team', 'vasteras', '--data', dir]);
    expectOneLineRefusal(again, /team "vasteras" already exists/);
  });

  it('refuses bad arguments with exit 2 and one line', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp][] = [
      [['--port', '1'], /--data DIR is required/],
      [['--data', dir, '--port', 'abc'], /--port must be a number/],
      [['--data', dir, '--frobnicate'], /frobnicate/],
      [['--data', dir, '--host', '0.0.0.0'], /plain ws:\/\/ is only allowed on a loopback address/],
      [['--data', dir, '--tls-cert', 'cert.pem'], /--tls-cert and --tls-key go together/],
      [['--data', dir, '--tls-cert', path.join(dir, 'missing.pem'), '--tls-key', path.join(dir, 'missing.key')], /cannot read --tls-cert/],
      [['--data', dir, '--redis', 'localhost:6379'], /--redis must/],
      [['--data', dir, '--postgres', 'mysql://x'], /--postgres must start with postgres:/],
      [['new-team', '--data', dir], /new-team needs the team's name/],
      [['new-team', 'Västerås kommun', '--data', dir], /team name "Västerås kommun" is not allowed/],
      [['revoke-team', 'nobody', '--data', dir], /there is no team "nobody"/],
      [['new-team', 'x', '--data', dir, '--port', '1'], /--port is for running the server/],
      [['frobnicate', '--data', dir], /unknown command "frobnicate"/],
    ];
    for (const [args, pattern] of cases) expectOneLineRefusal(await runServerCommand(args), pattern);
  });

  it('prints help and exits 0, through the npm script itself', () => {
    // The other cases run the server's bundle (server-process.ts); this one runs what users type.
    const result = spawnSync('npm', ['run', '--silent', 'sync-server', '--', '--help'], { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('npm run sync-server -- new-team NAME --data DIR');
  });
});
