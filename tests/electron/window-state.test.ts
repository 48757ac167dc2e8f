import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Rect,
} from '../../electron/window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10, y: 20, width: 1000, height: 700, maximized: true,
    });
  });
  it.each([
    ['not JSON', '{"x":'],
    ['an array', '[1,2,3]'],
    ['strings for numbers', '{"width":"1000","height":"700"}'],
    ['a tiny window', '{"width":10,"height":10}'],
    ['a huge window', '{"width":900000,"height":700}'],
    ['fractions', '{"width":1000.5,"height":700}'],
    ['NaN-like', '{"width":null,"height":700}'],
  ])('ignores %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('placeWindow', () => {
  it('uses the default size, centred, on first run', () => {
    expect(placeWindow(null, [primary], primary)).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('restores a position whose title bar is on a connected display', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: true };
    expect(placeWindow(saved, [primary, right], primary)).toEqual({ bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: true });
  });

  it('drops a position on a display that is gone (centres on the primary instead)', () => {
    const saved = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [primary], primary)).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false });
  });

  it('drops a position with the title bar above or below the screen', () => {
    for (const y of [-30, 1020]) {
      expect(placeWindow({ x: 100, y, width: 1000, height: 700, maximized: false }, [primary], primary).bounds).not.toHaveProperty('x');
    }
  });

  it('shrinks a window larger than its display', () => {
    const saved = { x: 1920, y: 0, width: 2500, height: 1400, maximized: false };
    expect(placeWindow(saved, [primary, right], primary).bounds).toEqual({ x: 1920, y: 0, width: 1280, height: 984 });
  });
});

describe('reading and writing the file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-window-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('round-trips a state and tolerates a missing or corrupt file', () => {
    const file = path.join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    writeWindowState(file, { x: 5, y: 6, width: 900, height: 600, maximized: false });
    expect(readWindowState(file)).toEqual({ x: 5, y: 6, width: 900, height: 600, maximized: false });
    fs.writeFileSync(file, '\u0000garbage');
    expect(readWindowState(file)).toBeNull();
  });

  it('does not throw when the folder is not writable', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => writeWindowState(path.join(dir, 'missing-folder', 'state.json'), { width: 900, height: 600, maximized: false })).not.toThrow();
  });
});
