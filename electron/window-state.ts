import fs from 'node:fs';
import { z } from 'zod';

/**
 * Remembers the main window's size and position in a small JSON file in userData. Pure apart
 * from the two file functions, and those never throw: a missing, corrupt or hand-edited file
 * just means default placement. No electron import, so tests drive it with plain rectangles.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const MIN_SIZE = { width: 800, height: 560 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;
/** Height of the strip that must be on screen so the window can be grabbed and moved. */
const TITLE_BAR = 40;
const MIN_VISIBLE_WIDTH = 160;

const Coordinate = z.number().int().min(-100_000).max(100_000);
const StoredWindowState = z.object({
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  width: z.number().int().min(MIN_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_SIZE.height).max(20_000),
  maximized: z.boolean().default(false),
});
export type StoredWindowState = z.infer<typeof StoredWindowState>;

/** What the BrowserWindow is created with: no x/y means "let Electron centre it". */
export interface WindowPlacement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

export function parseWindowState(text: string): StoredWindowState | null {
  try {
    const parsed = StoredWindowState.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null; // not JSON
  }
}

const titleBarVisibleOn = (x: number, y: number, width: number, area: Rect): boolean => {
  const overlap = Math.min(x + width, area.x + area.width) - Math.max(x, area.x);
  return overlap >= MIN_VISIBLE_WIDTH && y >= area.y && y + TITLE_BAR <= area.y + area.height;
};

const clampSize = (width: number, height: number, area: Rect) => ({
  width: Math.max(Math.min(width, area.width), Math.min(MIN_SIZE.width, area.width)),
  height: Math.max(Math.min(height, area.height), Math.min(MIN_SIZE.height, area.height)),
});

/**
 * Where to open the window. A saved position is kept only if its title bar is on one of today's
 * displays (a monitor may have been unplugged since); otherwise the window is centred on the
 * primary display. The size never exceeds the work area it opens on.
 */
export function placeWindow(saved: StoredWindowState | null, workAreas: Rect[], primary: Rect): WindowPlacement {
  if (!saved) return { bounds: clampSize(DEFAULT_SIZE.width, DEFAULT_SIZE.height, primary), maximized: false };
  const { x, y } = saved;
  const home = x !== undefined && y !== undefined ? workAreas.find((area) => titleBarVisibleOn(x, y, saved.width, area)) : undefined;
  if (home && x !== undefined && y !== undefined) {
    return { bounds: { x, y, ...clampSize(saved.width, saved.height, home) }, maximized: saved.maximized };
  }
  return { bounds: clampSize(saved.width, saved.height, primary), maximized: saved.maximized };
}

export function readWindowState(file: string): StoredWindowState | null {
  try {
    return parseWindowState(fs.readFileSync(file, 'utf8'));
  } catch {
    return null; // first run, or unreadable: default placement
  }
}

export function writeWindowState(file: string, state: StoredWindowState): void {
  try {
    // Write then rename, so a crash mid-write leaves the old file rather than half a file.
    const temporary = `${file}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(state));
    fs.renameSync(temporary, file);
  } catch (error) {
    console.warn('[window-state] could not save window position', error);
  }
}
