import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuOptions } from '../../electron/menu';
import type { MenuCommand } from '../../shared/api/client';

type Item = MenuItemConstructorOptions;

const build = (overrides: Partial<MenuOptions> = {}) => {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ appName: 'Delegation Planner', isMac: false, isPackaged: true, send, ...overrides });
  return { template, send };
};
const submenu = (template: Item[], label: string): Item[] => {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu) throw new Error(`no ${label} menu`);
  return menu.submenu as Item[];
};
const item = (items: Item[], label: string): Item => {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no ${label} item`);
  return found;
};
const click = (entry: Item) => (entry.click as () => void)();
const roles = (items: Item[]) => items.map((i) => i.role).filter(Boolean);

describe('buildMenuTemplate', () => {
  it('has File items with the right accelerators, each sending its command', () => {
    const { template, send } = build();
    const file = submenu(template, 'File');
    const expected: [string, MenuCommand, string | undefined][] = [
      ['New Trip…', 'new-trip', 'CmdOrCtrl+Shift+N'],
      ['Import…', 'import-trip', undefined],
      ['Export…', 'export-trip', undefined],
      ['Print…', 'print', 'CmdOrCtrl+P'],
    ];
    for (const [label, command, accelerator] of expected) {
      const entry = item(file, label);
      expect(entry.accelerator).toBe(accelerator);
      send.mockClear();
      click(entry);
      expect(send).toHaveBeenCalledExactlyOnceWith(command);
    }
    expect(file.at(-1)).toEqual({ role: 'quit' });
    expect(file.at(-2)).toEqual({ type: 'separator' });
  });

  it('has Search and Settings commands', () => {
    const { template, send } = build();
    click(item(submenu(template, 'Edit'), 'Search…'));
    click(item(submenu(template, 'File'), 'Settings'));
    expect(send.mock.calls).toEqual([['search'], ['settings']]);
  });

  it('uses standard roles for editing', () => {
    const { template } = build();
    expect(roles(submenu(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
  });

  it('offers reload and developer tools only when not packaged', () => {
    const packaged = roles(submenu(build({ isPackaged: true }).template, 'View'));
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const development = roles(submenu(build({ isPackaged: false }).template, 'View'));
    expect(development).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools', 'togglefullscreen']));
  });

  it('has Help → Restore Backup… and About', () => {
    const { template, send } = build();
    const help = submenu(template, 'Help');
    click(item(help, 'Restore Backup…'));
    expect(send).toHaveBeenCalledExactlyOnceWith('restore-backup');
    expect(help.at(-1)).toEqual({ role: 'about', label: 'About Delegation Planner' });
  });

  it('follows macOS conventions there: app menu first with Quit, no mnemonics, File ends in Close', () => {
    const { template } = build({ isMac: true });
    expect(template[0]?.label).toBe('Delegation Planner');
    expect(roles(template[0]?.submenu as Item[])).toContain('quit');
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['Delegation Planner', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    const file = submenu(template, 'File');
    expect(roles(file)).toEqual(['close']);
    expect(item(file, 'New Trip…').accelerator).toBe('CmdOrCtrl+Shift+N');
  });
});
