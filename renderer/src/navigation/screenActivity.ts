import { createContext, useContext } from 'react';

/**
 * False inside a workspace screen that is kept mounted but hidden (see KeptScreens): such a
 * screen must not act on its own — no keyboard commands, no polling — until it is shown again.
 * True everywhere else, so components outside the workspace need not care.
 */
export const ScreenActiveContext = createContext(true);

export function useScreenActive(): boolean {
  return useContext(ScreenActiveContext);
}

/**
 * Where the app's scroll area is put when this screen shows (KeptScreens restores each tab's
 * position): 0 for a screen seen for the first time. A function, read when a list mounts, so
 * that scrolling does not re-render what reads it.
 */
export const ScreenScrollContext = createContext<() => number>(() => 0);

export function useRestoredScroll(): () => number {
  return useContext(ScreenScrollContext);
}
