import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api/client';

/**
 * The native menu as a pure template (type-only electron import, so tests need no Electron).
 * Items that belong to the app send a MenuCommand to the renderer, which owns the behaviour;
 * editing, zoom and window items use Electron roles so the OS conventions apply.
 * Labels are English until the i18n issue lands.
 */
export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Reload and developer tools only exist in unpackaged (development) runs. */
  isPackaged: boolean;
  send: (command: MenuCommand) => void;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate({ appName, isMac, isPackaged, send }: MenuOptions): Item[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): Item => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  // '&' marks the Alt-key mnemonic on Windows and Linux; macOS has no mnemonics, so drop it there.
  const top = (label: string) => (isMac ? label.replace('&', '') : label);
  const settings = command(isMac ? 'Settings…' : 'Settings', 'settings', 'CmdOrCtrl+,');

  const appMenu: Item = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: Item = {
    label: top('&File'),
    submenu: [
      // Ctrl+N is left to the page: inside a trip it means "new programme item", at home "new
      // trip" (renderer/src/app/useCommandDispatcher.ts); a menu accelerator would take it first.
      command('New Trip…', 'new-trip', 'CmdOrCtrl+Shift+N'),
      command('Import…', 'import-trip'),
      command('Export…', 'export-trip'),
      separator,
      command('Print…', 'print', 'CmdOrCtrl+P'),
      // macOS keeps Settings and Quit in the app menu; elsewhere they live in File.
      ...(isMac ? [separator, { role: 'close' } as Item] : [separator, settings, separator, { role: 'quit' } as Item]),
    ],
  };

  const editMenu: Item = {
    label: top('&Edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as Item] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      separator,
      command('Search…', 'search', 'CmdOrCtrl+K'),
    ],
  };

  const developerItems: Item[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const viewMenu: Item = {
    label: top('&View'),
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: Item = {
    role: 'help',
    label: top('&Help'),
    submenu: [command('Restore Backup…', 'restore-backup'), separator, { role: 'about', label: `About ${appName}` }],
  };

  return [
    ...(isMac ? [appMenu] : []),
    fileMenu,
    editMenu,
    viewMenu,
    ...(isMac ? [{ role: 'windowMenu' } as Item] : []),
    helpMenu,
  ];
}
