import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { resolveTrip, resolveMember } from '../../core/cli/resolve';
import { CliError } from '../../core/cli/cli-error';
import { cli } from './run-cli';

let dir: string;
let db: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-cli-'));
  db = path.join(dir, 'd.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cli demo + trips', () => {
  it('creates both demo delegations once and lists them with counts as JSON', async () => {
    expect((await cli('demo', '--db', db)).code).toBe(0);
    const again = await cli('demo', '--db', db);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/already exist/);

    const { code, stdout } = await cli('trips', '--db', db, '--json');
    expect(code).toBe(0);
    const trips = JSON.parse(stdout) as { title: string; direction: string; memberCount: number; itemCount: number }[];
    expect(trips).toHaveLength(2);
    const jinan = trips.find((t) => t.title.includes('Jinan'));
    const wuxi = trips.find((t) => t.title.includes('Wuxi'));
    expect(jinan).toMatchObject({ direction: 'outgoing', memberCount: 9 });
    expect(wuxi).toMatchObject({ direction: 'incoming' });
    expect(jinan!.itemCount).toBeGreaterThan(5);
    expect(Object.keys(jinan!).sort()).toEqual(
      ['destinations', 'direction', 'endDate', 'id', 'itemCount', 'memberCount', 'startDate', 'status', 'title'].sort(),
    );
  });

  it('prints a readable table without --json', async () => {
    await cli('demo', '--db', db);
    const { stdout } = await cli('trips', '--db', db);
    expect(stdout.split('\n')[0]).toMatch(/^Dates\s+Direction\s+Status\s+Members\s+Items\s+Title$/);
    expect(stdout).toMatch(/Jinan/);
  });
});

describe('cli bad input', () => {
  it('refuses a database path in a missing folder with one line and exit 2', async () => {
    const { code, stderr } = await cli('trips', '--db', path.join(dir, 'nope', 'x.sqlite'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/No database at/);
  });

  it('refuses a corrupt file with one line and exit 2, leaving the file as it was', async () => {
    const garbage = Buffer.from('this is not a database '.repeat(200));
    fs.writeFileSync(db, garbage);
    const { code, stderr } = await cli('trips', '--db', db);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/not a Delegation Planner database/);
    expect(fs.readFileSync(db).equals(garbage)).toBe(true);
  });

  it('refuses demo into a folder that does not exist', async () => {
    const { code, stderr } = await cli('demo', '--db', path.join(dir, 'missing', 'd.sqlite'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/does not exist/);
  });

  it('explains unknown commands, unknown options and missing --db', async () => {
    expect(await cli('fly')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command "fly"/) });
    expect(await cli('trips', '--db', db, '--colour')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--colour/) });
    expect(await cli('trips')).toMatchObject({ code: 2, stderr: expect.stringMatching(/Missing --db/) });
  });

  it('has --help on every command', async () => {
    for (const name of ['demo', 'trips']) {
      const { code, stdout } = await cli(name, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: npm run cli -- ${name}`));
    }
    expect((await cli('--help')).stdout).toMatch(/Commands:/);
  });
});

describe('--trip / --member resolution', () => {
  it('accepts an id or a unique case-insensitive part, and lists candidates otherwise', async () => {
    await cli('demo', '--db', db);
    const core = openCore(db);
    try {
      const jinan = resolveTrip(core, 'jINAN');
      expect(jinan.title).toMatch(/Jinan/);
      expect(resolveTrip(core, jinan.id).id).toBe(jinan.id);
      expect(() => resolveTrip(core, 'Atlantis')).toThrow(CliError);
      expect(() => resolveTrip(core, 'Atlantis')).toThrow(/Candidates: .*Jinan.*Wuxi|Candidates: .*Wuxi.*Jinan/);
      // Both demo trips' titles contain a space: ambiguous on purpose.
      expect(() => resolveTrip(core, ' ')).toThrow(/Missing --trip/);
      expect(resolveMember(core, jinan.id, 'teljeb').name).toBe('Anders Teljebäck');
      expect(() => resolveMember(core, jinan.id, 'representant')).toThrow(/matches \d+ members/);
    } finally {
      core.close();
    }
  });
});

describe('the real command line', () => {
  it('runs through npm run cli with exit code 2 and one stderr line on bad input', async () => {
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync('npm', ['run', '--silent', 'cli', '--', 'trips', '--db', path.join(dir, 'absent.sqlite')], {
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '../..'),
    });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n').filter((l) => l && !l.includes('npm warn')).length).toBe(1);
  });
});
