import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/api/client';
import { useScreenActive } from './screenActivity';

/**
 * App-level commands: what the native menu (window.api.onMenuCommand), the keyboard shortcuts
 * (app/shortcuts.ts) and buttons ask for, decoupled from the screen that carries them out.
 *
 * A screen handles a command with `useCommand('new-item', open)`. The most recently mounted
 * handler of a command runs (a dialog's handler wins over its page's). A command nobody handles
 * yet is kept briefly, so "go to the programme, then open New item" works although the
 * programme screen is lazy-loaded and subscribes a moment after the navigation.
 */
export type AppCommand = MenuCommand | 'new-item';

type Handler = () => void;
const handlers = new Map<AppCommand, Handler[]>();
let pending: { command: AppCommand; at: number } | null = null;
/** How long an unhandled command waits for a screen to mount and take it. */
const PENDING_MS = 3_000;

/** Run the current handler of `command`; false when none is mounted (then it waits briefly). */
export function emitCommand(command: AppCommand): boolean {
  const list = handlers.get(command);
  const handler = list?.[list.length - 1];
  if (handler) {
    pending = null;
    handler();
    return true;
  }
  pending = { command, at: Date.now() };
  return false;
}

/** Handle `command` while the calling component is mounted (and `enabled`) on a screen that is shown. */
export function useCommand(command: AppCommand, handler: Handler, enabledByCaller = true): void {
  const active = useScreenActive();
  const enabled = enabledByCaller && active;
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!enabled) return;
    const stable: Handler = () => ref.current();
    const list = handlers.get(command) ?? [];
    handlers.set(command, [...list, stable]);
    if (pending && pending.command === command) {
      const fresh = Date.now() - pending.at < PENDING_MS;
      pending = null;
      if (fresh) stable();
    }
    return () => {
      handlers.set(
        command,
        (handlers.get(command) ?? []).filter((h) => h !== stable),
      );
    };
  }, [command, enabled]);
}
