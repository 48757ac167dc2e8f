import { useEffect } from 'react';

/**
 * `<body data-app-state>` tells end-to-end tests (and anyone debugging) where the first screen
 * is: 'loading' until its data arrived, then 'loaded', or 'error' when it shows a problem
 * instead. Tests wait on this attribute, never on time.
 */
export type AppState = 'loading' | 'loaded' | 'error';

export function setAppState(state: AppState): void {
  document.body.dataset.appState = state;
}

/** Mirror a screen's loading status into the readiness signal. */
export function useAppStateSignal(status: 'loading' | 'success' | 'error'): void {
  useEffect(() => {
    if (status === 'success') setAppState('loaded');
    else if (status === 'error') setAppState('error');
  }, [status]);
}
