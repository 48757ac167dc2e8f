import { useEffect } from 'react';
import type { ApiCall } from '../../../../shared/api/client';
import { useApi } from '../../api/context';
import { callSafely } from '../../api/mutation';

/**
 * The first PDF export took seconds longer than the next ones: the core's printer (Chromium in
 * the browser mode, a print window in the app) starts on first use. 'documents:warmUp' starts it
 * ahead of time. Imported directly by the app shell (not through this feature's index, which
 * would pull the Documents screen into the first bundle).
 */
export function warmUpPrinter(call: ApiCall): void {
  // Nothing to show either way: a printer that cannot start is reported by the export itself.
  void callSafely(call, 'documents:warmUp', {});
}

/**
 * Warm the printer up once the first screen has its data and the browser is idle, so it never
 * competes with start-up. Mounted once, by the app shell.
 */
export function usePrinterWarmUpWhenIdle(): void {
  const call = useApi();
  useEffect(() => {
    let idle: number | null = null;
    const whenIdle = () => {
      // Safari has no requestIdleCallback: there, a moment after the first screen instead.
      if (typeof window.requestIdleCallback !== 'function') window.setTimeout(() => warmUpPrinter(call), 1_000);
      else idle = window.requestIdleCallback(() => warmUpPrinter(call), { timeout: 10_000 });
    };
    if (document.body.dataset.appState === 'loaded') {
      whenIdle();
      return () => cancel(idle);
    }
    const observer = new MutationObserver(() => {
      if (document.body.dataset.appState !== 'loaded') return;
      observer.disconnect();
      whenIdle();
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-app-state'] });
    return () => {
      observer.disconnect();
      cancel(idle);
    };
  }, [call]);
}

function cancel(idle: number | null): void {
  if (idle !== null) window.cancelIdleCallback(idle);
}
