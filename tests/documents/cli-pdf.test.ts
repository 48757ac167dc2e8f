import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { cli } from '../cli/run-cli';
import { createJinanFixture, type JinanFixture } from './fixture';
import { readPdf } from './pdf-reader';

let dir: string;
let db: string;
let fixture: JinanFixture;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-cli-pdf-'));
  db = path.join(dir, 'd.sqlite');
  const core = openCore(db);
  fixture = createJinanFixture(core);
  core.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const oneLine = (stderr: string) => expect(stderr.trim().split('\n')).toHaveLength(1);

describe('npm run cli -- pdf', () => {
  it('prints the handout of a trip named by part of its title', async () => {
    const out = path.join(dir, 'jinan.pdf');
    const { code, stdout, stderr } = await cli('pdf', '--db', db, '--trip', 'jinan', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*jinan\.pdf: Program: Styrgruppens resa till Jinan och Shenyang, \d+ pages/);
    const pdf = await readPdf(fs.readFileSync(out));
    expect(pdf.pages[0]).toContain('Sida 1 av');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('puts the organisation name and logo given on the command line on the cover', async () => {
    const logo = path.join(dir, 'logo.png');
    // A 2×2 PNG (red), small enough to inline here.
    fs.writeFileSync(logo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAwMDAxAAEAAsQAQCY/6V6AAAAAElFTkSuQmCC', 'base64'));
    const out = path.join(dir, 'branded.pdf');
    const { code, stderr } = await cli('pdf', '--db', db, '--trip', 'Jinan', '--org-name', 'Internationella kontoret', '--logo', logo, '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const pdf = await readPdf(fs.readFileSync(out));
    expect(pdf.pages[0]).toContain('Internationella kontoret');
    expect(pdf.images[0]).toBe(1);
    expect(pdf.images.slice(1).every((n) => n === 0)).toBe(true);
  }, 60_000);

  it('without --org-name, --logo, --lang or --paper uses the organisation profile and paper from Settings', async () => {
    const own = path.join(dir, 'profile.sqlite');
    const core = openCore(own);
    createJinanFixture(core);
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAwMDAxAAEAAsQAQCY/6V6AAAAAElFTkSuQmCC';
    expect(core.dispatch('settings:setLogo', { image: png }).ok).toBe(true);
    const update = core.dispatch('settings:update', {
      paper: 'letter',
      organisation: { name: 'Västerås stad', address: 'Stadshuset, 721 87 Västerås', phone: '021-39 00 00', documentLanguage: 'en' },
    });
    expect(update.ok).toBe(true);
    core.close();
    const out = path.join(dir, 'profile.pdf');
    const { code, stderr } = await cli('pdf', '--db', own, '--trip', 'Jinan', '--out', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const pdf = await readPdf(fs.readFileSync(out));
    expect(pdf.pages[0]).toContain('Västerås stad');
    expect(pdf.pages[0]).toContain('Page 1 of'); // the profile's document language
    expect(pdf.pages.every((text) => text.includes('Stadshuset, 721 87 Västerås · 021-39 00 00'))).toBe(true);
    expect(pdf.images[0]).toBe(1);
    expect(pdf.pageSize.map(Math.round)).toEqual([612, 792]); // US Letter
  }, 60_000);

  it('writes one personal programme per member, named by member, with progress on stderr', async () => {
    const outDir = path.join(dir, 'programmes', 'members');
    const { code, stdout, stderr } = await cli('pdf', '--db', db, '--trip', 'Jinan', '--all-members', '--out-dir', outDir, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Wrote 9 personal programmes/);
    const progress = stderr.trim().split('\n');
    expect(progress).toHaveLength(9);
    expect(progress[0]).toBe('[1/9] Anders Teljebäck → Anders Teljebäck.pdf');
    const files = fs.readdirSync(outDir).sort();
    expect(files).toEqual(fixture.members.map((m) => `${m.name}.pdf`).sort());
    for (const member of fixture.members) {
      const text = (await readPdf(fs.readFileSync(path.join(outDir, `${member.name}.pdf`)))).pages.join('\n');
      expect(text).toContain(`Programme for ${member.party ? `${member.name} (${member.party})` : member.name}`);
      const goesToShenyang = fixture.shenyangIds.includes(member.id);
      expect(text.includes('Undertecknande av partnerskapsavtal med Zongrui Funing Robotics'), member.name).toBe(goesToShenyang);
      expect(text.includes('Hemresa Jinan – Stockholm'), member.name).toBe(!goesToShenyang);
    }
  }, 120_000);

  it('refuses unknown trips and members, bad choices and unwritable paths with one line and exit 2', async () => {
    const out = path.join(dir, 'x.pdf');
    const cases: [string[], RegExp][] = [
      [['--trip', 'Nairobi', '--out', out], /No trip matches "Nairobi"/],
      [['--trip', 'Jinan', '--member', 'Nobody', '--out', out], /No member matches "Nobody"/],
      [['--trip', 'Jinan', '--out', path.join(dir, 'missing', 'x.pdf')], /Cannot write .*the folder .*missing does not exist/],
      [['--trip', 'Jinan', '--out', dir], /it is a folder/],
      [['--trip', 'Jinan', '--variant', 'press', '--out', out], /--variant must be handout or briefing/],
      [['--trip', 'Jinan', '--paper', 'a3', '--out', out], /--paper must be a4 or letter/],
      [['--trip', 'Jinan'], /Missing --out FILE\.pdf/],
      [['--trip', 'Jinan', '--all-members'], /Missing --out-dir DIR/],
      [['--trip', 'Jinan', '--member', 'Unell', '--all-members', '--out-dir', dir], /either --member MEMBER or --all-members/],
      [['--trip', 'Jinan', '--logo', path.join(dir, 'logo.bmp'), '--out', out], /--logo must be a PNG/],
      [['--trip', 'Jinan', '--logo', path.join(dir, 'nope.png'), '--out', out], /Cannot read the logo/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = await cli('pdf', '--db', db, ...args);
      expect(code, args.join(' ')).toBe(2);
      oneLine(stderr);
      expect(stderr).toMatch(message);
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a read-only output folder', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the check is still exercised above
    const readOnly = path.join(dir, 'ro');
    fs.mkdirSync(readOnly, { mode: 0o555 });
    const { code, stderr } = await cli('pdf', '--db', db, '--trip', 'Jinan', '--out', path.join(readOnly, 'x.pdf'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/not writable/);
  });

  it('documents its options in --help', async () => {
    const { code, stdout } = await cli('pdf', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--all-members --out-dir DIR/);
    expect(stdout).toMatch(/--variant handout\|briefing/);
  });
});
