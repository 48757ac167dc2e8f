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
