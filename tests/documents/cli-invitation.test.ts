import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { seedDemo } from '../../core/demo';
import { WUXI } from '../../core/demo/ids';
import { cli } from '../cli/run-cli';
import { readPdf } from './pdf-reader';
import { databaseOf } from '../../core/db/raw-handle';

/** `pdf --variant invitation|dietary` over the demo data: real SQLite, Chromium and pdf.js. */
let dir: string;
let db: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-cli-invitation-'));
  db = path.join(dir, 'd.sqlite');
  const core = openCore(db);
  seedDemo(databaseOf(core));
  expect(core.dispatch('members:update', { id: WUXI.member.viceMayor, patch: { passportNumber: 'G11223344' } }).ok).toBe(true);
  core.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = async (file: string) => (await readPdf(fs.readFileSync(file))).pages.join('\n');
const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('npm run cli -- pdf --variant invitation', () => {
  it('prints one visitor’s letter with --member, marked as personal data', async () => {
    const out = path.join(dir, 'letter.pdf');
    const { code, stdout, stderr } = await cli('pdf', '--db', db, '--trip', 'Wuxi', '--variant', 'invitation', '--member', 'vice mayor', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Invitation letter: Wuxi delegation to Södertälje \(demo\) – Vice Mayor of Wuxi/);
    const all = await text(out);
    expect(all).toContain('G11223344');
    expect(all).toMatch(/contains personal data/i);
    expect(all).toContain('Accommodation: paid by the visitors');
  }, 60_000);

  it('refuses an outgoing trip and a host, in one line, exit 2', async () => {
    const outgoing = await cli('pdf', '--db', db, '--trip', 'Jinan', '--variant', 'invitation', '--out', path.join(dir, 'x.pdf'));
    expect(outgoing.code).toBe(2);
    expect(outgoing.stderr).toMatch(/incoming visits/);
    oneLine(outgoing.stderr);
    const host = await cli('pdf', '--db', db, '--trip', 'Wuxi', '--variant', 'invitation', '--member', 'strategist', '--out', path.join(dir, 'x.pdf'));
    expect(host.code).toBe(2);
    expect(host.stderr).toMatch(/is a host: invitation letters are for visitors/);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  }, 60_000);
});

describe('npm run cli -- pdf --variant dietary', () => {
  it('prints one meal’s sheet named by part of its title', async () => {
    const out = path.join(dir, 'dietary.pdf');
    const { code, stderr } = await cli('pdf', '--db', db, '--trip', 'Wuxi', '--variant', 'dietary', '--item', 'welcome dinner', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const all = await text(out);
    expect(all).toContain('Number of guests / Antal gäster');
    expect(all).toContain('No pork');
    expect(all).toContain('Vegetarian');
  }, 60_000);

  it('needs --item naming a meal', async () => {
    const missing = await cli('pdf', '--db', db, '--trip', 'Wuxi', '--variant', 'dietary', '--out', path.join(dir, 'y.pdf'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/needs --item MEAL/);
    const notMeal = await cli('pdf', '--db', db, '--trip', 'Wuxi', '--variant', 'dietary', '--item', 'AstraZeneca', '--out', path.join(dir, 'y.pdf'));
    expect(notMeal.code).toBe(2);
    expect(notMeal.stderr).toMatch(/No meal matches "AstraZeneca"/);
    oneLine(notMeal.stderr);
  }, 60_000);
});
