import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openCore } from '../../core/core';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { checkLogo, LOGO_MAX_BYTES } from '../../shared/settings/logo';
import { call, countRows, expectError, freshCore, makeItem, makeTrip, ok, onCleanup, tempDbPath } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/** A real 1×1 PNG (the same bytes an image editor writes). */
export const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('settings', () => {
  it('start with the defaults on a new file', () => {
    expect(ok(freshCore(), 'settings:get', {})).toEqual(DEFAULT_SETTINGS);
  });

  it('persist in the data file: reopening the same file finds every setting', () => {
    const file = tempDbPath();
    const first = openCore(file);
    ok(first, 'settings:update', {
      language: 'en',
      homeTimeZone: 'Europe/Helsinki',
      paper: 'letter',
      showHomeTimeByDefault: false,
      organisation: { name: 'Västerås stad', address: 'Stadshuset, 721 87 Västerås', phone: '021-39 00 00', documentLanguage: 'en' },
    });
    ok(first, 'settings:setLogo', { image: PNG_1PX.toString('base64') });
    first.close();

    const second = openCore(file);
    onCleanup(() => second.close());
    const settings = ok(second, 'settings:get', {});
    expect(settings).toMatchObject({
      language: 'en',
      homeTimeZone: 'Europe/Helsinki',
      paper: 'letter',
      showHomeTimeByDefault: false,
      organisation: { name: 'Västerås stad', address: 'Stadshuset, 721 87 Västerås', phone: '021-39 00 00', documentLanguage: 'en' },
      logo: { type: 'image/png', bytes: PNG_1PX.length, dataUrl: `data:image/png;base64,${PNG_1PX.toString('base64')}` },
    });
  });

  it('change only what a patch names (one profile field keeps the others)', () => {
    const core = freshCore();
    ok(core, 'settings:update', { organisation: { name: 'Södertälje kommun', phone: '08-523 010 00' } });
    const after = ok(core, 'settings:update', { organisation: { address: 'Campusgatan 26' }, paper: 'letter' });
    expect(after.organisation).toEqual({ name: 'Södertälje kommun', address: 'Campusgatan 26', phone: '08-523 010 00', documentLanguage: null });
    expect(after.language).toBeNull();
    expect(after.paper).toBe('letter');
  });

  it('refuse an unknown time zone or paper and change nothing', () => {
    const core = freshCore();
    const before = ok(core, 'settings:get', {});
    expectError(call(core, 'settings:update', { homeTimeZone: 'Mars/Olympus', paper: 'a4' }), 'invalid_input');
    expectError(call(core, 'settings:update', { paper: 'a3' as 'a4' }), 'invalid_input');
    expect(ok(core, 'settings:get', {})).toEqual(before);
  });

  it('ignore a stored value that does not fit (edited by hand, or from a newer version)', () => {
    const core = freshCore();
    const insert = databaseOf(core).prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, '2026-01-01')");
    insert.run('paper', JSON.stringify('a3'));
    insert.run('language', JSON.stringify('fi'));
    insert.run('logo', JSON.stringify({ type: 'image/svg+xml', bytes: 3, dataUrl: 'data:image/svg+xml;base64,AAAA' }));
    insert.run('settingFromTheFuture', JSON.stringify({ x: 1 }));
    expect(ok(core, 'settings:get', {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the organisation logo', () => {
  const refuse = (image: Buffer | string) => {
    const core = freshCore();
    ok(core, 'settings:setLogo', { image: PNG_1PX.toString('base64') });
    const error = expectError(call(core, 'settings:setLogo', { image: typeof image === 'string' ? image : image.toString('base64') }), 'invalid_input');
    // The logo that was there is kept.
    expect(ok(core, 'settings:get', {}).logo?.bytes).toBe(PNG_1PX.length);
    return error.message;
  };

  it('is recognised by its bytes: a JPEG, GIF and WebP are accepted whatever they are called', () => {
    const core = freshCore();
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
    expect(ok(core, 'settings:setLogo', { image: jpeg.toString('base64') }).logo?.type).toBe('image/jpeg');
    expect(ok(core, 'settings:setLogo', { image: Buffer.from('GIF89a\x01\x00').toString('base64') }).logo?.type).toBe('image/gif');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([8, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
    expect(ok(core, 'settings:setLogo', { image: webp.toString('base64') }).logo?.type).toBe('image/webp');
  });

  it('that is not an image is refused with a clear message', () => {
    expect(refuse(Buffer.from('Hej! Det här är en textfil, ingen bild.'))).toBe('The logo must be a PNG, JPEG, GIF or WebP image');
    expect(refuse(Buffer.from('%PDF-1.7\n'))).toMatch(/PNG, JPEG/);
  });

  it('in SVG is refused and told to use PNG', () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(refuse(Buffer.from(svg))).toBe('SVG logos are not accepted: save the logo as PNG or JPEG');
  });

  it('over 1 MB is refused, also just over the limit', () => {
    const justOver = Buffer.concat([PNG_1PX, Buffer.alloc(LOGO_MAX_BYTES + 1 - PNG_1PX.length)]);
    expect(refuse(justOver)).toMatch(/too large: at most 1 MB/);
    expect(refuse(Buffer.alloc(3 * LOGO_MAX_BYTES, 1))).toMatch(/too large/);
    const atLimit = Buffer.concat([PNG_1PX, Buffer.alloc(LOGO_MAX_BYTES - PNG_1PX.length)]);
    expect(ok(freshCore(), 'settings:setLogo', { image: atLimit.toString('base64') }).logo?.bytes).toBe(LOGO_MAX_BYTES);
  });

  it('can be removed', () => {
    const core = freshCore();
    ok(core, 'settings:setLogo', { image: PNG_1PX.toString('base64') });
    expect(ok(core, 'settings:setLogo', { image: null }).logo).toBeNull();
  });

  it('check never accepts bytes without an image signature (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        const result = checkLogo(bytes);
        const signed = [[0x89, 0x50], [0xff, 0xd8], [0x47, 0x49], [0x52, 0x49]].some(([a, b]) => bytes[0] === a && bytes[1] === b);
        return result.ok ? signed : true;
      }),
    );
  });
});

describe('the demo delegations', () => {
  it('are offered on an empty database, load in one call, are marked, and removable', () => {
    const core = freshCore();
    expect(ok(core, 'demo:status', {})).toEqual({ offered: true, demoTripIds: [] });
    const loaded = ok(core, 'demo:load', {});
    expect(loaded.offered).toBe(false);
    expect(loaded.demoTripIds).toHaveLength(2);
    expect(countRows(core, 'contacts')).toBeGreaterThan(0);

    const removed = ok(core, 'demo:remove', {});
    expect(removed).toMatchObject({ offered: true, demoTripIds: [], removedTrips: 2 });
    expect(countRows(core, 'trips')).toBe(0);
    expect(countRows(core, 'members')).toBe(0);
    expect(countRows(core, 'contacts')).toBe(0);
    expect(countRows(core, 'organisations')).toBe(0);
  });

  it("removal keeps the user's own trips and the demo contacts they use", () => {
    const core = freshCore();
    ok(core, 'demo:load', {});
    const own = makeTrip(core, { title: 'Egen resa till Wuxi' });
    const demoContact = ok(core, 'contacts:list', { query: '' }).contacts[0]!;
    makeItem(core, own.id, { contactIds: [demoContact.id] });

    expect(ok(core, 'demo:status', {}).offered).toBe(false); // not empty: no offer
    ok(core, 'demo:remove', {});
    expect(ok(core, 'trips:list', {}).map((t) => t.title)).toEqual(['Egen resa till Wuxi']);
    expect(ok(core, 'contacts:get', { id: demoContact.id }).id).toBe(demoContact.id);
  });
});
