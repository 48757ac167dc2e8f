/** Keyboard conventions of the computer we run on (⌘ on macOS, Ctrl elsewhere). */
export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The primary modifier is down: Cmd on macOS, Ctrl elsewhere. */
export function hasPrimaryModifier(event: KeyboardEvent | React.KeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** 'Ctrl+K' / '⌘K' for showing a shortcut to people. */
export function shortcutLabel(key: string, { shift = false }: { shift?: boolean } = {}): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key.toUpperCase()}` : `Ctrl+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}
