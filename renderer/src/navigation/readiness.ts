import { useLayoutEffect } from 'react';

/**
 * `<body data-app-state>` tells end-to-end tests (and anyone debugging) where the current
 * screen is: 'loading' until its data arrived, then 'loaded', or 'error' when it shows a
 * problem instead. Tests wait on this attribute, never on time.
 *
 * Every routed screen mirrors its main query into it with useAppStateSignal, so after a
 * navigation (or a deep link) the signal goes back to 'loading' until that screen has its data.
 */
export type AppState = 'loading' | 'loaded' | 'error';

export function setAppState(state: AppState): void {
  document.body.dataset.appState = state;
}

/**
 * Mirror a screen's loading status into the readiness signal. Set as the screen's content is
 * put in the page (a layout effect), so the signal and the content arrive in the same frame:
 * after it, as a passive effect, the signal came a frame or two after a short programme had
 * already been painted.
 */
export function useAppStateSignal(status: 'idle' | 'loading' | 'success' | 'error', hasData = false): void {
  useLayoutEffect(() => {
    if (status === 'success' || status === 'idle') setAppState('loaded');
    else if (status === 'error') setAppState('error');
    else if (!hasData) setAppState('loading');
  }, [status, hasData]);
}
