import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { DEMO_TRIP_IDS, seedDemo } from '../../core/demo';
import { ATTACHMENT_MAX_BYTES } from '../../shared/domain/attachment';
import type { AttachmentInfo } from '../../shared/domain/attachment';
import type { Organisation } from '../../shared/domain/contact';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { readPdf } from '../documents/pdf-reader';
import { tempDir } from '../core/helpers';
import { cli } from './run-cli';
import { databaseOf } from '../../core/db/raw-handle';

/** The Jinan demo with a planned gift at its first meeting; the file path. */
function demoWithGift(): { dir: string; db: string; meetingTitle: string } {
  const dir = tempDir();
  const db = path.join(dir, 'planner.db');
  const core = openCore(db);
  seedDemo(databaseOf(core));
  const ws = (core.dispatch('trips:workspace', { id: DEMO_TRIP_IDS.jinan }) as { value: TripWorkspace }).value;
  const meeting = ws.items.find((i) => i.kind === 'meeting')!;
  const org = (core.dispatch('organisations:create', { name: 'Jinans stadsregering', nativeName: '济南市人民政府' }) as { value: Organisation }).value;
  const created = core.dispatch('gifts:create', {
    tripId: DEMO_TRIP_IDS.jinan,
    direction: 'given',
    description: 'Kristallskål från Kosta Boda',
    itemId: meeting.id,
    organisationId: org.id,
    valueOre: 125_050,
  });
  expect(created.ok).toBe(true);
  core.close();
  return { dir, db, meetingTitle: meeting.title };
}

describe('cli gifts', () => {
  it('lists the register and writes it as CSV that reads back', async () => {
    const { dir, db } = demoWithGift();
    const listed = await cli('gifts', '--db', db);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toMatch(/→ Jinans stadsregering: Kristallskål från Kosta Boda {2}1\s250,50 kr/);

    const out = path.join(dir, 'gåvor.csv');
    const written = await cli('gifts', '--db', db, '--trip', 'Jinan', '--csv', '--out', out);
    expect(written).toMatchObject({ code: 0, stdout: expect.stringMatching(/Wrote 1 gifts to/) });
    const rows = Papa.parse<Record<string, string>>(fs.readFileSync(out, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([expect.objectContaining({ Beskrivning: 'Kristallskål från Kosta Boda', 'Uppskattat värde (SEK)': '1250,50', Riktning: 'Givet' })]);
  });

  it('bad input: exit 2 and one line', async () => {
    const { db } = demoWithGift();
    for (const [args, message] of [
      [['--year', '17'], /--year 17 is not a year/],
      [['--csv'], /Missing --out FILE\.csv/],
      [['--out', 'x.csv'], /--out needs --csv/],
      [['--trip', 'Nowhere'], /No trip matches "Nowhere"/],
    ] as const) {
      const result = await cli('gifts', '--db', db, ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('puts the planned gift under its meeting in the briefing PDF, and not in the handout', async () => {
    const { dir, db, meetingTitle } = demoWithGift();
    const briefing = path.join(dir, 'briefing.pdf');
    expect((await cli('pdf', '--db', db, '--trip', 'Jinan', '--variant', 'briefing', '--out', briefing)).code).toBe(0);
    const text = (await readPdf(fs.readFileSync(briefing))).pages.join('\n');
    const at = text.indexOf('Kristallskål från Kosta Boda');
    expect(at).toBeGreaterThan(text.indexOf(meetingTitle));
    expect(text).toMatch(/Ges: Kristallskål från Kosta Boda \(Jinans stadsregering\) · 1\s?250,50 kr/);
    const handout = path.join(dir, 'handout.pdf');
    expect((await cli('pdf', '--db', db, '--trip', 'Jinan', '--out', handout)).code).toBe(0);
    expect((await readPdf(fs.readFileSync(handout))).pages.join('\n')).not.toContain('Kristallskål');
  });
});

describe('cli attach and attachments', () => {
  it('attaches files to the trip, a member and an item, and lists them', async () => {
    const { dir, db } = demoWithGift();
    const ticket = path.join(dir, 'e-biljett.pdf');
    fs.writeFileSync(ticket, '%PDF-1.4 e-ticket 王伟');
    expect(await cli('attach', '--db', db, '--trip', 'Jinan', '--file', ticket)).toMatchObject({ code: 0, stdout: expect.stringMatching(/Attached e-biljett\.pdf/) });
    expect((await cli('attach', '--db', db, '--trip', 'Jinan', '--member', 'Elisabeth', '--file', ticket)).code).toBe(0);
    expect((await cli('attach', '--db', db, '--trip', 'Jinan', '--item', 'Arbetsmöte', '--file', ticket)).code).toBe(2); // two items match
    expect((await cli('attach', '--db', db, '--trip', 'Jinan', '--item', 'Styrgruppsmöte', '--file', ticket)).code).toBe(0);
    const json = await cli('attachments', '--db', db, '--trip', 'Jinan', '--json');
    const listed = JSON.parse(json.stdout) as AttachmentInfo[];
    expect(listed.map((a) => [a.fileName, !!a.memberId, !!a.itemId, a.sensitive])).toEqual([
      ['e-biljett.pdf', false, false, false],
      ['e-biljett.pdf', true, false, true],
      ['e-biljett.pdf', false, true, false],
    ]);
    const text = await cli('attachments', '--db', db, '--trip', 'Jinan');
    expect(text.stdout).toMatch(/e-biljett\.pdf .*\(sensitive\)/);
    const core = openCore(db);
    expect((databaseOf(core).prepare('SELECT count(*) AS n FROM blobs').get() as { n: number }).n).toBe(1);
    core.close();
  });

  it('a missing file or one over the limit: exit 2, one line, nothing stored', async () => {
    const { dir, db } = demoWithGift();
    const missing = await cli('attach', '--db', db, '--trip', 'Jinan', '--file', path.join(dir, 'nope.pdf'));
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringMatching(/^No file at .*nope\.pdf\n$/) });
    const big = path.join(dir, 'film.mp4');
    fs.writeFileSync(big, Buffer.alloc(ATTACHMENT_MAX_BYTES + 1));
    const tooLarge = await cli('attach', '--db', db, '--trip', 'Jinan', '--file', big);
    expect(tooLarge).toMatchObject({ code: 2, stderr: expect.stringMatching(/^.*film\.mp4 is too large \(25\.0 MB\): at most 25 MB per attachment\n$/) });
    const folder = await cli('attach', '--db', db, '--trip', 'Jinan', '--file', dir);
    expect(folder).toMatchObject({ code: 2, stderr: expect.stringMatching(/is not a file/) });
    const both = await cli('attach', '--db', db, '--trip', 'Jinan', '--member', 'Elisabeth', '--item', 'x', '--file', big);
    expect(both).toMatchObject({ code: 2, stderr: 'Use --member or --item, not both\n' });
    const listed = await cli('attachments', '--db', db, '--trip', 'Jinan');
    expect(listed.stdout).toMatch(/No attachments/);
  });
});
