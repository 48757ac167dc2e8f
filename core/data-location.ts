import os from 'node:os';
import path from 'node:path';

/**
 * Where the per-user data file lives, the same for the desktop app and the browser mode, so
 * `npm run web` with no arguments opens the file the desktop app uses.
 *
 * Electron's userData folder is the OS's per-user app-data folder plus the app's name
 * (package.json productName). The browser mode has no Electron, so it computes the same path
 * here; tests/electron/data-location.test.ts holds the two together.
 */
export const DATA_FILE_NAME = 'delegation-planner.sqlite';
/** Electron's app.getName(): package.json's productName. */
export const APP_NAME = 'Delegation Planner';
/** A folder to use instead (tests, portable installs): both the desktop app and the browser mode obey it. */
export const DATA_DIR_ENV = 'DELEGATION_PLANNER_DATA_DIR';

export interface SystemInfo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const thisSystem = (): SystemInfo => ({ platform: process.platform, env: process.env, home: os.homedir() });

/** Electron's app.getPath('appData'): %APPDATA%, ~/Library/Application Support, $XDG_CONFIG_HOME or ~/.config. */
export function appDataDir({ platform, env, home }: SystemInfo = thisSystem()): string {
  if (platform === 'win32') return env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.posix.join(home, '.config');
}

/** Electron's app.getPath('userData') for this app. */
export function electronUserDataDir(system: SystemInfo = thisSystem()): string {
  const join = system.platform === 'win32' ? path.win32.join : path.posix.join;
  return join(appDataDir(system), APP_NAME);
}

/**
 * The folder holding the data file: $DELEGATION_PLANNER_DATA_DIR when set, else `userDataDir`
 * (Electron passes app.getPath('userData'); the browser mode computes it).
 */
export function dataDir(userDataDir: string, env: SystemInfo['env'] = process.env): string {
  const override = env[DATA_DIR_ENV]?.trim();
  return override ? path.resolve(override) : userDataDir;
}

export function dataFilePath(folder: string): string {
  return path.join(folder, DATA_FILE_NAME);
}
