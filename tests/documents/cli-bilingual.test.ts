import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { cli } from '../cli/run-cli';
import { createJinanFixture } from './fixture';
import { readPdf } from './pdf-reader';

/** `npm run cli -- pdf` with the Chinese and bilingual languages and the badge and card sheets. */
let dir: string;
let db: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-cli-bilingual-'));
  db = path.join(dir, 'd.sqlite');
  const core = openCore(db);
  createJinanFixture(core);
  core.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- pdf in Chinese and two languages', () => {
  it('prints name badges with labels in Swedish and Chinese', async () => {
    const out = path.join(dir, 'badges.pdf');
    const { code, stdout, stderr } = await cli('pdf', '--db', db, '--trip', 'Jinan', '--variant', 'badges', '--lang', 'sv+zh', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*badges\.pdf: Namnskyltar \/ 胸牌: /);
    const pdf = await readPdf(fs.readFileSync(out));
    expect(pdf.pages[0]).toContain('Anders Teljebäck');
  }, 60_000);

  it('prints the programme in Chinese', async () => {
    const out = path.join(dir, 'zh.pdf');
    const { code, stdout } = await cli('pdf', '--db', db, '--trip', 'Jinan', '--lang', 'zh', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain('日程安排');
    expect((await readPdf(fs.readFileSync(out))).pages.join(' ')).toContain('代表团');
  }, 60_000);

  it('refuses an unknown language and badges for --all-members with one line and exit 2', async () => {
    const wrong = await cli('pdf', '--db', db, '--trip', 'Jinan', '--lang', 'fr', '--out', path.join(dir, 'x.pdf'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain('--lang must be sv or en or zh or sv+zh or en+zh or sv+en (got "fr")');
    const all = await cli('pdf', '--db', db, '--trip', 'Jinan', '--variant', 'place-cards', '--all-members', '--out-dir', dir);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain('--all-members does not go with --variant place-cards');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  }, 60_000);
});
